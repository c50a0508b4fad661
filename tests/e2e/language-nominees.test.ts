/**
 * The organiser's nominees page (and the organiser's navigation) in English when the kk-locale
 * cookie says so: headings, <html lang="en">, the cycle's Swedish name marked as Swedish, the
 * screening run's date written the English way, and nothing axe objects to.
 */
import Database from 'better-sqlite3';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, openBrowser, signIn } from './browser';

const e2e = inject('e2e');
const ENGLISH_DATE_TIME = /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}, \d{2}:\d{2}\b/;

describe.skipIf(e2e.skip !== null)('the organiser’s nominees page in English', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;
  let cycle: { id: number; name: string };

  beforeAll(async () => {
    const db = new Database(e2e.databasePath, { readonly: true });
    cycle = db.prepare("select id, name from cycles where mode = 'key_figures' and is_demo = 1 order by id limit 1").get() as { id: number; name: string };
    db.close();
    ({ context, close } = await openBrowser(e2e.baseURL));
    page = await context.newPage();
    await signIn(page, 'arrangor@example.org');
    await context.addCookies([{ name: 'kk-locale', value: 'en', url: e2e.baseURL }]);
  });

  afterAll(async () => {
    await close?.();
  });

  it('shows the nominees page, its announcement form and the organiser navigation in English', async () => {
    await page.goto(`/arrangor/omgang/${cycle.id}/nominerade`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Nominees – ${cycle.name}`);
    expect(await page.getByRole('heading', { level: 1 }).locator('[lang="sv"]').textContent()).toBe(cycle.name);
    const nav = page.getByRole('navigation', { name: 'Organiser' });
    expect(await nav.getByRole('link', { name: 'Cycles' }).getAttribute('aria-current')).toBe('page');
    expect(await nav.getByRole('link', { name: 'Key figures' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Public announcement' }).isVisible()).toBe(true);
    const form = page.getByRole('form', { name: 'Time of the announcement' });
    expect(await form.getByLabel('Date').isVisible()).toBe(true);
    expect(await form.getByRole('button', { name: /^(Set the time of|Move) the announcement$/ }).isVisible()).toBe(true);
    const nominate = page.locator('section[aria-labelledby="nominera"]');
    expect(await nominate.getByRole('heading', { name: 'Nominate from the screening' }).isVisible()).toBe(true);
    expect(await nominate.getByText(/^Run of /).textContent()).toMatch(ENGLISH_DATE_TIME);
    // The nominate form itself (components/screening/nominate-form.tsx) is English too, when the run leaves anyone to nominate.
    if ((await nominate.locator('form').count()) > 0) {
      expect(await nominate.getByRole('button', { name: /^Nominate \d+ municipalit(y|ies)$/ }).isVisible()).toBe(true);
      expect(await nominate.locator('form').textContent()).not.toMatch(/Nominera|Föreslagen|Stabilitet|Skäl för|Varför avviker/);
    }
    await expectNoAxeViolations(page);
  });
});
