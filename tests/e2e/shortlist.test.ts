import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations, openBrowser, signIn } from './browser';

const e2e = inject('e2e');

describe.skipIf(e2e.skip !== null)('the organiser’s ranked shortlist', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let url: string;
  let phaseBefore: string;

  beforeAll(async () => {
    ({ context, close } = await openBrowser(e2e.baseURL));
    const db = new Database(e2e.databasePath, { readonly: true });
    const cycle = db.prepare("select id, phase from cycles where is_demo = 1").get() as { id: number; phase: string };
    db.close();
    url = `/arrangor/omgang/${cycle.id}/topplista`;
    phaseBefore = cycle.phase;
  });

  afterAll(async () => {
    await close?.();
  });

  async function freshPage() {
    await context.clearCookies();
    return context.newPage();
  }

  const composites = (page: Page) => page.locator('#rangordning-tabell tbody tr td:nth-child(3)').allTextContents();

  it('shows the 12 demo municipalities ranked with 90 % rank intervals, saves a weight change as a new version, and compares two', async () => {
    const page = await freshPage();
    await signIn(page, 'arrangor@example.org');
    const res = await page.goto(url);
    expect(res?.status()).toBe(200);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Topplista' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText(/Sveriges KvalitetsKommun 2027: rangordningen/).isVisible()).toBe(true);
    const rows = page.locator('#rangordning-tabell tbody tr');
    expect(await rows.count()).toBe(12);
    // Every row: a place, a composite and a rank interval ("3" or "2–5").
    for (const text of await page.locator('#rangordning-tabell tbody tr td:nth-child(4)').allTextContents()) expect(text).toMatch(/^\d+(–\d+)?$/);
    expect(await page.locator('#rangordning-tabell tbody tr td:first-child').first().textContent()).toBe('1');
    expect(await page.getByRole('img', { name: 'Rangintervall (90 %) per kommun' }).count()).toBe(1);
    // Missing components are named, with the weights re-normalised, never shown as zero.
    const notes = await page.locator('#rangordning-tabell tbody tr td:nth-child(7)').allTextContents();
    expect(notes).toHaveLength(12);
    // No interviews yet in the review phase; the key-figure indices exist only if indicators were imported.
    for (const note of notes) expect(note).toMatch(/^Saknas: Intervju(, Servicekvalitet)?(, Finansiell styrka)?\. Vikterna omfördelade: Dokumentgranskning \d+(,\d+)?\s%/);
    await expect.poll(() => page.getByText('Omgången har inga sparade vikter ännu', { exact: false }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    // Moving a slider recomputes the ranking in the browser.
    const before = await composites(page);
    await page.getByLabel('Vikt för Demokrati', { exact: true }).fill('100');
    await page.getByLabel('Vikt för Service och verksamheter', { exact: true }).fill('0');
    await expect.poll(() => composites(page), { timeout: 15_000 }).not.toEqual(before);
    await expect.poll(() => page.getByText('Ändrade vikter är inte sparade.').isVisible(), { timeout: 15_000 }).toBe(true);

    await page.getByRole('button', { name: 'Spara som omgångens vikter' }).click();
    const saved = page.getByText(/Vikterna är sparade som version \d+\./);
    await expect.poll(() => saved.isVisible(), { timeout: 20_000 }).toBe(true);
    // Saved: the panel no longer says the weights differ from the cycle's.
    await expect.poll(() => page.getByText('Ändrade vikter är inte sparade.').count(), { timeout: 20_000 }).toBe(0);
    const version = (await saved.textContent())!.match(/version (\d+)/)![1];
    await page.reload();
    await expect.poll(() => page.getByText(`Omgångens sparade vikter: version ${version}.`).isVisible()).toBe(true);
    expect(await page.getByLabel('Vikt för Demokrati', { exact: true }).inputValue()).toBe('100');

    // Compare the first two: the explanation as a diverging bar chart with a table.
    await expect.poll(() => page.getByText('Skillnad i sammanvägt värde', { exact: false }).isVisible()).toBe(true);
    const optionB = await page.locator('#jamfor-b option').nth(2).getAttribute('value');
    await page.locator('#jamfor-b').selectOption(optionB!);
    await expect.poll(() => page.getByRole('img', { name: /Bidrag till skillnaden mellan/ }).count(), { timeout: 15_000 }).toBe(1);

    // Raw vs calibrated.
    await page.getByRole('radio', { name: 'Råpoäng', exact: true }).check();
    await expect.poll(() => page.getByText('Rangordning (råpoäng), 12 kommuner').isVisible(), { timeout: 15_000 }).toBe(true);
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('is the same on every load (fixed bootstrap seed)', async () => {
    const page = await freshPage();
    await signIn(page, 'arrangor@example.org');
    await page.goto(url);
    const first = await page.locator('#rangordning-tabell tbody').innerText();
    await page.reload();
    expect(await page.locator('#rangordning-tabell tbody').innerText()).toBe(first);
    const missing = await page.goto('/arrangor/omgang/999999/topplista');
    expect(missing?.status()).toBe(404);
    await page.close();
  });

  it('is for organisers only: a juror and a municipality get 403, a signed-out visitor goes to sign-in', async () => {
    for (const email of ['jury1@example.org', 'kommun1@example.org']) {
      const page = await freshPage();
      await signIn(page, email);
      const res = await page.goto(url);
      expect(res?.status(), email).toBe(403);
      const body = await page.locator('body').innerText();
      expect(body).not.toContain('Rangintervall');
      expect(body).not.toContain('Rangordning');
      await page.close();
    }
    const page = await freshPage();
    await page.goto(url);
    expect(new URL(page.url()).pathname).toBe('/logga-in');
    await page.close();
  });

  it('left the demo cycle’s phase and finalists as they were', () => {
    const db = new Database(e2e.databasePath, { readonly: true });
    const cycle = db.prepare('select phase from cycles where is_demo = 1').get() as { phase: string };
    // Other e2e files name finalists in cycles of their own; only the demo cycle matters here.
    const finalists = db.prepare('select count(*) as n from nominations where finalist = 1 and cycle_id in (select id from cycles where is_demo = 1)').get() as { n: number };
    db.close();
    expect(cycle.phase).toBe(phaseBefore);
    expect(finalists.n).toBe(0);
  });
});
