/**
 * The look and the shared components in the browser: light/dark (the system's
 * setting, and the header toggle remembered in a cookie), axe clean in both on
 * the pages this branch touched, and the dialog's focus trap and focus return.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations, openBrowser, signIn } from './browser';

const e2e = inject('e2e');

/** The page background's relative luminance (0 black … 1 white). */
async function backgroundLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = getComputedStyle(document.body).backgroundColor;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b] = [...ctx.getImageData(0, 0, 1, 1).data].map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  });
}

describe.skipIf(e2e.skip !== null)('light and dark mode, and the dialog', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ context, close } = await openBrowser(e2e.baseURL));
  });

  afterAll(async () => {
    await close?.();
  });

  it('follows the system setting, and the toggle overrides it and is remembered', async () => {
    await context.clearCookies();
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/integritet');
    expect(await backgroundLuminance(page)).toBeGreaterThan(0.8);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => backgroundLuminance(page)).toBeLessThan(0.05);
    expect(await page.getByRole('button', { name: 'Ljust läge' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Mörkt läge' }).count()).toBe(0);

    // On a light system, choose dark: the cookie keeps it across a reload and another page.
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('button', { name: 'Mörkt läge' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await backgroundLuminance(page)).toBeLessThan(0.05);
    await page.goto('/tillganglighet');
    expect(await backgroundLuminance(page)).toBeLessThan(0.05);
    const cookie = (await context.cookies()).find((c) => c.name === 'kk-theme');
    expect(cookie).toMatchObject({ value: 'dark', httpOnly: true, sameSite: 'Lax' });

    // And back to light, even on a dark system.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('button', { name: 'Ljust läge' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await backgroundLuminance(page)).toBeGreaterThan(0.8);
    await page.close();
  });

  it('has no axe violations in light or dark mode on the pages of this branch', async () => {
    const visited: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      await context.clearCookies();
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme: theme });
      for (const path of ['/logga-in', '/integritet', '/tillganglighet', '/finns-inte']) {
        await page.goto(path);
        await expectNoAxeViolations(page);
        visited.push(`${theme} ${path}`);
      }
      // The sign-in form's error summary, too.
      await page.goto('/logga-in');
      await page.getByRole('button', { name: 'Logga in' }).click();
      await expect.poll(() => page.getByRole('alert', { name: 'Något behöver rättas' }).isVisible()).toBe(true);
      await expectNoAxeViolations(page);
      await signIn(page, 'arrangor@example.org');
      for (const path of ['/arrangor', '/jury']) {
        await page.goto(path);
        await expectNoAxeViolations(page);
        visited.push(`${theme} ${path}`);
      }
      await context.clearCookies();
      await signIn(page, 'jury1@example.org');
      for (const path of ['/jury/mina-poang', '/jury/profil']) {
        await page.goto(path);
        await expectNoAxeViolations(page);
        visited.push(`${theme} ${path}`);
      }
      await page.close();
    }
    expect(visited).toHaveLength(16);
  });

  it('keeps focus inside the dialog, closes on Escape and gives focus back to its button', async () => {
    await context.clearCookies();
    const page = await context.newPage();
    await signIn(page, 'jury1@example.org');
    await page.goto('/jury/mina-poang');
    // The dialog is a client component: wait until the page is hydrated before using the keyboard.
    await page.waitForLoadState('networkidle');
    const opener = page.getByRole('button', { name: 'Så räknas din tendens' });
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Så räknas din tendens' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const focusedInDialog = () => page.evaluate(() => !!document.activeElement?.closest('dialog'));
    expect(await focusedInDialog()).toBe(true);
    for (const key of ['Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
      await page.keyboard.press(key);
      expect(await focusedInDialog(), `after ${key}`).toBe(true);
    }
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Så räknas din tendens');

    // The close button works the same way.
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Stäng' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Så räknas din tendens');
    await page.close();
  });
});
