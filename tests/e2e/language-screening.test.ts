/**
 * The screening and development pages in English when the kk-locale cookie says so (headings,
 * <html lang="en">, English dates and numbers, Swedish data marked lang="sv", nothing axe
 * objects to); and the screening and key-figure pages at 320 px, light and dark: axe clean,
 * no sideways scroll of the page (wide tables scroll in their own named, focusable region).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openDatabase } from '@/db/client';
import { expectNoAxeViolations, openBrowser, signIn } from './browser';

const e2e = inject('e2e');
const ENGLISH_DATE_TIME = /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}, \d{2}:\d{2}\b/;

describe.skipIf(e2e.skip !== null)('the screening pages in English and at 320 px', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;
  let cycle: { id: number; name: string };

  beforeAll(async () => {
    const db = openDatabase(e2e.databasePath);
    cycle = db.$client.prepare("select id, name from cycles where is_demo = 1 and mode = 'key_figures'").get() as { id: number; name: string };
    db.$client.close();
    ({ context, close } = await openBrowser(e2e.baseURL));
    page = await context.newPage();
    await signIn(page, 'arrangor@example.org');
  });

  afterAll(async () => {
    await close?.();
  });

  const setCookies = (locale: 'sv' | 'en', theme: 'light' | 'dark') =>
    context.addCookies([
      { name: 'kk-locale', value: locale, url: e2e.baseURL },
      { name: 'kk-theme', value: theme, url: e2e.baseURL },
    ]);
  const lang = () => page.evaluate(() => document.documentElement.lang);

  it('shows the screening page in English, with English dates and numbers and the map named in English', async () => {
    await setCookies('en', 'light');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/arrangor/omgang/${cycle.id}/screening`);
    expect(await lang()).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Screening on key figures – ${cycle.name}`);
    expect(await page.getByRole('heading', { name: 'How stable is the proposed list?' }).isVisible()).toBe(true);
    expect(await page.getByRole('img', { name: /^Map: composite index per municipality\. / }).isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Result per municipality' }).getByRole('columnheader', { name: 'Coverage' }).isVisible()).toBe(true);
    const ran = await page.getByText(/^Run .* on the years /).textContent();
    expect(ran).toMatch(ENGLISH_DATE_TIME);
    expect(ran).toMatch(/\d+ municipalities ranked, \d+ with insufficient data\./);
    // composites written the English way (a point), the model's Swedish component names marked
    expect(await page.locator('#tabell tbody tr').first().locator('td').nth(2).textContent()).toMatch(/^\d{1,3}\.\d$/);
    expect(await page.locator('#tabell thead th[lang="sv"]').count()).toBeGreaterThan(0);
    expect(await page.getByRole('option', { name: 'Under 10,000 inhabitants' }).count()).toBe(1);
    expect(await page.getByText(/^In the top \d+ in \d+ of \d+ left-out key figures/).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
  });

  it('shows the development page in English', async () => {
    await setCookies('en', 'light');
    await page.goto(`/arrangor/omgang/${cycle.id}/screening/utveckling`);
    expect(await lang()).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Best developing municipality – ${cycle.name}`);
    expect(await page.getByRole('heading', { name: 'How the development is ranked' }).isVisible()).toBe(true);
    expect(await page.getByRole('columnheader', { name: 'T per year' }).isVisible()).toBe(true);
    expect(await page.getByRole('img', { name: /: composite percentile \d{4} \d+(\.\d)?, / }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'Save the choice' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);
  });

  it('fits the screening and key-figure pages into 320 px, axe clean, light and dark', async () => {
    const paths = [
      `/arrangor/omgang/${cycle.id}/screening`,
      `/arrangor/omgang/${cycle.id}/screening/utveckling`,
      '/arrangor/nyckeltal',
      '/arrangor/nyckeltal/import',
      '/arrangor/nyckeltal/katalog',
      '/arrangor/nyckeltal/katalog/N00097',
      '/arrangor/nyckeltal/kommun/0114',
    ];
    const found: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      await setCookies('sv', theme);
      for (const path of paths) {
        await page.setViewportSize({ width: 1280, height: 900 });
        const res = await page.goto(path);
        expect(res?.status(), path).toBe(200);
        await page.setViewportSize({ width: 320, height: 720 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 1) found.push(`${theme} ${path}: ${overflow} px sideways`);
        await expectNoAxeViolations(page);
      }
    }
    expect(found).toEqual([]);
    // The results table scrolls inside its own region, which a keyboard can reach.
    await page.goto(`/arrangor/omgang/${cycle.id}/screening`);
    const region = page.getByRole('region', { name: 'Resultat per kommun' });
    expect(await region.getAttribute('tabindex')).toBe('0');
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
