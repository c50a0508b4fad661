import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { signInOverHttp } from '../helpers/http-sign-in';
import { expectNoAxeViolations, openBrowser, signIn } from './browser';
import { instantAhead, stockholmFields } from './instants';

const e2e = inject('e2e');

type RunRow = { kommunkod: string; namn: string; rank: number | null };

/**
 * Nomination by key figures, end to end, in a key-figure cycle of its own: a copy of the
 * demo key-figure cycle's model and stored run, so the demo cycles other tests read stay
 * as seeded. The organiser nominates the proposal with one swap and its reason, invites
 * one municipality that has no contact yet; the contact follows the link, accepts and
 * lands in the application draft; the organiser sees the answer.
 */
describe.skipIf(e2e.skip !== null)('nomination by key figures: nominate, invite, accept', () => {
  const CYCLE = 'E2E-nominering 2031';
  const YEAR = 2031;
  const NEW_REASON = 'Stadigt bland de främsta på alla tre komponenterna, särskilt ekonomisk styrka.';
  const EMAIL = 'e2e-nominerad@example.org';
  const PASSWORD = 'nominerad-kommun-2031';
  let context: BrowserContext;
  let close: () => Promise<void>;
  let cycleId = 0;
  let lastProposed: RunRow;
  let firstExtra: RunRow;
  let target: RunRow;
  let inviteLink = '';

  beforeAll(async () => {
    ({ context, close } = await openBrowser(e2e.baseURL));
    const db = new Database(e2e.databasePath);
    const demo = db.prepare("select id from cycles where mode = 'key_figures' and is_demo = 1 order by id limit 1").get() as { id: number };
    const now = new Date().toISOString();
    cycleId = Number(db.prepare("insert into cycles (year, name, mode, phase, created_at) values (2031, ?, 'key_figures', 'screening', ?)").run(CYCLE, now).lastInsertRowid);
    const model = db.prepare('select * from screening_models where cycle_id = ? order by version desc limit 1').get(demo.id) as { id: number; model: string; created_by: number | null };
    const modelId = Number(db.prepare('insert into screening_models (cycle_id, version, model, created_by, created_at) values (?, 1, ?, ?, ?)').run(cycleId, model.model, model.created_by, now).lastInsertRowid);
    const run = db.prepare('select * from screening_runs where cycle_id = ? order by id desc limit 1').get(demo.id) as {
      input_checksum: string;
      top_n: number;
      results: string;
      stability: string;
      is_demo: number;
    };
    db.prepare('insert into screening_runs (cycle_id, model_id, input_checksum, top_n, results, stability, is_demo, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)').run(
      cycleId,
      modelId,
      run.input_checksum,
      run.top_n,
      run.results,
      run.stability,
      run.is_demo,
      now,
    );
    const ranked = (JSON.parse(run.results) as { rows: RunRow[] }).rows.filter((r) => r.rank !== null).sort((a, b) => a.rank! - b.rank!);
    const proposed = ranked.filter((r) => r.rank! <= run.top_n);
    lastProposed = proposed[proposed.length - 1];
    firstExtra = ranked[proposed.length];
    const withUsers = new Set((db.prepare('select kommunkod from users where kommunkod is not null').all() as { kommunkod: string }[]).map((r) => r.kommunkod));
    target = proposed.slice(0, -1).find((r) => !withUsers.has(r.kommunkod))!;
    db.close();
    expect(target).toBeDefined();
  });

  afterAll(async () => {
    await close?.();
  });

  async function organiser(): Promise<Page> {
    await context.clearCookies();
    const page = await context.newPage();
    await signIn(page, 'arrangor@example.org');
    return page;
  }

  it('the organiser nominates the proposal with one swap, which needs a reason', async () => {
    const page = await organiser();
    await page.goto(`/arrangor/omgang/${cycleId}/screening`);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: `Screening på nyckeltal – ${CYCLE}` }).isVisible()).toBe(true);
    // The map is an SVG image of its own (guarded, per run); it loads, and the page passes axe.
    const map = page.getByRole('img', { name: /^Karta: samlat index per kommun/ });
    await expect.poll(() => map.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0)).toBe(true);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Nominera och bjud in' }).click();
    await page.waitForURL(new RegExp(`/arrangor/omgang/${cycleId}/nominerade$`));
    await expect.poll(() => page.getByRole('heading', { level: 1, name: `Nominerade – ${CYCLE}` }).isVisible()).toBe(true);
    // the proposal is ticked, each with its stability and a reason from the run
    await expect.poll(() => page.getByLabel(`Nominera ${lastProposed.namn} (plats ${lastProposed.rank})`).isChecked()).toBe(true);
    expect(await page.getByLabel(`Nominera ${firstExtra.namn} (plats ${firstExtra.rank})`).isChecked()).toBe(false);
    expect(await page.getByLabel(`Skäl för ${target.namn} (visas i inbjudan)`).inputValue()).toMatch(new RegExp(`^Plats ${target.rank} av \\d+ i screeningen på nyckeltal`));
    await expectNoAxeViolations(page);

    await page.getByLabel(`Nominera ${lastProposed.namn} (plats ${lastProposed.rank})`).uncheck();
    await page.getByLabel(`Nominera ${firstExtra.namn} (plats ${firstExtra.rank})`).check();
    await page.getByRole('button', { name: /^Nominera \d+ kommuner$/ }).click();
    await expect.poll(() => page.getByRole('alert').getByText(/Valet avviker från förslaget/).isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await page.getByLabel(/Varför avviker valet från förslaget/).fill(`${firstExtra.namn} har stadigare resultat; ${lastProposed.namn} beror på urvalet.`);
    await page.getByRole('button', { name: /^Nominera \d+ kommuner$/ }).click();
    await expect.poll(() => page.getByRole('rowheader', { name: new RegExp(`^${target.namn}`) }).isVisible()).toBe(true);
    expect(await page.getByRole('rowheader', { name: new RegExp(`^${firstExtra.namn}`) }).count()).toBe(1);
    expect(await page.getByRole('rowheader', { name: new RegExp(`^${lastProposed.namn}`) }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('the organiser invites the municipality’s contact; the mail carries the reason and the link', async () => {
    const page = await organiser();
    await page.goto(`/arrangor/omgang/${cycleId}/nominerade`);
    const row = page.getByRole('row', { name: new RegExp(target.namn) });
    await expect.poll(() => row.getByText('Inte inbjuden').isVisible()).toBe(true);
    const form = page.getByRole('form', { name: `Inbjudan till ${target.namn}` });
    await form.getByRole('button', { name: `Skicka inbjudan till ${target.namn}` }).click();
    await expect.poll(() => form.getByRole('alert').getByText(/ingen kontaktperson med konto/).isVisible()).toBe(true);
    await form.getByLabel(/E-post till kontaktperson/).fill(EMAIL);
    await form.getByRole('button', { name: `Skicka inbjudan till ${target.namn}` }).click();
    await expect.poll(() => page.getByRole('row', { name: new RegExp(target.namn) }).getByText('Inbjuden', { exact: true }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    const db = new Database(e2e.databasePath, { readonly: true });
    const mail = db.prepare('select body from outbox where "to" = ? order by id desc limit 1').get(EMAIL) as { body: string };
    db.close();
    expect(mail.body).toContain(`Er kommun är nominerad till ${CYCLE}`);
    expect(mail.body).toMatch(new RegExp(`Skäl: Plats ${target.rank} av \\d+`));
    inviteLink = /\/inbjudan\/[A-Za-z0-9_-]+/.exec(mail.body)![0];
    await page.close();
  });

  it('the contact follows the link, reads the reason, accepts and lands in the application draft', async () => {
    await context.clearCookies();
    const page = await context.newPage();
    await page.goto(inviteLink);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Välkommen!' }).isVisible()).toBe(true);
    await page.getByLabel('Välj lösenord').fill(PASSWORD);
    await page.getByLabel('Upprepa lösenordet').fill(PASSWORD);
    await page.getByRole('button', { name: 'Skapa konto och logga in' }).click();
    await page.waitForURL((u) => u.pathname === '/kommun');
    const card = page.locator('section', { has: page.getByRole('heading', { name: CYCLE }) });
    await expect.poll(() => card.getByRole('heading', { name: 'Er kommun är nominerad' }).isVisible()).toBe(true);
    await expect.poll(() => card.getByText(new RegExp(`Plats ${target.rank} av \\d+ i screeningen`)).isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await card.getByRole('button', { name: `Tacka ja och öppna ansökan till ${CYCLE}` }).click();
    await expect.poll(() => card.getByText(/Ni tackade ja .*Ansökan är öppnad som utkast\./).isVisible()).toBe(true);
    await expect.poll(() => card.getByText('Status: Utkast').isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await card.getByRole('link', { name: `Fyll i ansökan för ${CYCLE}` }).click();
    await page.waitForURL(/\/kommun\/ansokan\/\d+$/);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: `${target.namn} – ${CYCLE}` }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Status: Utkast').isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('the organiser sees the answer, the profile and the development view', async () => {
    const page = await organiser();
    await page.goto(`/arrangor/omgang/${cycleId}/nominerade`);
    await expect.poll(() => page.getByRole('row', { name: new RegExp(target.namn) }).getByText('Tackat ja').isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    await page.goto(`/arrangor/nyckeltal/kommun/${target.kommunkod}`);
    await expect.poll(() => page.getByRole('heading', { name: `Screening i ${CYCLE}` }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText(`Plats ${target.rank} av`, { exact: false }).first().isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    await page.goto(`/arrangor/omgang/${cycleId}/screening/utveckling`);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: `Bästa utvecklingskommun – ${CYCLE}` }).isVisible()).toBe(true);
    expect(await page.locator('table svg[role="img"]').count()).toBe(10);
    await expectNoAxeViolations(page);
    await page.getByLabel('Motivering').fill('Stadig förbättring på nästan alla nyckeltal fyra år i rad.');
    await page.getByRole('button', { name: 'Spara valet' }).click();
    await expect.poll(() => page.getByText(/^Valt: /).isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await page.close();
  });
  it('the organiser edits a reason from the nominees page: too short is refused, the new text shows and is audited', async () => {
    const page = await organiser();
    await page.goto(`/arrangor/omgang/${cycleId}/nominerade`);
    const row = page.getByRole('row', { name: new RegExp(firstExtra.namn) });
    await row.getByText('Ändra skälet').click();
    const field = page.getByLabel(`Nytt skäl för ${firstExtra.namn}`);
    await field.fill('  Kort  ');
    await page.getByRole('button', { name: `Spara skälet för ${firstExtra.namn}` }).click();
    await expect.poll(() => row.getByText(/minst tio tecken/).first().isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await field.fill(NEW_REASON);
    await page.getByRole('button', { name: `Spara skälet för ${firstExtra.namn}` }).click();
    await expect.poll(() => row.getByText('Skälet är sparat.').isVisible()).toBe(true);
    await expect.poll(async () => (await row.locator('td').first().innerText()).startsWith(NEW_REASON)).toBe(true);
    await expectNoAxeViolations(page);
    const db = new Database(e2e.databasePath, { readonly: true });
    const entry = db
      .prepare("select a.before, a.after from audit_log a join nominations n on a.entity_id = cast(n.id as text) where a.action = 'nomination.reason_edited' and n.cycle_id = ? and n.kommunkod = ?")
      .get(cycleId, firstExtra.kommunkod) as { before: string; after: string };
    db.close();
    expect(JSON.parse(entry.after)).toEqual({ reason: NEW_REASON });
    expect(JSON.parse(entry.before).reason).toMatch(/^Plats \d+ av/);
    await page.close();
  });

  it(
    'the organiser announces the nominees a few seconds ahead and moves it; nobody sees them before, everyone after; a decline takes one off',
    async () => {
      const page = await organiser();
      await page.goto(`/arrangor/omgang/${cycleId}/nominerade`);
      // firstExtra is invited too (an address of its own), so the public list will hold two.
      const invite = page.getByRole('form', { name: `Inbjudan till ${firstExtra.namn}` });
      await invite.getByLabel(/E-post till kontaktperson/).fill('e2e-nominerad-2@example.org');
      await invite.getByRole('button', { name: `Skicka inbjudan till ${firstExtra.namn}` }).click();
      await expect.poll(() => page.getByRole('row', { name: new RegExp(firstExtra.namn) }).getByText('Inbjuden', { exact: true }).isVisible()).toBe(true);

      const cookies = { anon: '', juror: await signInOverHttp(e2e.baseURL, 'jury3@example.org', 'kvalitet2027'), municipality: await signInOverHttp(e2e.baseURL, 'kommun1@example.org', 'kvalitet2027') };
      const get = (path: string, cookie: string) => fetch(e2e.baseURL + path, { headers: cookie ? { cookie } : {} });
      const names = [target.namn, firstExtra.namn];
      async function expectHidden(when: string) {
        for (const [who, cookie] of Object.entries(cookies)) {
          for (const path of [`/nominerade/${YEAR}`, `/api/public/nominerade/${YEAR}`]) {
            const res = await get(path, cookie);
            expect(res.status, `${who} ${path} ${when}`).toBe(404);
            const body = await res.text();
            for (const n of names) expect(body.includes(n), `${who} ${path} ${when} names ${n}`).toBe(false);
          }
        }
      }
      await expectHidden('with no instant set');

      const form = page.getByRole('form', { name: 'Tid för tillkännagivandet' });
      // Setting the instant and the checks after it: the move below does the same, so its lead is measured on this.
      const setStarted = Date.now();
      const first = new Date(Math.ceil(Date.now() / 1000) * 1000 + 3600_000);
      await form.getByLabel('Datum').fill(stockholmFields(first).date);
      await form.getByLabel('Klockslag').fill(stockholmFields(first).time);
      await form.getByRole('button', { name: 'Sätt tid för tillkännagivandet' }).click();
      await form.getByRole('button', { name: 'Ja, sätt tid för tillkännagivandet' }).click();
      await expect.poll(() => page.getByText('Inte offentliga än', { exact: true }).isVisible()).toBe(true);
      await expectNoAxeViolations(page);
      await expectHidden('an hour before the instant');
      const setTook = Date.now() - setStarted;

      // Moved to a few seconds ahead.
      const at = instantAhead(setTook);
      await form.getByLabel('Datum').fill(stockholmFields(at).date);
      await form.getByLabel('Klockslag').fill(stockholmFields(at).time);
      await form.getByRole('button', { name: 'Flytta tillkännagivandet' }).click();
      await form.getByRole('button', { name: 'Ja, flytta tillkännagivandet' }).click();
      await expect.poll(() => form.getByText(/^Sparat\. De nominerade blir offentliga/).isVisible()).toBe(true);
      const db = new Database(e2e.databasePath, { readonly: true });
      expect(db.prepare('select nominees_announce_at as at from cycles where id = ?').get(cycleId)).toEqual({ at: at.toISOString() });
      const actions = (db.prepare("select action from audit_log where cycle_id = ? and action like 'cycle.nominees_announcement%' order by id").all(cycleId) as { action: string }[]).map((r) => r.action);
      db.close();
      expect(actions).toEqual(['cycle.nominees_announcement_set', 'cycle.nominees_announcement_moved']);
      await expectHidden('seconds before the instant');
      expect(Date.now(), 'the checks before the instant ran before it').toBeLessThan(at.getTime());

      // One second after it: every kind of visitor sees the invited and accepted nominees, nothing else.
      await new Promise((r) => setTimeout(r, at.getTime() + 1000 - Date.now()));
      for (const [who, cookie] of Object.entries(cookies)) expect((await get(`/nominerade/${YEAR}`, cookie)).status, who).toBe(200);
      await context.clearCookies();
      const pub = await context.newPage();
      const res = await pub.goto(`/nominerade/${YEAR}`);
      expect(res?.status()).toBe(200);
      await expect.poll(() => pub.getByRole('heading', { level: 1, name: `Nominerade till Sveriges KvalitetsKommun ${YEAR}` }).isVisible()).toBe(true);
      const list = async () => (await pub.getByRole('listitem').allInnerTexts()).map((t) => t.split('\n')[0]);
      expect(await list()).toEqual(expect.arrayContaining(names));
      expect(await list()).not.toContain(lastProposed.namn);
      await expectNoAxeViolations(pub);
      const api = await get(`/api/public/nominerade/${YEAR}`, '');
      expect(api.status).toBe(200);
      expect(api.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
      const json = (await api.json()) as { year: number; cycles: { name: string; nominees: { name: string }[] }[] };
      const own = json.cycles.find((c) => c.name === CYCLE)!;
      expect(own.nominees.map((n) => n.name)).toEqual(expect.arrayContaining(names));

      // firstExtra declines after the announcement (written here as the answer would: the action's audit is
      // tested in tests/actions/nominees-announcement.test.ts): the public list drops it, the organiser is told.
      const rw = new Database(e2e.databasePath);
      rw.prepare("update nominations set status = 'declined', responded_at = ?, updated_at = ? where cycle_id = ? and kommunkod = ?").run(new Date().toISOString(), new Date().toISOString(), cycleId, firstExtra.kommunkod);
      rw.close();
      await pub.reload();
      await expect.poll(async () => (await list()).includes(firstExtra.namn)).toBe(false);
      expect(await list()).toContain(target.namn);
      await pub.close();

      const again = await organiser();
      await again.goto(`/arrangor/omgang/${cycleId}/nominerade`);
      await expect.poll(() => again.getByText(`${firstExtra.namn} har tackat nej efter tillkännagivandet och visas inte längre i den offentliga listan.`, { exact: false }).isVisible()).toBe(true);
      await expect.poll(() => again.getByText(/De nominerade är offentliga sedan/).isVisible()).toBe(true);
      expect(await again.getByRole('form', { name: 'Tid för tillkännagivandet' }).count()).toBe(0);
      await expectNoAxeViolations(again);
      await again.close();
      await page.close();
    },
    300_000,
  );
});
