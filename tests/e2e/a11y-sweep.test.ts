/**
 * Accessibility over every page of every role: each page of the authorization matrix's
 * route table (tests/e2e/access/table.ts, so a new page cannot be forgotten) is opened in
 * Chromium as a user who may see it, and axe-core (WCAG 2.1 A/AA) must find nothing —
 * at 1280 px, and at 320 px width (the reflow of WCAG 1.4.10, as 400 % zoom of a 1280 px
 * window; 200 % zoom is the milder 640 px), where the page must not scroll sideways.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { matrixCookies, matrixIds, TABLE } from './access/table';
import { WHO, type Ids, type Who } from './access/types';
import { axeViolations, openBrowser } from './browser';

const e2e = inject('e2e');

/** Pages (not route handlers, not pdf.js's worker), each with the first kind of user the table lets in. */
function pagesToVisit(): { route: string; who: Who }[] {
  const out: { route: string; who: Who }[] = [];
  for (const [route, row] of Object.entries(TABLE)) {
    if (route.startsWith('/api/') || route === '/jury/pdf-worker' || route.endsWith('.xml') || route.endsWith('.txt')) continue;
    const who = WHO.find((w) => row.expect[w] === 200);
    if (who) out.push({ route, who });
  }
  return out;
}

describe.skipIf(e2e.skip !== null)('accessibility on every page a user may open', () => {
  let ids: Ids;
  let closeDb: (() => void) | undefined;
  let cookies: Record<Who, string>;
  let browser: Awaited<ReturnType<typeof openBrowser>> | undefined;

  beforeAll(async () => {
    ({ ids, close: closeDb } = matrixIds(e2e.databasePath));
    cookies = await matrixCookies(e2e.baseURL);
    browser = await openBrowser(e2e.baseURL);
  });
  afterAll(async () => {
    closeDb?.();
    await browser?.close();
  });

  async function visit(page: Page, who: Who, path: string) {
    await browser!.context.clearCookies();
    const jar = cookies[who];
    if (jar) {
      await browser!.context.addCookies(
        jar.split('; ').map((pair) => {
          const i = pair.indexOf('=');
          return { name: pair.slice(0, i), value: pair.slice(i + 1), url: e2e.baseURL };
        }),
      );
    }
    const res = await page.goto(path);
    expect(res?.status(), `${path} as ${who}`).toBe(200);
  }

  const pages = pagesToVisit();
  const visited: string[] = [];
  afterAll(() => console.log(`Accessibility sweep: ${visited.length} of ${pages.length} pages (of ${Object.keys(TABLE).length} routes), each at 1280 and 320 px.`));

  it('covers the pages of every role', () => {
    expect(pages.length).toBeGreaterThan(40);
    expect(new Set(pages.map((p) => p.who))).toEqual(new Set(['anon', 'organiser', 'juror', 'municipality']));
  });

  for (const { route, who } of pages) {
    it(`${route} (as ${who}): axe finds nothing at 1280 and 320 px, and it does not scroll sideways at 320 px`, async () => {
      const path = TABLE[route].path(ids, who);
      const page = await browser!.context.newPage();
      try {
        await page.setViewportSize({ width: 1280, height: 900 });
        await visit(page, who, path);
        const wide = await axeViolations(page);
        await page.setViewportSize({ width: 320, height: 720 });
        const narrow = await axeViolations(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect({ wide, narrow, overflow: overflow > 1 ? overflow : 0 }, path).toEqual({ wide: [], narrow: [], overflow: 0 });
        visited.push(path);
      } finally {
        await page.close();
      }
    });
  }
});
