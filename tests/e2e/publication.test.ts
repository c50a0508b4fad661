/**
 * Publication with an embargo, end to end against the production server: a cycle of
 * this test's own (decided, with a decision, finalists and an approved motivation,
 * inserted directly) is published by the organiser in the UI with the embargo a few
 * seconds ahead. An anonymous browser sees nothing of the winner before it — not on
 * the year page, in its title, the JSON API, the sitemap or the archive — and the
 * winner and motivation after it.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations, openBrowser, signIn } from './browser';
import { instantAhead, stockholmFields } from './instants';

const e2e = inject('e2e');
const YEAR = 2089;
const WINNER = 'Gnosjö';
const MOTIVATION = 'Gnosjö leder med en tydlig styrmodell där målen följs upp varje kvartal. Samspelet mellan politiker och tjänstepersoner är förebildligt.';

/** Inserts a decided cycle of this test's own; never touches the demo cycle. */
function prepareCycle(file: string): number {
  const db = new Database(file);
  try {
    const at = new Date().toISOString();
    const cycleId = Number(
      db.prepare("insert into cycles (year, name, mode, phase, settings, created_at) values (?, ?, 'open_application', 'decided', '{}', ?)").run(YEAR, `Publiceringstest ${YEAR}`, at).lastInsertRowid,
    );
    const nom = (kommunkod: string) =>
      Number(db.prepare("insert into nominations (cycle_id, kommunkod, status, answers, finalist, updated_at, created_at) values (?, ?, 'submitted', '{}', 1, ?, ?)").run(cycleId, kommunkod, at, at).lastInsertRowid);
    const winner = nom('0617');
    const habo = nom('0643');
    nom('1263');
    const juror = db.prepare("select id from users where email = 'jury1@example.org'").get() as { id: number };
    db.prepare('insert into assignments (nomination_id, juror_id, pinned, created_at) values (?, ?, 0, ?)').run(winner, juror.id, at);
    db.prepare('insert into decisions (cycle_id, winner_nomination_id, rationale, ranking_snapshot, decided_at) values (?, ?, ?, ?, ?)').run(cycleId, winner, 'Juryns interna skäl.', '{}', at);
    const version = db.prepare("insert into motivation_versions (nomination_id, version, text, evidence, created_at, approved_at) values (?, 1, ?, '[]', ?, ?)");
    version.run(winner, MOTIVATION, at, at);
    version.run(habo, 'Habo bygger samhället tillsammans med invånarna. Mer text.', at, at);
    return cycleId;
  } finally {
    db.close();
  }
}

