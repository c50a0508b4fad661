/**
 * The organiser's people, log and key-figure pages in English when the kk-locale cookie says
 * so: headings, <html lang="en">, dates written the English way, and nothing axe objects to.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations, openBrowser, signIn } from './browser';

const e2e = inject('e2e');
const ENGLISH_DATE_TIME = /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}, \d{2}:\d{2}\b/;

describe.skipIf(e2e.skip !== null)('the organiser’s other pages in English', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    ({ context, close } = await openBrowser(e2e.baseURL));
    page = await context.newPage();
    await signIn(page, 'arrangor@example.org');
    // The cookie only: the account's own language (users.locale) stays as it was.
    await context.addCookies([{ name: 'kk-locale', value: 'en', url: e2e.baseURL }]);
  });

  afterAll(async () => {
    await close?.();
  });

  const lang = () => page.evaluate(() => document.documentElement.lang);

  it('shows the log in English with English dates', async () => {
    await page.goto('/arrangor/logg');
    expect(await lang()).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Log');
    expect(await page.getByRole('heading', { name: 'Filter' }).isVisible()).toBe(true);
    const firstTime = await page.locator('table time').first().textContent();
    expect(firstTime).toMatch(ENGLISH_DATE_TIME);
    await expectNoAxeViolations(page);
  });

  it('shows the people, the invitation form and the key-figure pages in English', async () => {
    await page.goto('/arrangor/personer');
    expect(await lang()).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('People');
    expect(await page.getByRole('heading', { name: 'Accounts' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    await page.goto('/arrangor/personer/bjud-in');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Invite');
    expect(await page.getByRole('button', { name: 'Send invitation to juror' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    await page.goto('/arrangor/nyckeltal');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Key figures and index');
    expect(await page.getByRole('navigation', { name: 'Key figures' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    await page.goto('/arrangor/nyckeltal/katalog');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Key figure catalogue');
    expect(await page.getByRole('columnheader', { name: 'Direction' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);
  });
});
