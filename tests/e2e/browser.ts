import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A fresh Chromium with its own empty profile (a new --user-data-dir). */
export async function openBrowser(baseURL: string): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: FLAGS,
    baseURL,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * One Chromium (no profile on disk) that hands out any number of separate contexts, each
 * with its own cookie jar: for tests that visit pages as different users at the same time.
 */
export async function launchBrowser(baseURL: string): Promise<{ newContext: () => Promise<BrowserContext>; close: () => Promise<void> }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: FLAGS });
  return {
    newContext: () => browser.newContext({ baseURL, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' }),
    close: () => browser.close(),
  };
}

/**
 * axe-core's WCAG 2.1 A/AA violations on the page, one line each (rule: help (targets));
 * with `rules`, only those rules (e.g. ['color-contrast']).
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const result = await (rules ? builder.withRules(rules) : builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Runs axe-core with the WCAG 2.1 A/AA rules and fails on any violation, naming each. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page), `axe violations on ${page.url()}`).toEqual([]);
}

/** Signs in through the real form and waits until the user has left the sign-in page. */
export async function signIn(page: Page, email: string, password = 'kvalitet2027'): Promise<void> {
  await page.goto('/logga-in');
  await page.getByLabel('E-post').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  // The form goes to / (or the callback), which redirects to the role's home page.
  await page.waitForURL((url) => !url.pathname.startsWith('/logga-in') && url.pathname !== '/');
}