describe.skipIf(e2e.skip !== null)('publication with an embargo', () => {
  let organiser: { context: BrowserContext; close: () => Promise<void> };
  let anon: { context: BrowserContext; close: () => Promise<void> };
  let cycleId: number;

  beforeAll(async () => {
    cycleId = prepareCycle(e2e.databasePath);
    organiser = await openBrowser(e2e.baseURL);
    anon = await openBrowser(e2e.baseURL);
  });
  afterAll(async () => {
    await organiser?.close();
    await anon?.close();
  });

  const api = () => fetch(`${e2e.baseURL}/api/public/resultat/${YEAR}`);
  const sitemap = async () => (await fetch(`${e2e.baseURL}/sitemap.xml`)).text();
  async function visit(page: Page, path: string) {
    const res = await page.goto(path);
    return { status: res?.status(), title: await page.title(), html: await page.content() };
  }

  it('the organiser publishes with the embargo a few seconds ahead; nothing shows before it, the winner and motivation after', async () => {
    const visitor = await anon.context.newPage();
    /** The anonymous visitor sees nothing of the winner anywhere (true before publication, and after it until the embargo). */
    async function expectNothingYet() {
      const before = await visit(visitor, `/resultat/${YEAR}`);
      expect(before.status).toBe(404);
      expect(before.title).not.toContain(WINNER);
      expect(before.html).not.toContain(WINNER);
      const missing = await visit(visitor, '/resultat/2091');
      expect(before.title).toBe(missing.title);
      const archiveBefore = await visit(visitor, '/resultat');
      expect(archiveBefore.html).not.toContain(WINNER);
      expect(archiveBefore.html).not.toContain(String(YEAR));
      const apiBefore = await api();
      expect(apiBefore.status).toBe(404);
      expect(apiBefore.headers.get('cache-control')).toBe('no-store');
      expect(await apiBefore.text()).not.toContain(WINNER);
      expect(await sitemap()).not.toContain(`/resultat/${YEAR}`);
    }
    // What runs between setting the embargo and its instant (a step on the organiser's page, then these
    // checks) is timed here once before publishing, so the embargo's lead fits this machine's speed.
    await expectNothingYet();
    let t = Date.now(); // timed the second time: the first also pays for the server's first render of each page
    await expectNothingYet();
    const checksTook = Date.now() - t;
    const page = await organiser.context.newPage();
    await signIn(page, 'arrangor@example.org');
    t = Date.now();
    await page.goto(`/arrangor/omgang/${cycleId}/publicering`);
    await expect.poll(() => page.getByText('Version 1, godkänd', { exact: false }).isVisible()).toBe(true);
    const pageTook = Date.now() - t;
    await expectNoAxeViolations(page);

    const embargo = instantAhead(checksTook + pageTook);
    const fields = stockholmFields(embargo);
    await page.getByLabel('Datum').fill(fields.date);
    await page.getByLabel('Klockslag').fill(fields.time);
    await page.getByRole('button', { name: 'Publicera', exact: true }).click();
    await page.getByRole('button', { name: 'Ja, publicera' }).click();
    await expect.poll(() => page.getByText('Publicerad med embargo', { exact: true }).isVisible()).toBe(true);
    const db = new Database(e2e.databasePath, { readonly: true });
    const row = db.prepare('select phase, embargo_at as embargoAt from cycles where id = ?').get(cycleId);
    db.close();
    expect(row).toEqual({ phase: 'published', embargoAt: embargo.toISOString() });

    // Before the embargo: the anonymous visitor sees nothing of the winner anywhere.
    await expectNothingYet();
    expect(Date.now(), 'the checks before the embargo ran before it').toBeLessThan(embargo.getTime());

    // One second after it.
    await new Promise((r) => setTimeout(r, embargo.getTime() + 1000 - Date.now()));
    const after = await visit(visitor, `/resultat/${YEAR}`);
    expect(after.status).toBe(200);
    expect(after.title).toContain(`${YEAR}: ${WINNER}`);
    await expect.poll(() => visitor.getByRole('heading', { level: 1, name: WINNER }).isVisible()).toBe(true);
    await expect.poll(() => visitor.getByText(MOTIVATION).isVisible()).toBe(true);
    await expect.poll(() => visitor.getByText('Habo bygger samhället tillsammans med invånarna.', { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => visitor.getByText('Svedala').isVisible()).toBe(true);
    expect(after.html).not.toContain('Juryns interna skäl');
    await expectNoAxeViolations(visitor);
    const ogTitle = await visitor.locator('meta[property="og:title"]').getAttribute('content');
    expect(ogTitle).toContain(WINNER);

    const apiAfter = await api();
    expect(apiAfter.status).toBe(200);
    expect(apiAfter.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
    expect(await apiAfter.json()).toMatchObject({ year: YEAR, winner: { name: WINNER }, motivation: MOTIVATION });
    expect(await sitemap()).toContain(`/resultat/${YEAR}`);

    await visitor.goto('/resultat');
    await expect.poll(() => visitor.getByRole('link', { name: `Resultatet ${YEAR}` }).isVisible()).toBe(true);
    await expectNoAxeViolations(visitor);

    // English, by the language link; the jury's motivation stays in Swedish.
    await visitor.getByRole('link', { name: 'Read this page in English' }).click();
    await expect.poll(() => visitor.getByRole('heading', { level: 1, name: 'Winners through the years' }).isVisible()).toBe(true);
    await visitor.goto(`/resultat/${YEAR}`);
    await expect.poll(() => visitor.getByRole('heading', { name: "The jury's motivation" }).isVisible()).toBe(true);
    await expectNoAxeViolations(visitor);

    // The organiser's page now says it is public and no longer offers to move the time.
    await page.reload();
    await expect.poll(() => page.getByText('Offentlig', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Flytta publiceringstiden' }).count()).toBe(0);
  });
});
