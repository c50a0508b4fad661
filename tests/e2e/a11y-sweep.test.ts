/**
 * Accessibility over every page of every role: each page of the authorization matrix's
 * route table (tests/e2e/access/table.ts, so a new page cannot be forgotten) is opened in
 * Chromium as a user who may see it, and axe-core (WCAG 2.1 A/AA) must find nothing —
 * at 1280 px, and at 320 px width (the reflow of WCAG 1.4.10, as 400 % zoom of a 1280 px
 * window; 200 % zoom is the milder 640 px), where the page must not scroll sideways —
 * and in dark mode (the system setting) at 320 px, where colour contrast must hold.
 * Only route handlers (route.ts: files, JSON, redirects) are left out.
 *
 * The pages are visited TABS at a time, each tab in a browser context of its own (its own
 * cookie jar) of one Chromium; the visits that change data for their own time (a `setup`)
 * run one by one after the others, so no page is looked at while another visit's data is in.
 * The sweep seeds what its pages need to show rows (a pending registration) itself, so its
 * result does not depend on which other e2e files ran before it.
 */
import Database from 'better-sqlite3';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { matrixCookies, matrixIds, routeKinds, TABLE } from './access/table';
import { WHO, type Ids, type Who } from './access/types';
import { openDatabase } from '@/db/client';
import { registerSelf } from '@/lib/registration/registrations';
import { axeViolations, launchBrowser } from './browser';

const e2e = inject('e2e');

/** A key-figure cycle of the sweep's own whose nominees are public (no other e2e file uses this year). */
const NOMINEES_YEAR = 2097;

/** Makes the public nominees page of NOMINEES_YEAR exist (one nominee that has accepted, announced an hour ago); returns the undo. */
function publicNomineesFixture(databasePath: string): () => void {
  const db = new Database(databasePath);
  const now = new Date().toISOString();
  const cycleId = Number(
    db
      .prepare("insert into cycles (year, name, mode, phase, nominees_announce_at, created_at) values (?, ?, 'key_figures', 'screening', ?, ?)")
      .run(NOMINEES_YEAR, `Tillgänglighetssvepet ${NOMINEES_YEAR}`, new Date(Date.now() - 3600_000).toISOString(), now).lastInsertRowid,
  );
  const { kommunkod } = db.prepare('select kommunkod from municipalities where kommunkod not in (select kommunkod from users where kommunkod is not null) order by kommunkod limit 1').get() as { kommunkod: string };
  db.prepare("insert into nominations (cycle_id, kommunkod, status, nomination_reason, responded_at, updated_at, created_at) values (?, ?, 'draft', 'Plats 1 i screeningen.', ?, ?, ?)").run(cycleId, kommunkod, now, now, now);
  return () => {
    db.prepare('delete from nominations where cycle_id = ?').run(cycleId);
    db.prepare('delete from cycles where id = ?').run(cycleId);
    db.close();
  };
}

/** For the time of one visit, the juror's nomination is a finalist (the interview notes page exists only for finalists); returns the undo. */
function finalistFixture(databasePath: string, nominationId: number): () => void {
  const db = new Database(databasePath);
  const { finalist } = db.prepare('select finalist from nominations where id = ?').get(nominationId) as { finalist: number };
  db.prepare('update nominations set finalist = 1 where id = ?').run(nominationId);
  return () => {
    db.prepare('update nominations set finalist = ? where id = ?').run(finalist, nominationId);
    db.close();
  };
}

/**
 * A cycle of the sweep's own that takes self-registrations: an old year no other e2e file uses,
 * so no page that shows the newest cycle switches to this empty one.
 */
const REGISTRATION_YEAR = 2001;

/**
 * A pending self-registration, made through the app's own domain function (the one the form's
 * action calls) in an open cycle of the sweep's own, so the organiser's registration queue has
 * a row to show whatever ran before; returns the undo (the cycle and its registration go, the
 * audit entry stays as the log is append-only).
 */
function pendingRegistrationFixture(databasePath: string): () => void {
  const db = openDatabase(databasePath);
  const sqlite = db.$client;
  const now = new Date().toISOString();
  const cycleId = Number(
    sqlite
      .prepare("insert into cycles (year, name, mode, phase, created_at) values (?, ?, 'open_application', 'applications_open', ?)")
      .run(REGISTRATION_YEAR, `Tillgänglighetssvepets anmälningar ${REGISTRATION_YEAR}`, now).lastInsertRowid,
  );
  sqlite
    .prepare("insert into cycle_phase_dates (cycle_id, phase, starts_at, ends_at) values (?, 'applications_open', '2020-01-01T00:00:00.000Z', '2099-12-31T22:59:00.000Z')")
    .run(cycleId);
  const { kommunkod } = sqlite
    .prepare('select kommunkod from municipalities where kommunkod not in (select kommunkod from users where kommunkod is not null) order by kommunkod desc limit 1')
    .get() as { kommunkod: string };
  registerSelf(db, { cycleId, kommunkod, name: 'Signe Svepare-Tillgänglighetsson', title: 'Kvalitets- och tillgänglighetsstrateg', email: 'signe.svepare@example.org' }, new Date());
  return () => {
    sqlite.prepare('delete from cycle_phase_dates where cycle_id = ?').run(cycleId);
    sqlite.prepare('delete from cycles where id = ?').run(cycleId);
    sqlite.close();
  };
}

