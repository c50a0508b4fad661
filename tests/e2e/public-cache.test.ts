/**
 * The cache of the public result page (lib/public/page-cache.ts) against the production
 * server: a cycle of this test's own is published, its embargo moved back and forth and
 * retracted directly in the database (as an organiser's actions would leave it). At no
 * point does an anonymous visitor get anything of the result while it is not public,
 * cached or not; the cached page changes with the publication; a cached answer carries
 * a fresh nonce that matches its CSP, and the page hydrates in Chromium without a CSP
 * violation. Signed-in visitors and client navigations reach the page itself.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { signInOverHttp } from '../helpers/http-sign-in';
import { openBrowser } from './browser';
import { expectOwnNonce, nonceOf, recordCspViolations } from './csp';

const e2e = inject('e2e');
const YEAR = 2081;
// Kiruna, not a winner any other journey looks for (all e2e files share one database).
const WINNER = 'Kiruna';
const FIRST = 'Kiruna leder med en tydlig styrmodell som följs upp varje kvartal.';
const SECOND = 'Kiruna visar hur en kommun i omställning bygger förtroende genom öppenhet.';

type Answer = { status: number; cache: string | null; html: string; nonce: string | undefined; csp: string };


async function anonymous(path = `/resultat/${YEAR}`, headers: Record<string, string> = {}): Promise<Answer> {
  // A browser's page load asks for HTML; Next's router fetches (RSC) do not and reach the page.
  const res = await fetch(`${e2e.baseURL}${path}`, { headers: { accept: 'text/html,application/xhtml+xml', ...headers }, redirect: 'manual' });
  const csp = res.headers.get('content-security-policy') ?? '';
  return { status: res.status, cache: res.headers.get('x-kk-cache'), html: await res.text(), nonce: nonceOf(csp), csp };
}

describe.skipIf(e2e.skip !== null)('the cache of the public result page', () => {
  let db: Database.Database;
  let cycleId: number;
  let winnerId: number;
  const setPublication = (phase: string, embargoAt: string | null) => db.prepare('update cycles set phase = ?, embargo_at = ? where id = ?').run(phase, embargoAt, cycleId);
  const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();

  beforeAll(() => {
    db = new Database(e2e.databasePath);
    const at = new Date().toISOString();
    cycleId = Number(
      db.prepare("insert into cycles (year, name, mode, phase, settings, created_at) values (?, ?, 'open_application', 'decided', '{}', ?)").run(YEAR, `Cachetest ${YEAR}`, at).lastInsertRowid,
    );
    const nom = (kommunkod: string) =>
      Number(db.prepare("insert into nominations (cycle_id, kommunkod, status, answers, finalist, updated_at, created_at) values (?, ?, 'submitted', '{}', 1, ?, ?)").run(cycleId, kommunkod, at, at).lastInsertRowid);
    winnerId = nom('2584');
    nom('2580');
    db.prepare('insert into decisions (cycle_id, winner_nomination_id, rationale, ranking_snapshot, decided_at) values (?, ?, ?, ?, ?)').run(cycleId, winnerId, 'Internt.', '{}', at);
    db.prepare("insert into motivation_versions (nomination_id, version, text, evidence, created_at, approved_at) values (?, 1, ?, '[]', ?, ?)").run(winnerId, FIRST, at, at);
  });
  // Leaves no public result behind for the other journeys (the archive page lists every public year).
  afterAll(() => {
    if (db && cycleId) setPublication('decided', null);
    db?.close();
  });

  it('never serves an embargoed result: before the embargo, after moving it back, after retracting', async () => {
    setPublication('published', inSeconds(3600));
    for (let i = 0; i < 2; i++) {
      const before = await anonymous();
      expect(before.status).toBe(404);
      expect(before.html).not.toContain(WINNER);
      expect(before.cache).toBe('bypass');
    }

    setPublication('published', inSeconds(-5));
    const first = await anonymous();
    expect(first.status).toBe(200);
    expect(first.html).toContain(FIRST);
    expect(first.cache).toBe('miss');
    const second = await anonymous();
    expect(second.cache).toBe('hit');
    expect(second.html).toContain(FIRST);

    // The embargo moved a day ahead: the cached page must not come back.
    setPublication('published', inSeconds(86_400));
    const moved = await anonymous();
    expect(moved.status).toBe(404);
    expect(moved.html).not.toContain(WINNER);
    expect(moved.cache).toBe('bypass');

    // Public again, then retracted (back to decided).
    setPublication('published', inSeconds(-5));
    expect((await anonymous()).status).toBe(200);
    expect((await anonymous()).cache).toBe('hit');
    setPublication('decided', null);
    const retracted = await anonymous();
    expect(retracted.status).toBe(404);
    expect(retracted.html).not.toContain(WINNER);
    expect(retracted.html).not.toContain(FIRST);
  });

  it('changes with the publication: a new motivation or a new embargo instant is rendered afresh', async () => {
    setPublication('published', '2026-01-01T09:00:00.000Z');
    await anonymous();
    expect((await anonymous()).cache).toBe('hit');

    db.prepare("insert into motivation_versions (nomination_id, version, text, evidence, created_at, approved_at) values (?, 2, ?, '[]', ?, ?)").run(
      winnerId,
      SECOND,
      new Date().toISOString(),
      new Date().toISOString(),
    );
    const changed = await anonymous();
    expect(changed.cache).toBe('miss');
    expect(changed.html).toContain(SECOND);
    expect(changed.html).not.toContain(FIRST);
    expect((await anonymous()).html).toContain(SECOND);

    setPublication('published', '2026-01-02T09:00:00.000Z');
    const moved = await anonymous();
    expect(moved.cache).toBe('miss');
    expect(moved.html).toContain('2 januari 2026');

    // Language and theme are part of the key: the English page is its own entry.
    const english = await anonymous(`/resultat/${YEAR}`, { cookie: 'kk-locale=en' });
    expect(english.html).toContain('Finalists');
    expect((await anonymous()).html).toContain('Juryns motivering');
  });

  it('a cached answer has a fresh nonce matching its CSP; signed-in visitors, client navigations and query strings reach the page', async () => {
    setPublication('published', inSeconds(-60));
    await anonymous();
    const a = await anonymous();
    const b = await anonymous();
    expect(a.cache).toBe('hit');
    expect(b.cache).toBe('hit');
    expectOwnNonce(a);
    expectOwnNonce(b);
    expect(a.nonce).not.toBe(b.nonce);

    const cookie = await signInOverHttp(e2e.baseURL, 'jury1@example.org', 'kvalitet2027');
    const signedIn = await anonymous(`/resultat/${YEAR}`, { cookie });
    expect(signedIn.status).toBe(200);
    expect(signedIn.cache).toBeNull();
    expect(signedIn.html).toContain('Logga ut');
    const rsc = await anonymous(`/resultat/${YEAR}`, { rsc: '1', accept: '*/*' });
    expect(rsc.cache).toBeNull();
    expect(rsc.html).not.toContain('<!DOCTYPE html>');
    expect((await anonymous(`/resultat/${YEAR}?x=1`)).cache).toBeNull();
  });

  it('the cached page hydrates in Chromium without a CSP violation', async () => {
    setPublication('published', inSeconds(-60));
    await anonymous();
    let context: BrowserContext | undefined;
    const browser = await openBrowser(e2e.baseURL);
    try {
      context = browser.context;
      const { violations, watch } = await recordCspViolations(context);
      const page = await context.newPage();
      watch(page);
      const res = await page.goto(`/resultat/${YEAR}`);
      expect(res?.headers()['x-kk-cache']).toBe('hit');
      await expect.poll(() => page.getByRole('heading', { level: 1, name: WINNER }).isVisible()).toBe(true);
      // Hydrated: the "All years" link navigates on the client (the page is not reloaded, so the marker stays).
      await expect.poll(() => page.evaluate(() => document.querySelectorAll('script[nonce]').length)).toBeGreaterThan(0);
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => ((window as unknown as { __kkMarker: number }).__kkMarker = 1));
      await page.getByRole('link', { name: /Alla år/ }).click();
      await expect.poll(() => page.evaluate(() => location.pathname)).toBe('/resultat');
      await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Vinnare genom åren' }).isVisible()).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { __kkMarker?: number }).__kkMarker)).toBe(1);
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
