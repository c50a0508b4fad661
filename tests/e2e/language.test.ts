/**
 * Swedish by default, English on request: the switch in the header sets the
 * kk-locale cookie (and, signed in, users.locale), the whole chrome and the
 * converted pages follow, <html lang> says which language the page is in, and
 * the choice survives signing in, a reload and a new device (from the account).
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations, openBrowser } from './browser';

const e2e = inject('e2e');
/** A juror no other e2e file signs in as; reset to Swedish afterwards all the same. */
const EMAIL = 'jury6@example.org';

function accountLocale(): string {
  const db = new Database(e2e.databasePath, { readonly: true });
  try {
    return (db.prepare('select locale from users where email = ?').get(EMAIL) as { locale: string }).locale;
  } finally {
    db.close();
  }
}

describe.skipIf(e2e.skip !== null)('choosing the interface language', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ context, close } = await openBrowser(e2e.baseURL));
  });

  afterAll(async () => {
    await close?.();
    const db = new Database(e2e.databasePath);
    db.prepare("update users set locale = 'sv' where email = ?").run(EMAIL);
    db.close();
  });

  const lang = (page: Page) => page.evaluate(() => document.documentElement.lang);

  it('switches the sign-in page to English, remembers it after signing in and on reload, and on the account', async () => {
    await context.clearCookies();
    const page = await context.newPage();
    await page.goto('/logga-in');
    expect(await lang(page)).toBe('sv');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Logga in');
    const toEnglish = page.getByRole('button', { name: 'In English' });
    expect(await toEnglish.getAttribute('lang')).toBe('en');
    await toEnglish.click();
    await expect.poll(() => lang(page)).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sign in');
    expect(await page.getByRole('link', { name: 'Accessibility' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    // The form speaks English too, including its validation messages.
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert', { name: 'Something needs correcting' }).textContent()).toContain('Fill in your e-mail address.');
    await page.getByLabel('E-mail').fill(EMAIL);
    await page.getByLabel('Password').fill('kvalitet2027');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/jury');
    expect(await lang(page)).toBe('en');
    expect(await page.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
    expect(await page.getByText('Juror', { exact: false }).first().isVisible()).toBe(true);

    await page.goto('/jury/mina-poang');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('My scores');
    await page.reload();
    expect(await lang(page)).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('My scores');
    await expectNoAxeViolations(page);
    // Chosen before signing in: the cookie carried it; the account is written on the next switch.
    expect(accountLocale()).toBe('sv');

    await page.getByRole('button', { name: 'På svenska' }).click();
    await expect.poll(() => lang(page)).toBe('sv');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Mina poäng');
    expect(accountLocale()).toBe('sv');
    await page.getByRole('button', { name: 'In English' }).click();
    await expect.poll(() => lang(page)).toBe('en');
    expect(accountLocale()).toBe('en');
    await page.close();
  });

  it('on another device (no cookie) the account brings English back after signing in', async () => {
    await context.clearCookies();
    const page = await context.newPage();
    await page.goto('/logga-in');
    expect(await lang(page)).toBe('sv');
    await page.getByLabel('E-post').fill(EMAIL);
    await page.getByLabel('Lösenord').fill('kvalitet2027');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL((url) => url.pathname === '/jury');
    await page.goto('/jury/profil');
    expect(await lang(page)).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('My profile');
    await page.close();
  });

  it('writes dates and the page chrome of the public pages in the chosen language', async () => {
    await context.clearCookies();
    const page = await context.newPage();
    await page.goto('/tillganglighet');
    expect(await page.getByText('Senaste bedömningen gjordes den 2 december 2026.').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'In English' }).click();
    await expect.poll(() => lang(page)).toBe('en');
    expect(await page.getByText('The latest assessment was made on 2 December 2026.').isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await page.close();
  });
});
