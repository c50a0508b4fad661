/**
 * Before the page's script has run (a slow phone, a script that failed), the sign-in form is a
 * plain HTML form. Submitting it then must not put the password in the address (history, server
 * logs, the next Referer): the form posts (tests/security/form-method.test.ts holds every form to a
 * named method), and the visitor lands on the sign-in page again, not on an error.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Request } from 'playwright-core';
import { launchBrowser } from './browser';

const e2e = inject('e2e');

describe.skipIf(e2e.skip !== null)('forms before the script has run', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launchBrowser(e2e.baseURL);
    context = await browser.newContext({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the sign-in form posts: the password never reaches the address', async () => {
    const page = await context.newPage();
    const password = 'hemligt-Lösen-4711';
    const requests: Request[] = [];
    page.on('request', (r) => {
      if (r.isNavigationRequest()) requests.push(r);
    });
    expect((await page.goto('/logga-in'))?.status()).toBe(200);
    await page.getByLabel('E-post').fill('jury1@example.org');
    await page.getByLabel('Lösenord').fill(password);
    const [res] = await Promise.all([page.waitForNavigation(), page.getByLabel('Lösenord').press('Enter')]);
    const sent = requests.at(-1)!;
    expect(sent.method()).toBe('POST');
    for (const r of requests) expect(decodeURIComponent(r.url())).not.toContain(password);
    expect(decodeURIComponent(page.url())).not.toContain(password);
    expect(res?.status(), 'the sign-in page again, not an error').toBeLessThan(500);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Logga in');
  });
});
