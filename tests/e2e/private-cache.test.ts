/**
 * The cache of signed-in pages (lib/cache/private-page-cache.ts) against the production
 * server: the juror's assignments and the organiser's shortlist and score matrix. A cached
 * answer is only ever the page its own user would get now: a second load is a hit with the
 * same page and a fresh nonce; any write to the database (here: the juror's name, as the
 * organiser's person page would change it) gives the new page at once; another user never
 * gets it; a revoked session gets the sign-in redirect, not the cached page; a juror asking
 * for the organiser's shortlist gets 403 every time. The cached page hydrates in Chromium
 * without a CSP violation.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signInOverHttp } from '../helpers/http-sign-in';
import { openBrowser } from './browser';
import { expectOwnNonce, nonceOf, recordCspViolations } from './csp';

const e2e = inject('e2e');
const PASSWORD = 'kvalitet2027';
// Jurors no other journey renames (all e2e files share one database).
const JUROR = 'jury6@example.org';
const OTHER_JUROR = 'jury7@example.org';

type Answer = { status: number; cache: string | null; html: string; nonce: string | undefined; location: string | null };


async function load(path: string, cookie: string, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${e2e.baseURL}${path}`, { headers: { accept: 'text/html,application/xhtml+xml', cookie, ...headers }, redirect: 'manual' });
  return {
    status: res.status,
    cache: res.headers.get('x-kk-cache'),
    html: await res.text(),
    nonce: nonceOf(res.headers.get('content-security-policy') ?? ''),
    location: res.headers.get('location'),
  };
}

describe.skipIf(e2e.skip !== null)('the cache of signed-in pages', () => {
  let db: Database.Database;
  let jurorId: number;
  let originalName: string;
  let cycleId: number;
  let juror: string;
  let other: string;
  let organiser: string;

  beforeAll(async () => {
    db = new Database(e2e.databasePath);
    ({ id: jurorId, name: originalName } = db.prepare('select id, name from users where email = ?').get(JUROR) as { id: number; name: string });
    ({ id: cycleId } = db.prepare("select id from cycles where is_demo = 1 and mode = 'open_application' order by id limit 1").get() as { id: number });
    juror = await signInOverHttp(e2e.baseURL, JUROR, PASSWORD);
    other = await signInOverHttp(e2e.baseURL, OTHER_JUROR, PASSWORD);
    organiser = await signInOverHttp(e2e.baseURL, 'arrangor@example.org', PASSWORD);
  });
  afterAll(() => {
    if (db && jurorId) db.prepare('update users set name = ? where id = ?').run(originalName, jurorId);
    db?.close();
  });

  it('answers a second load of /jury from the cache, with a fresh nonce, and the page changes with any write', async () => {
    const first = await load('/jury', juror);
    expect(first.status).toBe(200);
    expect(first.html).toContain(originalName);
    const second = await load('/jury', juror);
    expect(second.cache).toBe('hit');
    expect(second.status).toBe(200);
    expectOwnNonce(first);
    expectOwnNonce(second);
    expect(second.nonce).not.toBe(first.nonce);
    expect(second.html.split(second.nonce!).join('')).toBe(first.html.split(first.nonce!).join(''));

    db.prepare('update users set name = ? where id = ?').run('Cachad Jurymedlem', jurorId);
    const changed = await load('/jury', juror);
    expect(changed.cache).toBe('miss');
    expect(changed.html).toContain('Cachad Jurymedlem');
    expect(changed.html).not.toContain(originalName);
    expect((await load('/jury', juror)).cache).toBe('hit');
    db.prepare('update users set name = ? where id = ?').run(originalName, jurorId);
    expect((await load('/jury', juror)).html).toContain(originalName);
  });

  it('never gives one user’s page to another, and keeps the query in the key', async () => {
    await load('/jury', juror);
    expect((await load('/jury', juror)).cache).toBe('hit');
    const theirs = await load('/jury', other);
    expect(theirs.status).toBe(200);
    expect(theirs.cache).toBe('miss');
    expect(theirs.html).not.toContain(originalName);
    const filtered = await load('/jury?jav=anmalt', juror);
    expect(filtered.cache).toBe('miss');
    expect(filtered.html).toContain('role="status"');
  });

  it('a revoked session gets the sign-in redirect, never the cached page', async () => {
    const own = await signInOverHttp(e2e.baseURL, JUROR, PASSWORD);
    await load('/jury', own);
    expect((await load('/jury', own)).cache).toBe('hit');
    db.prepare('update sessions set revoked_at = ? where user_id = ? and revoked_at is null').run(new Date().toISOString(), jurorId);
    const after = await load('/jury', own);
    expect(after.status).toBeGreaterThanOrEqual(300);
    expect(after.status).toBeLessThan(400);
    expect(after.location).toContain('/logga-in');
    expect(after.html).not.toContain(originalName);
    juror = await signInOverHttp(e2e.baseURL, JUROR, PASSWORD);
  });

  it('the organiser’s shortlist and score matrix are cached for the organiser only; a juror gets 403 every time', async () => {
    for (const page of ['topplista', 'framsteg']) {
      const path = `/arrangor/omgang/${cycleId}/${page}`;
      expect((await load(path, organiser)).status).toBe(200);
      const again = await load(path, organiser);
      expect(again.status, path).toBe(200);
      expect(again.cache, path).toBe('hit');
      for (let i = 0; i < 2; i++) {
        const refused = await load(path, juror);
        expect(refused.status, path).toBe(403);
        expect(refused.cache, path).toBe('miss');
      }
    }
  });

  it('client navigations and other pages reach the page itself', async () => {
    expect((await load('/jury', juror, { rsc: '1', accept: '*/*' })).cache).toBeNull();
    expect((await load('/jury/mina-poang', juror)).cache).toBeNull();
  });

  it('the cached page hydrates in Chromium without a CSP violation', async () => {
    const browser = await openBrowser(e2e.baseURL);
    try {
      const { context } = browser;
      const { violations, watch } = await recordCspViolations(context);
      const cookies = juror.split('; ').map((pair) => {
        const i = pair.indexOf('=');
        return { name: pair.slice(0, i), value: pair.slice(i + 1), url: e2e.baseURL };
      });
      await context.addCookies(cookies);
      const page = await context.newPage();
      watch(page);
      await page.goto('/jury');
      const res = await page.goto('/jury');
      expect(res?.headers()['x-kk-cache']).toBe('hit');
      await page.waitForLoadState('networkidle');
      // Hydrated: a link navigates on the client (the page is not reloaded, so the marker stays).
      await page.evaluate(() => ((window as unknown as { __kkMarker: number }).__kkMarker = 1));
      await page.getByRole('link', { name: /Mina poäng|My scores/ }).first().click();
      await expect.poll(() => page.evaluate(() => location.pathname)).toBe('/jury/mina-poang');
      expect(await page.evaluate(() => (window as unknown as { __kkMarker?: number }).__kkMarker)).toBe(1);
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