type Visit = { route: string; who: Who; path: (ids: Ids) => string; setup?: (ids: Ids) => () => void };

/**
 * Pages that no user of the matrix opens with 200 there (the matrix asks about years without
 * a public result or list, the demo has no finalists, and `/` only redirects), with where the sweep opens them instead.
 */
const ELSEWHERE: Record<string, Omit<Visit, 'route'>> = {
  // An archive year: public to everyone.
  '/resultat/[year]': { who: 'anon', path: () => '/resultat/2025' },
  '/nominerade/[year]': { who: 'anon', path: () => `/nominerade/${NOMINEES_YEAR}`, setup: () => publicNomineesFixture(e2e.databasePath) },
  '/jury/nominering/[id]/intervju': {
    who: 'juror',
    path: (ids) => `/jury/nominering/${ids.nomination.juror}/intervju`,
    setup: (ids) => finalistFixture(e2e.databasePath, ids.nomination.juror),
  },
  // Redirects to the user's home page.
  '/': { who: 'organiser', path: () => '/' },
};

/** Every page of the route table, each with the first kind of user the table lets in; and the routes left out. */
function pagesToVisit(): { visits: Visit[]; left: string[] } {
  const kinds = routeKinds();
  const visits: Visit[] = [];
  const left: string[] = [];
  for (const [route, row] of Object.entries(TABLE)) {
    const who = WHO.find((w) => row.expect[w] === 200);
    if (route in ELSEWHERE) visits.push({ route, ...ELSEWHERE[route] });
    else if (kinds[route] === 'page' && who) visits.push({ route, who, path: (ids) => row.path(ids, who) });
    else left.push(route);
  }
  return { visits, left };
}

/** How many pages are open at once, each in its own browser context (A11Y_TABS; 1 by default: on the 2-core machine two at a time took 413 s and one at a time 398 s, as axe in the browser already fills the cores). */
const TABS = Math.max(1, Number(process.env.A11Y_TABS ?? 1));

