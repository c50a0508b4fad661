import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations, openBrowser, signIn } from './browser';
import { instantAhead, stockholmFields } from './instants';
import { insertMotivationCycle, type MotivationCycle } from '../fixtures/motivation-cycle';

const e2e = inject('e2e');

describe.skipIf(e2e.skip !== null)('the organiser edits and approves a motivation draft', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let fixture: MotivationCycle;
  let organiserName: string;

  beforeAll(async () => {
    ({ context, close } = await openBrowser(e2e.baseURL));
    // A decided cycle of this test's own (the demo cycle is never touched).
    const db = new Database(e2e.databasePath);
    fixture = insertMotivationCycle(db, { name: `Motiveringsprov ${Date.now()}`, year: 2033, phase: 'decided' });
    organiserName = (db.prepare("select name from users where email = 'arrangor@example.org'").get() as { name: string }).name;
    db.close();
  });
  afterAll(async () => {
    await close?.();
  });

  const textareas = (page: Page) => page.locator('textarea[id^="mening-"]');
  const editor = (page: Page) => page.locator('form[aria-labelledby="redigera-rubrik"]');

  it('generates a draft with evidence, edits a sentence, saves versions, diffs them and approves', async () => {
    await context.clearCookies();
    const page = await context.newPage();
    await signIn(page, 'arrangor@example.org');

    // The overview: the winner and the two other finalists, none with a draft yet.
    const overview = await page.goto(`/arrangor/omgang/${fixture.cycleId}/motivering`);
    expect(overview?.status()).toBe(200);
    const table = page.getByRole('table', { name: 'Motiveringar för vinnaren och finalisterna' });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(3);
    expect(await table.getByText('Inget utkast ännu').count()).toBe(3);
    await expectNoAxeViolations(page);

    const winner = fixture.nominations.find((n) => n.id === fixture.winner)!;
    await table.getByRole('link', { name: winner.municipality }).click();
    await page.waitForURL(new RegExp(`/motivering/${winner.id}$`));
    await expect.poll(() => page.getByRole('heading', { level: 1, name: `Motivering: ${winner.municipality}` }).isVisible()).toBe(true);

    // Generate: asks once, then saves version 1 with every sentence carrying evidence.
    await page.getByRole('button', { name: 'Skapa utkast från underlaget' }).click();
    await page.getByRole('button', { name: 'Ja, skapa utkastet' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Version 1' }).isVisible(), { timeout: 20_000 }).toBe(true);
    const count = await textareas(page).count();
    expect(count).toBeGreaterThanOrEqual(3);
    expect(count).toBeLessThanOrEqual(6);
    expect(await editor(page).getByText('Med belägg', { exact: true }).count()).toBe(count);
    expect(await page.getByRole('link', { name: /Juryns områdespoäng/ }).count()).toBeGreaterThanOrEqual(2);
    await expectNoAxeViolations(page);

    // Edit the sentence that names the strongest areas: its figures go, so it loses its evidence.
    const values = await textareas(page).evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
    const index = values.findIndex((v) => v.includes('av 100)'));
    expect(index).toBeGreaterThanOrEqual(0);
    const field = page.getByLabel(`Mening ${index + 1}`, { exact: true });
    await field.fill('Kommunen är stark inom flera områden.');
    await expect.poll(() => editor(page).getByText('Utan belägg', { exact: true }).count()).toBe(1);
    expect(await editor(page).getByText(/stöds inte längre/).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Spara som ny version' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Version 2' }).isVisible(), { timeout: 20_000 }).toBe(true);

    // The versions list: both versions with author and time; version 2 has one sentence without evidence.
    const versions = page.getByRole('table', { name: /Alla sparade versioner/ });
    const row2 = versions.getByRole('row', { name: /Version 2/ });
    expect(await row2.textContent()).toContain(organiserName);
    expect(await row2.textContent()).toContain('1 mening');
    expect(await versions.getByRole('row', { name: /Version 1/ }).textContent()).toContain('Inga');

    // The diff between version 1 and 2, word by word.
    await page.getByLabel('Från version').selectOption('1');
    await page.getByLabel('Till version').selectOption('2');
    await page.getByRole('button', { name: 'Visa skillnader' }).click();
    await page.waitForURL(/fran=1&till=2/);
    await expect.poll(() => page.getByRole('heading', { name: 'Skillnader från version 1 till version 2' }).isVisible()).toBe(true);
    expect(await page.locator('[data-testid="diff"] ins').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('flera')]));
    expect(await page.locator('[data-testid="diff"] del').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);

    // Approve version 2: warned about the sentence without evidence, then frozen.
    await page.getByRole('button', { name: 'Godkänn version 2' }).click();
    await expect.poll(() => page.getByText('1 mening saknar belägg', { exact: false }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Ja, godkänn version 2' }).click();
    await expect.poll(() => page.getByText('Godkänd: version 2').isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await page.getByRole('button', { name: 'Godkänn version 1' }).count()).toBe(0);
    await expectNoAxeViolations(page);

    const db = new Database(e2e.databasePath, { readonly: true });
    const rows = db.prepare('select version, approved_at from motivation_versions where nomination_id = ? order by version').all(winner.id) as { version: number; approved_at: string | null }[];
    db.close();
    expect(rows.map((r) => [r.version, r.approved_at !== null])).toEqual([
      [1, false],
      [2, true],
    ]);

    // Back on the overview, the winner's row says so.
    await page.goto(`/arrangor/omgang/${fixture.cycleId}/motivering`);
    expect(await page.getByRole('row', { name: new RegExp(winner.municipality) }).textContent()).toContain('Version 2 godkänd');
  });

  it('then publishes it with the embargo a few seconds ahead: an anonymous visitor sees the approved motivation only after', async () => {
    const db = new Database(e2e.databasePath, { readonly: true });
    const approved = (db.prepare('select text from motivation_versions where nomination_id = ? and approved_at is not null order by version desc').get(fixture.winner) as { text: string }).text;
    db.close();
    const winner = fixture.nominations.find((n) => n.id === fixture.winner)!;
    const firstSentence = approved.split(/(?<=\.)\s/)[0];

    // Signing in and opening the page take about what publishing and the check before the embargo take: the lead is measured on them.
    const started = Date.now();
    await context.clearCookies();
    const page = await context.newPage();
    await signIn(page, 'arrangor@example.org');
    await page.goto(`/arrangor/omgang/${fixture.cycleId}/publicering`);
    const embargo = instantAhead(Date.now() - started);
    const fields = stockholmFields(embargo);
    await page.getByLabel('Datum').fill(fields.date);
    await page.getByLabel('Klockslag').fill(fields.time);
    await page.getByRole('button', { name: 'Publicera', exact: true }).click();
    await page.getByRole('button', { name: 'Ja, publicera' }).click();
    await expect.poll(() => page.getByText('Publicerad med embargo', { exact: true }).isVisible()).toBe(true);

    const visitor = await context.browser()!.newContext().then((c) => c.newPage());
    const before = await visitor.goto(`${e2e.baseURL}/resultat/2033`);
    expect(before?.status()).toBe(404);
    expect(await visitor.content()).not.toContain(firstSentence);
    expect(await visitor.title()).not.toContain(winner.municipality);
    expect(Date.now(), 'the check before the embargo ran before it').toBeLessThan(embargo.getTime());

    await new Promise((r) => setTimeout(r, embargo.getTime() + 1000 - Date.now()));
    const after = await visitor.goto(`${e2e.baseURL}/resultat/2033`);
    expect(after?.status()).toBe(200);
    await expect.poll(() => visitor.getByRole('heading', { level: 1, name: winner.municipality }).isVisible()).toBe(true);
    await expect.poll(() => visitor.getByText(firstSentence, { exact: false }).first().isVisible()).toBe(true);
    await expectNoAxeViolations(visitor);
    await visitor.context().close();
  });

  it('answers 403 to a juror', async () => {
    await context.clearCookies();
    const page = await context.newPage();
    await signIn(page, 'jury1@example.org');
    const res = await page.goto(`/arrangor/omgang/${fixture.cycleId}/motivering/${fixture.winner}`);
    expect(res?.status()).toBe(403);
    // The page's words may be in the client messages the page carries; what must not reach the juror is the motivation itself.
    expect(await page.content()).not.toContain('Kommunen är stark inom flera områden.');
    expect(await page.locator('main').innerText()).not.toContain('Versioner');
  });
});
