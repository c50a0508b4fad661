import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations, openBrowser, signIn } from './browser';

const e2e = inject('e2e');
const COMMENT = 'Saknar mätbara mål för dialogen. Ingen uppföljning.';

type Pick = {
  nominationId: number;
  municipality: string;
  juror: { email: string; name: string };
  second: { email: string; name: string };
  submittedOthers: { name: string; comment: string }[];
  criteria: { id: number; title: string }[];
  doc: { id: number; title: string };
  word: string;
  page: number;
  reviewStartsAt: string | null;
};

/**
 * The juror's journey: open a nomination, jump from a search hit to the page in
 * the PDF view, score every criterion with the keyboard (one extreme value with
 * its required comment), reload and find it saved, submit, see the others;
 * a juror who has not submitted sees nothing of the others.
 */
describe.skipIf(e2e.skip !== null)('a juror reads, scores and submits', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let pick: Pick;

  beforeAll(async () => {
    ({ context, close } = await openBrowser(e2e.baseURL));
    const db = new Database(e2e.databasePath);
    const juror = db.prepare("select id, email, name from users where email = 'jury1@example.org'").get() as { id: number; email: string; name: string };
    // A nomination jury1 has not started, where other jurors have submitted and one (not jury1) has not.
    const nomination = db
      .prepare(
        `select n.id, m.name as municipality from nominations n join municipalities m on m.kommunkod = n.kommunkod
          where exists (select 1 from assignments a where a.nomination_id = n.id and a.juror_id = ?)
            and not exists (select 1 from score_sheets s where s.nomination_id = n.id and s.juror_id = ?)
            and exists (select 1 from score_sheets s where s.nomination_id = n.id and s.status = 'submitted')
            and exists (select 1 from assignments a left join score_sheets s on s.nomination_id = a.nomination_id and s.juror_id = a.juror_id
                         where a.nomination_id = n.id and a.juror_id <> ? and (s.status is null or s.status <> 'submitted'))
            and (select count(*) from documents d where d.nomination_id = n.id) >= 2
          order by n.id limit 1`,
      )
      .get(juror.id, juror.id, juror.id) as { id: number; municipality: string };
    const second = db
      .prepare(
        `select u.email, u.name from assignments a join users u on u.id = a.juror_id
           left join score_sheets s on s.nomination_id = a.nomination_id and s.juror_id = a.juror_id
          where a.nomination_id = ? and a.juror_id <> ? and (s.status is null or s.status <> 'submitted') order by u.id limit 1`,
      )
      .get(nomination.id, juror.id) as { email: string; name: string };
    const submittedOthers = db
      .prepare(
        `select u.name, sc.comment from scores sc join score_sheets s on s.id = sc.sheet_id join users u on u.id = s.juror_id
          where s.nomination_id = ? and s.status = 'submitted' and sc.comment <> '' order by u.name`,
      )
      .all(nomination.id) as { name: string; comment: string }[];
    const criteria = db
      .prepare('select c.id, c.title from rubric_criteria c join rubric_areas a on a.id = c.area_id join nominations n on n.cycle_id = a.cycle_id where n.id = ? order by a.position, c.position')
      .all(nomination.id) as { id: number; title: string }[];
    const doc = db.prepare('select id, title from documents where nomination_id = ? order by id limit 1 offset 1').get(nomination.id) as { id: number; title: string };
    // A word that occurs on page 2 of the second document, and on few pages of the nomination.
    const text = (db.prepare('select text from document_pages where document_id = ? and page_no = 2').get(doc.id) as { text: string }).text;
    const words = [...new Set(text.split(/[^\p{L}]+/u).filter((w) => w.length >= 8))];
    const count = db.prepare(
      `select count(*) as n from document_pages p join documents d on d.id = p.document_id where d.nomination_id = ? and instr(lower(p.text), lower(?)) > 0`,
    );
    const word = words.map((w) => ({ w, n: (count.get(nomination.id, w) as { n: number }).n })).sort((a, b) => a.n - b.n)[0].w;
    // The demo's review runs from 16 March 2027; open it now for this journey (restored afterwards).
    const review = db.prepare("select starts_at from cycle_phase_dates where phase = 'review'").get() as { starts_at: string | null };
    db.prepare("update cycle_phase_dates set starts_at = '2026-01-01T00:00:00.000Z' where phase = 'review'").run();
    db.close();
    pick = {
      nominationId: nomination.id,
      municipality: nomination.municipality,
      juror,
      second,
      submittedOthers,
      criteria,
      doc,
      word,
      page: 2,
      reviewStartsAt: review.starts_at,
    };
    expect(submittedOthers.length).toBeGreaterThan(0);
  });

  afterAll(async () => {
    await close?.();
    if (pick) {
      const db = new Database(e2e.databasePath);
      db.prepare("update cycle_phase_dates set starts_at = ? where phase = 'review'").run(pick.reviewStartsAt);
      db.prepare('update nominations set finalist = 0 where id = ?').run(pick.nominationId);
      db.close();
    }
  });

  const setFinalist = (id: number, on: boolean) => {
    const db = new Database(e2e.databasePath);
    db.prepare('update nominations set finalist = ? where id = ?').run(on ? 1 : 0, id);
    db.close();
  };
  const criterion = (page: Page, id: number) => page.locator(`#kriterium-${id}`);
  const savedCount = (page: Page) => page.getByText(/^Sparat \d/).count();

  it('searches, jumps to the page in the PDF view, scores by keyboard, reloads, submits and sees the others', async () => {
    await context.clearCookies();
    const page = await context.newPage();
    await signIn(page, pick.juror.email);
    await page.goto(`/jury/nominering/${pick.nominationId}`);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: pick.municipality }).isVisible()).toBe(true);
    // The first document is rendered by pdf.js once its view is on screen (pdf.js is not loaded before).
    await page.locator('#dokumentvy canvas').scrollIntoViewIfNeeded();
    await page.locator('canvas[data-page="1"]').waitFor({ timeout: 30_000 });
    await expectNoAxeViolations(page);

    // Search → hit → the page in the PDF view, with its text as the accessible alternative.
    await page.getByLabel('Sök i kommunens dokument').fill(pick.word);
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    const hit = page.getByRole('link', { name: `${pick.doc.title}, sida ${pick.page}`, exact: true });
    await hit.waitFor();
    expect(await page.locator('mark').first().textContent()).toMatch(new RegExp(pick.word.slice(0, 6), 'i'));
    await hit.click();
    await page.waitForURL((u) => u.searchParams.get('dokument') === String(pick.doc.id) && u.searchParams.get('sida') === String(pick.page));
    await page.locator(`canvas[data-page="${pick.page}"]`).waitFor({ timeout: 30_000 });
    expect(await page.locator('canvas[role="img"]').getAttribute('aria-label')).toContain(`Sida ${pick.page} av`);
    expect(await page.getByTestId('sidtext').textContent()).toContain(pick.word);
    // Page navigation in the viewer.
    await page.getByRole('button', { name: 'Nästa sida →' }).click();
    await page.locator(`canvas[data-page="${pick.page + 1}"]`).waitFor({ timeout: 30_000 });
    await expect.poll(async () => page.getByRole('heading', { name: `Sidans text (sida ${pick.page + 1})` }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    // Keyboard scoring: the first criterion gets the lowest value and its required comment, the rest a 3.
    const [first, ...rest] = pick.criteria;
    await criterion(page, first.id).getByRole('radio', { name: '1', exact: true }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => criterion(page, first.id).getByText(/Skriv en kommentar – den krävs/).isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`kommentar-${first.id}`);
    await page.keyboard.type('Saknar mätbara mål för dialogen.');
    for (const c of rest) {
      await criterion(page, c.id).getByRole('radio', { name: '1', exact: true }).focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      expect(await criterion(page, c.id).getByRole('radio', { name: '3', exact: true }).isChecked()).toBe(true);
    }
    await expect.poll(() => savedCount(page), { timeout: 20_000 }).toBe(pick.criteria.length);
    await expectNoAxeViolations(page);

    // A failed save is shown, the text is kept (also in localStorage) and saved by a retry once the server answers.
    // The autosave posts to /api/jury/poang; the network drops it.
    const failActions = (route: import('playwright-core').Route) => (route.request().method() === 'POST' ? route.abort() : route.continue());
    await page.route('**/api/jury/poang', failActions);
    await page.locator(`#kommentar-${first.id}`).press('End');
    await page.keyboard.type(' Ingen uppföljning.');
    await expect.poll(() => criterion(page, first.id).getByText(/Inte sparat: Det gick inte att nå servern/).isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await page.locator(`#kommentar-${first.id}`).inputValue()).toBe(COMMENT);
    expect(await page.evaluate(() => JSON.stringify({ ...window.localStorage }))).toContain('Ingen uppföljning.');
    await page.unroute('**/api/jury/poang', failActions);
    await expect.poll(() => criterion(page, first.id).getByText(/^Sparat \d/).isVisible(), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => page.evaluate(() => JSON.stringify({ ...window.localStorage }))).not.toContain('Ingen uppföljning.');

    // Reload: everything is there, from the server.
    await page.reload();
    await expect.poll(() => criterion(page, first.id).getByRole('radio', { name: '1', exact: true }).isChecked()).toBe(true);
    expect(await page.locator(`#kommentar-${first.id}`).inputValue()).toBe(COMMENT);
    for (const c of rest) expect(await criterion(page, c.id).getByRole('radio', { name: '3', exact: true }).isChecked(), c.title).toBe(true);
    expect(await page.getByText(`${pick.criteria.length} av ${pick.criteria.length} kriterier klara`).first().isVisible()).toBe(true);
    expect(await page.getByText('Visas när du har skickat in din egen bedömning').isVisible()).toBe(true);

    // Submit → locked, and the others' distribution and comments (with names) appear.
    await page.getByRole('button', { name: 'Skicka in bedömningen' }).click();
    await expect.poll(() => page.getByText('Du har skickat in bedömningen och den är låst.').isVisible(), { timeout: 20_000 }).toBe(true);
    const others = page.locator('section', { has: page.getByRole('heading', { name: 'De andra jurymedlemmarnas bedömningar' }) });
    await expect.poll(() => others.locator('table').isVisible()).toBe(true);
    expect(await others.locator('tbody tr').count()).toBe(pick.criteria.length);
    const body = await others.innerText();
    expect(body).toContain(pick.submittedOthers[0].name);
    expect(body).toContain(pick.submittedOthers[0].comment);
    expect(await criterion(page, rest[0].id).getByRole('radio', { name: '4', exact: true }).isDisabled()).toBe(true);
    await expectNoAxeViolations(page);

    // The own overview counts the new scores.
    await page.goto('/jury/mina-poang');
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Mina poäng' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: pick.municipality }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await page.close();
  }, 300_000);

  it('a juror who has not submitted sees nothing of the others, not even the one who just did', async () => {
    await context.clearCookies();
    const page = await context.newPage();
    await signIn(page, pick.second.email);
    await page.goto(`/jury/nominering/${pick.nominationId}`);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: pick.municipality }).isVisible()).toBe(true);
    expect(await page.getByText('Visas när du har skickat in din egen bedömning').isVisible()).toBe(true);
    const html = await page.content();
    expect(html).not.toContain('Saknar mätbara mål för dialogen.');
    expect(html).not.toContain(pick.juror.name);
    const own = await page.locator('textarea').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
    for (const o of pick.submittedOthers) if (!own.includes(o.comment)) expect(html).not.toContain(o.comment);
    expect(await page.locator('section', { hasText: 'De andra jurymedlemmarnas bedömningar' }).locator('table').count()).toBe(0);
    await expectNoAxeViolations(page);

    // Interview notes open for a finalist (read-only before the interviews phase).
    setFinalist(pick.nominationId, true);
    await page.goto(`/jury/nominering/${pick.nominationId}/intervju`);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: `Intervjuanteckningar: ${pick.municipality}` }).isVisible()).toBe(true);
    expect(await page.getByLabel('Iakttagelser').count()).toBe(4);
    await expectNoAxeViolations(page);
    setFinalist(pick.nominationId, false);
    await page.close();
  }, 300_000);
});