describe.skipIf(e2e.skip !== null)('accessibility on every page a user may open', () => {
  let ids: Ids;
  let closeDb: (() => void) | undefined;
  let undoRegistration: (() => void) | undefined;
  let cookies: Record<Who, string>;
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  /** Contexts not in use by a visit, and the visits waiting for one. */
  const idle: BrowserContext[] = [];
  const waiting: ((context: BrowserContext) => void)[] = [];
  const started = Date.now();

  beforeAll(async () => {
    ({ ids, close: closeDb } = matrixIds(e2e.databasePath));
    undoRegistration = pendingRegistrationFixture(e2e.databasePath);
    cookies = await matrixCookies(e2e.baseURL);
    browser = await launchBrowser(e2e.baseURL);
    for (let i = 0; i < TABS; i++) idle.push(await browser.newContext());
  });
  afterAll(async () => {
    closeDb?.();
    undoRegistration?.();
    await browser?.close();
  });

  async function withContext<T>(fn: (context: BrowserContext) => Promise<T>): Promise<T> {
    const context = idle.pop() ?? (await new Promise<BrowserContext>((resolve) => waiting.push(resolve)));
    try {
      return await fn(context);
    } finally {
      const next = waiting.shift();
      if (next) next(context);
      else idle.push(context);
    }
  }

  /** Opens the path in a new tab of the context, signed in as `who` (the context's cookies are that user's alone). */
  async function visit(context: BrowserContext, who: Who, path: string): Promise<{ page: Page; status: number | undefined }> {
    await context.clearCookies();
    const jar = cookies[who];
    if (jar) {
      await context.addCookies(
        jar.split('; ').map((pair) => {
          const i = pair.indexOf('=');
          return { name: pair.slice(0, i), value: pair.slice(i + 1), url: e2e.baseURL };
        }),
      );
    }
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const res = await page.goto(path);
    return { page, status: res?.status() };
  }

  const { visits, left } = pagesToVisit();
  const visited: string[] = [];
  /** Seconds per visit (load, wide axe, narrow axe, dark axe), so the slowest pages can be named. */
  const timings: { path: string; load: number; wide: number; narrow: number; dark: number }[] = [];
  afterAll(() => {
    const slowest = [...timings].sort((a, b) => b.load + b.wide + b.narrow + b.dark - (a.load + a.wide + a.narrow + a.dark)).slice(0, 8);
    console.log(`Slowest pages (s: load / axe 1280 px / axe 320 px / axe dark):\n${slowest.map((t) => `  ${t.path}: ${[t.load, t.wide, t.narrow, t.dark].map((x) => x.toFixed(1)).join(' / ')}`).join('\n')}`);
  });
  afterAll(() =>
    console.log(
      `Accessibility sweep: ${visited.length} of ${visits.length} pages (of ${Object.keys(TABLE).length} routes; the other ${left.length} are route handlers), each at 1280 and 320 px and dark at 320 px, ${TABS} at a time, in ${Math.round((Date.now() - started) / 1000)} s.`,
    ),
  );

  it('covers the pages of every role, and leaves out only route handlers', () => {
    expect(visits.length).toBeGreaterThan(40);
    expect(new Set(visits.map((p) => p.who))).toEqual(new Set(['anon', 'organiser', 'juror', 'municipality']));
    const kinds = routeKinds();
    expect(left.filter((route) => kinds[route] !== 'route'), 'pages the sweep leaves out').toEqual([]);
    expect(visits.filter((v) => kinds[v.route] !== 'page').map((v) => v.route), 'visits that are not pages').toEqual([]);
  });

  it('the check itself finds what it must: an unlabelled field, too little contrast, and the same in a frame', async () => {
    await withContext(async (context) => {
      const page = await context.newPage();
      try {
        await page.setContent(
          '<html lang="sv"><head><title>Prov</title></head><body><main><h1>Prov</h1><input type="text"><p style="color:#bbb;background:#fff">Blek text</p>' +
            '<iframe title="Ram" srcdoc="<html lang=sv><head><title>Ram</title></head><body><main><input type=checkbox></main></body></html>"></iframe></main></body></html>',
        );
        await expect.poll(() => page.frames().length).toBe(2);
        const found = await axeViolations(page);
        expect(found.map((v) => v.split(':')[0]).sort()).toEqual(['color-contrast', 'label']);
        expect(found.find((v) => v.startsWith('label:')), 'the field in the frame is named too').toMatch(/iframe.*input|input.*iframe/);
        expect(await axeViolations(page, ['color-contrast'])).toHaveLength(1);
      } finally {
        await page.close();
      }
    });
  });

  it('has a pending registration of its own in the organiser\'s registration queue', async () => {
    await withContext(async (context) => {
      const { page, status } = await visit(context, 'organiser', '/arrangor/registreringar');
      try {
        expect(status).toBe(200);
        const row = page.locator('tr', { hasText: 'signe.svepare@example.org' });
        expect(await row.getByRole('button', { name: /^Godkänn/ }).count()).toBe(1);
      } finally {
        await page.close();
      }
    });
  });

  async function sweep(check: typeof expect, { route, who, path: pathOf, setup }: Visit) {
    const path = pathOf(ids);
    const undo = setup?.(ids);
    try {
      await withContext(async (context) => {
        let t = Date.now();
        /** Seconds since the last lap. */
        const lap = () => {
          const seconds = (Date.now() - t) / 1000;
          t = Date.now();
          return seconds;
        };
        const { page, status } = await visit(context, who, path);
        const load = lap();
        try {
          check(status, `${path} as ${who}`).toBe(200);
          const wide = await axeViolations(page);
          const wideS = lap();
          await page.setViewportSize({ width: 320, height: 720 });
          const narrow = await axeViolations(page);
          const narrowS = lap();
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          // Dark mode as the system setting (no kk-theme cookie): the palette turns over; contrast must still hold.
          await page.emulateMedia({ colorScheme: 'dark' });
          const scheme = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
          const dark = await axeViolations(page, ['color-contrast']);
          timings.push({ path, load, wide: wideS, narrow: narrowS, dark: lap() });
          check({ wide, narrow, overflow: overflow > 1 ? overflow : 0, scheme, dark }, `${path} (${route})`).toEqual({ wide: [], narrow: [], overflow: 0, scheme: 'dark', dark: [] });
          visited.push(path);
        } finally {
          await page.close();
        }
      });
    } finally {
      undo?.();
    }
  }

  const title = (v: Visit) => `${v.route} (as ${v.who}): axe finds nothing at 1280 and 320 px nor in dark mode, and it does not scroll sideways at 320 px`;
  // The visits that change nothing run TABS at a time (vitest runs consecutive concurrent tests together;
  // a started test may first wait for a free context, hence the longer time allowed) …
  for (const v of visits.filter((v) => !v.setup)) it.concurrent(title(v), ({ expect: check }) => sweep(check, v), 300_000);
  // … then those with data of their own, one by one, so no other page sees their data.
  for (const v of visits.filter((v) => v.setup)) it(title(v), ({ expect: check }) => sweep(check, v));
});
