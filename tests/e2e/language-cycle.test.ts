/**
 * The organiser's cycle pages in English: with the kk-locale cookie set to `en`, the
 * cycle's sub-navigation, headings, table headers and dates follow the language,
 * <html lang> says English, and axe finds nothing. Read-only: nothing is changed.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations, openBrowser, signIn } from './browser';

const e2e = inject('e2e');

/** "14 November 2027, 18:30": the English date and time of lib/i18n/format. */
const ENGLISH_DATE_TIME = /^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}, \d{2}:\d{2}$/;

describe.skipIf(e2e.skip !== null)('organiser: the cycle pages in English', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;
  let base = '';

  beforeAll(async () => {
    ({ context, close } = await openBrowser(e2e.baseURL));
    const db = new Database(e2e.databasePath, { readonly: true });
    const { id } = db.prepare("select id from cycles where is_demo = 1 and mode = 'open_application'").get() as { id: number };
    db.close();
    base = `/arrangor/omgang/${id}`;
    page = await context.newPage();
    await signIn(page, 'arrangor@example.org');
    await context.addCookies([{ name: 'kk-locale', value: 'en', url: e2e.baseURL }]);
  });

  afterAll(async () => {
    await close?.();
  });

  const lang = () => page.evaluate(() => document.documentElement.lang);

  it('shows the cycle overview in English: navigation, phases, figures', async () => {
    await page.goto(base);
    expect(await lang()).toBe('en');
    const nav = page.getByRole('navigation', { name: /^The cycle / });
    expect(await nav.getByRole('link', { name: 'Overview', exact: true }).getAttribute('aria-current')).toBe('page');
    expect(await nav.getByRole('link', { name: 'Reports and export' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { level: 2, name: 'Phases' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { level: 2, name: 'Dates' }).isVisible()).toBe(true);
    expect(await page.getByText('Submitted applications', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByLabel('Move to phase').isVisible()).toBe(true);
    await expectNoAxeViolations(page);
  });

  it('writes the applications table in English with English dates', async () => {
    await page.goto(`${base}/ansokningar`);
    expect(await lang()).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Applications');
    expect(await page.getByRole('columnheader', { name: 'Municipality' }).isVisible()).toBe(true);
    expect(await page.getByRole('group', { name: 'Documents an application must include' }).isVisible()).toBe(true);
    const dates = await page.locator('tbody tr td:nth-child(3)').allTextContents();
    const written = dates.filter((d) => d !== '–');
    expect(written.length).toBeGreaterThan(0);
    for (const d of written) expect(d).toMatch(ENGLISH_DATE_TIME);
    await expectNoAxeViolations(page);
  });

  it('shows the rubric, conflicts, publication and export pages in English', async () => {
    for (const [path, heading] of [
      ['mall', 'Rubric'],
      ['jav', 'Conflicts of interest'],
      ['tilldelning', 'Assignment'],
      ['publicering', 'Publication'],
      ['export', 'Reports and export'],
    ] as const) {
      await page.goto(`${base}/${path}`);
      expect(await lang()).toBe('en');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
      await expectNoAxeViolations(page);
    }
    expect(await page.getByRole('columnheader', { name: 'Contents' }).isVisible()).toBe(true);
    expect(await page.getByRole('rowheader', { name: 'Audit log' }).isVisible()).toBe(true);
  });
});
