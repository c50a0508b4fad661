import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type axe from 'axe-core';
import { chromium, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
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
export async function launchBrowser(baseURL: string): Promise<{ newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>; close: () => Promise<void> }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: FLAGS });
  return {
    newContext: (options) => browser.newContext({ baseURL, locale: 'sv-SE', timezoneId: 'Europe/Stockholm', ...options }),
    close: () => browser.close(),
  };
}

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core's minified build (650 KB; `axe.source` is the 1.5 MB unminified one, slower to send and parse in every document). */
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's WCAG 2.1 A/AA violations on the page, one line each (rule: help (targets));
 * with `rules`, only those rules (e.g. ['color-contrast']).
 *
 * axe is put into each frame of the document once and then run there with `axe.run`, so
 * checking one page several times (wide, narrow, dark) costs one injection. This is what
 * @axe-core/playwright's legacy mode does, without its per-call cost: that package injects
 * the axe script on every call and, in its default mode, opens a blank tab to merge the
 * results — 4–7 s per call against about 1 s here, on the 2-core CI machine.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  // After a server action refreshes the page, Next streams the new metadata in after the new
  // content: for a moment the document has no <title>. The check is of the settled page, so it
  // waits up to 5 s for a title; a page that never gets one still fails on axe's document-title.
  await page.waitForFunction(() => document.title !== '', undefined, { timeout: 5_000 }).catch(() => undefined);
  for (const frame of page.frames()) {
    if (await frame.evaluate(() => 'axe' in window)) continue;
    // Every frame answers the top one, whatever its origin (a srcdoc frame's is opaque): the
    // tests only ever load the app, and a frame axe cannot reach would go unchecked.
    await frame.evaluate(`${AXE_SOURCE};\naxe.configure({ allowedOrigins: ['<unsafe_all_origins>'] });`);
  }
  const runOnly = rules ? { type: 'rule' as const, values: rules } : { type: 'tag' as const, values: WCAG_21_AA };
  const result = await page.evaluate(
    (options) => (window as unknown as { axe: typeof axe }).axe.run(document, options),
    { runOnly, resultTypes: ['violations'] as axe.resultGroups[] },
  );
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
