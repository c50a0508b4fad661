/**
 * The forms' own validation messages (lib/validation, from messages/{sv,en}/validation.json)
 * follow the page's language: a juror with the kk-locale cookie set to `en` who makes mistakes
 * in the change-password form reads them in English, on a page that says <html lang="en">,
 * and axe finds nothing with the errors shown; without the cookie they stay Swedish, word for
 * word. Nothing is saved (the browser's check refuses before the server is asked).
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations, openBrowser, signIn } from './browser';

const e2e = inject('e2e');

describe.skipIf(e2e.skip !== null)('validation messages in the page’s language', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let email: string;

  beforeAll(async () => {
    ({ context, close } = await openBrowser(e2e.baseURL));
    const db = new Database(e2e.databasePath, { readonly: true });
    // A demo juror the other journeys do not sign in as (they take the first ones).
    email = (
      db
        .prepare(
          `select email from users where role = 'juror' and is_demo = 1 and active = 1
             and email not in ('jury1@example.org', 'jury3@example.org', 'jury6@example.org') order by id desc limit 1`,
        )
        .get() as { email: string }
    ).email;
    db.close();
  });

  afterAll(async () => {
    await close?.();
  });

  const lang = (page: Page) => page.evaluate(() => document.documentElement.lang);
  const summary = (page: Page, title: string) => page.getByRole('alert', { name: title }).textContent();

  async function mistakes(page: Page, labels: { current: string; password: string; confirm: string; submit: string }) {
    await page.getByLabel(labels.current, { exact: true }).fill('');
    await page.getByLabel(labels.password, { exact: true }).fill('kort');
    await page.getByLabel(labels.confirm, { exact: true }).fill('annat');
    await page.getByRole('button', { name: labels.submit }).click();
  }

  it('shows the change-password form’s errors in English for an English reader, and in Swedish otherwise', async () => {
    await context.clearCookies();
    const page = await context.newPage();
    await signIn(page, email);

    await page.goto('/konto');
    expect(await lang(page)).toBe('sv');
    await mistakes(page, { current: 'Nuvarande lösenord', password: 'Nytt lösenord', confirm: 'Upprepa det nya lösenordet', submit: 'Byt lösenord' });
    await expect.poll(() => summary(page, 'Något behöver rättas')).toContain('Fyll i ditt nuvarande lösenord.');
    expect(await summary(page, 'Något behöver rättas')).toContain('Välj ett lösenord med minst 12 tecken.');

    await context.addCookies([{ name: 'kk-locale', value: 'en', url: e2e.baseURL }]);
    await page.goto('/konto');
    expect(await lang(page)).toBe('en');
    await mistakes(page, { current: 'Current password', password: 'New password', confirm: 'Repeat the new password', submit: 'Change password' });
    await expect.poll(() => summary(page, 'Something needs correcting')).toContain('Fill in your current password.');
    const english = await summary(page, 'Something needs correcting');
    expect(english).toContain('Choose a password of at least 12 characters.');
    expect(english).not.toMatch(/lösenord/i);
    // The same message next to the field, which points at it.
    expect(await page.getByText('Choose a password of at least 12 characters.').count()).toBeGreaterThanOrEqual(2);

    await page.getByLabel('Current password', { exact: true }).fill('kvalitet2027');
    await page.getByLabel('New password', { exact: true }).fill('password1234');
    await page.getByLabel('Repeat the new password', { exact: true }).fill('password12345');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect.poll(() => summary(page, 'Something needs correcting')).toContain('This is one of the most common passwords and easy to guess.');
    expect(await summary(page, 'Something needs correcting')).toContain('The passwords do not match. Type the same password twice.');
    await expectNoAxeViolations(page);
    await context.clearCookies();
  });
});
