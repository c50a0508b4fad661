/**
 * The organiser's shortlist (topplista) and progress (framsteg) pages in English when the
 * kk-locale cookie says so: headings, <html lang="en">, numbers written the English way, and
 * nothing axe objects to. Both pages also fit a 320 px wide screen (wide tables scroll in their
 * own named region), in either language.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations, openBrowser, signIn } from './browser';

const e2e = inject('e2e');

describe.skipIf(e2e.skip !== null)('the shortlist and progress pages in English and at 320 px', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;
  let cycleId: number;

  beforeAll(async () => {
    const db = new Database(e2e.databasePath, { readonly: true });
    cycleId = (db.prepare('select id from cycles where is_demo = 1').get() as { id: number }).id;
    db.close();
    ({ context, close } = await openBrowser(e2e.baseURL));
    page = await context.newPage();
    await signIn(page, 'arrangor@example.org');
  });

  afterAll(async () => {
    await close?.();
  });

  const lang = () => page.evaluate(() => document.documentElement.lang);
  const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

  it('shows the shortlist in English with English numbers', async () => {
    await context.addCookies([{ name: 'kk-locale', value: 'en', url: e2e.baseURL }]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/arrangor/omgang/${cycleId}/topplista`);
    expect(await lang()).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Shortlist');
    expect(await page.getByText('Ranking (calibrated scores), 12 municipalities').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Sensitivity to the weights' }).isVisible()).toBe(true);
    // Composite scores with a decimal point, shares with a % sign straight after the number.
    const composites = await page.locator('#rangordning-tabell tbody tr td:nth-child(3)').allTextContents();
    expect(composites.filter((c) => c !== '–').length).toBeGreaterThan(0);
    for (const c of composites.filter((x) => x !== '–')) expect(c).toMatch(/^\d+\.\d$/);
    expect(await page.locator('#rangordning-tabell tbody tr td:nth-child(5)').first().textContent()).toMatch(/^\d+%$/);
    expect(await page.getByLabel('Weight for Interview', { exact: true }).count()).toBe(1);
    await expectNoAxeViolations(page);
  });

  it('shows the progress page in English', async () => {
    await page.goto(`/arrangor/omgang/${cycleId}/framsteg`);
    expect(await lang()).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Progress');
    expect(await page.getByRole('heading', { name: 'Jurors and nominations' }).isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Progress matrix (scrollable)' }).count()).toBe(1);
    expect(await page.getByText(/^\d+ of \d+$/).first().isVisible()).toBe(true);
    await expectNoAxeViolations(page);
  });

  for (const locale of ['sv', 'en']) {
    it(`fits a 320 px screen without sideways scrolling, axe-clean (${locale})`, async () => {
      await context.addCookies([{ name: 'kk-locale', value: locale, url: e2e.baseURL }]);
      await page.setViewportSize({ width: 320, height: 800 });
      for (const path of ['topplista', 'framsteg']) {
        await page.goto(`/arrangor/omgang/${cycleId}/${path}`);
        expect(await lang()).toBe(locale);
        expect(await sideways(), `${path} scrolls sideways at 320 px`).toBeLessThanOrEqual(1);
        await expectNoAxeViolations(page);
      }
      await page.setViewportSize({ width: 1280, height: 900 });
    });
  }
});
