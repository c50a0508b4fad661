/**
 * The per-request session check (lib/auth/session.ts getCurrentUser): the real
 * function against a real database, with real session cookies (next-auth's JWE,
 * encoded with the app's secret); only the request's cookie jar is mocked. The
 * decoded cookie is cached (lib/auth/token-cache.ts), so every revocation below is
 * also a check that the cache never lets an ended session through.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { decode as realDecode, encode, type JWT } from 'next-auth/jwt';

const jar = new Map<string, string>();
vi.mock('next/headers', () => ({
  cookies: async () => ({ getAll: () => [...jar].map(([name, value]) => ({ name, value })), get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined) }),
}));
vi.mock('react', async (orig) => ({ ...(await orig<typeof import('react')>()), cache: <T>(fn: T) => fn }));
const decodes = { count: 0 };
vi.mock('next-auth/jwt', async (orig) => {
  const real = await orig<typeof import('next-auth/jwt')>();
  return { ...real, decode: async (p: Parameters<typeof real.decode>[0]) => (decodes.count++, real.decode(p)) };
});

const { freshDatabase } = await import('../helpers/db');
const t = freshDatabase('session');
const { users } = await import('@/db/schema');
const { createSession } = await import('@/db/queries/users');
const { setPasswordHash } = await import('@/db/queries/account');
const { setUserActive } = await import('@/db/queries/people');
const { getCurrentUser } = await import('@/lib/auth/session');
const { IDLE_TIMEOUT_MS, ORGANISER_MAX_AGE_MS, sessionVerdict } = await import('@/lib/auth/session-policy');
const { authSecret } = await import('@/lib/auth/secret');
const { secureCookiesWanted } = await import('@/lib/auth/cookies');
const { cachedDecode, clearTokenCache, tokenCacheSize } = await import('@/lib/auth/token-cache');
const { SESSION_MAX_AGE_SECONDS } = await import('@/lib/auth/options');
const { closeDb } = await import('@/db/client');
afterAll(() => {
  closeDb();
  t.cleanup();
});

const COOKIE = secureCookiesWanted() ? '__Secure-next-auth.session-token' : 'next-auth.session-token';
let juror = 0;
let organiser = 0;
const iso = (ms: number) => new Date(ms).toISOString();
const version = (userId: number) => (t.db.$client.prepare('select session_version as v from users where id = ?').get(userId) as { v: number }).v;
const revoked = (sid: string) => (t.db.$client.prepare('select revoked_at from sessions where id = ?').get(sid) as { revoked_at: string | null }).revoked_at;

/** A session row and the cookie next-auth would have set for it. */
async function signedIn(sid: string, userId: number, role: 'juror' | 'organiser' | 'municipality', sv = 1, createdAgoMs = 0, idleMs = 0) {
  const now = Date.now();
  createSession(t.db, { id: sid, userId, at: iso(now - createdAgoMs) });
  t.db.$client.prepare('update sessions set last_seen_at = ? where id = ?').run(iso(now - idleMs), sid);
  const token: JWT = { uid: userId, role, sv, sid, name: 'N', email: 'n@example.org' };
  jar.clear();
  jar.set(COOKIE, await encode({ token, secret: authSecret(), maxAge: SESSION_MAX_AGE_SECONDS }));
  return jar.get(COOKIE)!;
}

beforeAll(() => {
  juror = t.db.insert(users).values({ email: 'j@example.org', name: 'J', role: 'juror', passwordHash: 'x', createdAt: 'x' }).returning().get().id;
  organiser = t.db.insert(users).values({ email: 'o@example.org', name: 'O', role: 'organiser', passwordHash: 'x', createdAt: 'x' }).returning().get().id;
});

describe('session limits and revocation, checked on every request', () => {
  it('a fresh session is the user; a real organiser without TOTP is marked for enrolment', async () => {
    await signedIn('s1', juror, 'juror');
    expect(await getCurrentUser()).toMatchObject({ id: juror, role: 'juror', needsTotpEnrolment: false });
    await signedIn('s2', organiser, 'organiser');
    expect(await getCurrentUser()).toMatchObject({ id: organiser, needsTotpEnrolment: true });
  });

  it('reads the account as findLiveSession does: municipality name, demo flag, two-factor, organisation', async () => {
    const { findLiveSession } = await import('@/db/queries/account');
    t.db.$client.prepare("insert into municipalities (kommunkod, name, county_code, county, population, population_year) values ('9999', 'Provkommun', '99', 'Provlän', 1000, 2025)").run();
    const contact = t.db
      .insert(users)
      .values({ email: 'k@example.org', name: 'K', role: 'municipality', kommunkod: '9999', organisation: 'Kansliet', isDemo: true, passwordHash: 'x', createdAt: 'x' })
      .returning()
      .get().id;
    await signedIn('s-contact', contact, 'municipality');
    const row = findLiveSession(t.db, 's-contact')!;
    expect(row).toMatchObject({ municipalityName: 'Provkommun', isDemo: true, active: true });
    expect(await getCurrentUser()).toEqual({
      id: contact,
      email: 'k@example.org',
      name: 'K',
      role: 'municipality',
      organisation: 'Kansliet',
      kommunkod: '9999',
      municipalityName: 'Provkommun',
      isDemo: true,
      needsTotpEnrolment: false,
    });
    // A demo organiser with two-factor set up: not asked to enrol.
    t.db.$client.prepare("update users set is_demo = 0, totp_enabled_at = '2026-01-01T00:00:00.000Z' where id = ?").run(organiser);
    await signedIn('s-totp', organiser, 'organiser');
    expect(await getCurrentUser()).toMatchObject({ id: organiser, isDemo: false, needsTotpEnrolment: false, municipalityName: null });
    t.db.$client.prepare('update users set totp_enabled_at = null where id = ?').run(organiser);
  });

  it('ends after 30 minutes without a request (everyone), and the session is revoked for good', async () => {
    await signedIn('idle-ok', juror, 'juror', 1, 0, IDLE_TIMEOUT_MS - 60_000);
    expect(await getCurrentUser()).not.toBeNull();
    await signedIn('idle', juror, 'juror', 1, 0, IDLE_TIMEOUT_MS + 1000);
    expect(await getCurrentUser()).toBeNull();
    expect(revoked('idle')).not.toBeNull();
  });

  it("ends an organiser's session 8 hours after sign-in however active; a juror's goes on", async () => {
    await signedIn('old-o', organiser, 'organiser', 1, ORGANISER_MAX_AGE_MS + 1000, 0);
    expect(await getCurrentUser()).toBeNull();
    await signedIn('old-j', juror, 'juror', 1, ORGANISER_MAX_AGE_MS + 1000, 0);
    expect(await getCurrentUser()).not.toBeNull();
  });

  it('ends at the next request when the user is deactivated', async () => {
    await signedIn('deact', juror, 'juror', 1);
    expect(await getCurrentUser()).not.toBeNull();
    setUserActive(t.db, juror, false);
    expect(await getCurrentUser()).toBeNull();
    setUserActive(t.db, juror, true); // version now 3
  });

  it('ends at the next request when the password changes', async () => {
    await signedIn('pw', juror, 'juror', 3);
    expect(await getCurrentUser()).not.toBeNull();
    setPasswordHash(t.db, juror, 'new-hash', new Date().toISOString());
    expect(await getCurrentUser()).toBeNull();
  });

  it('ends at the next request when the user loses their role, even if nobody raised the version', async () => {
    await signedIn('role', organiser, 'organiser', 1);
    expect(await getCurrentUser()).not.toBeNull();
    t.db.$client.prepare("update users set role = 'juror' where id = ?").run(organiser);
    expect(await getCurrentUser()).toBeNull();
    expect(revoked('role')).not.toBeNull();
  });

  it('the verdicts, one by one', () => {
    const now = Date.parse('2026-12-01T12:00:00Z');
    const row = { id: 1, role: 'organiser' as const, active: true, sessionVersion: 2, createdAt: iso(now - 1000), lastSeenAt: iso(now - 1000) };
    const claim = { userId: 1, role: 'organiser' as const, sessionVersion: 2 };
    expect(sessionVerdict(row, claim, now)).toBe('ok');
    expect(sessionVerdict(undefined, claim, now)).toBe('unknown');
    expect(sessionVerdict(row, { ...claim, userId: 2 }, now)).toBe('unknown');
    expect(sessionVerdict({ ...row, active: false }, claim, now)).toBe('deactivated');
    expect(sessionVerdict({ ...row, sessionVersion: 3 }, claim, now)).toBe('version-changed');
    expect(sessionVerdict({ ...row, role: 'juror' }, claim, now)).toBe('role-changed');
    expect(sessionVerdict({ ...row, lastSeenAt: iso(now - IDLE_TIMEOUT_MS - 1) }, claim, now)).toBe('idle');
    expect(sessionVerdict({ ...row, createdAt: iso(now - ORGANISER_MAX_AGE_MS - 1) }, claim, now)).toBe('too-old');
  });
});

describe('the decoded-cookie cache: less work per request, never a longer session', () => {
  const { revokeSession } = { revokeSession: (sid: string) => t.db.$client.prepare('update sessions set revoked_at = ? where id = ?').run(iso(Date.now()), sid) };

  it('decodes a cookie once for many requests, and still refuses it at the next request after sign-out', async () => {
    clearTokenCache();
    await signedIn('cached', juror, 'juror', version(juror));
    const before = decodes.count;
    for (let i = 0; i < 5; i++) expect(await getCurrentUser()).toMatchObject({ id: juror, role: 'juror' });
    expect(decodes.count - before).toBe(1);
    expect(tokenCacheSize()).toBe(1);
    revokeSession('cached');
    expect(await getCurrentUser()).toBeNull();
  });

  it('refuses a cached cookie at the next request when the account is deactivated', async () => {
    await signedIn('cached-deact', juror, 'juror', version(juror));
    expect(await getCurrentUser()).not.toBeNull();
    expect(await getCurrentUser()).not.toBeNull();
    setUserActive(t.db, juror, false);
    expect(await getCurrentUser()).toBeNull();
    expect(revoked('cached-deact')).not.toBeNull();
    setUserActive(t.db, juror, true);
  });

  it('refuses a tampered, a foreign or an expired cookie, and keeps none of them', async () => {
    clearTokenCache();
    const good = await signedIn('forged', juror, 'juror', version(juror));
    const flipped = good.slice(0, -6) + (good.at(-6) === 'A' ? 'B' : 'A') + good.slice(-5);
    jar.set(COOKIE, flipped);
    expect(await getCurrentUser()).toBeNull();
    jar.set(COOKIE, await encode({ token: { uid: juror, role: 'juror', sv: version(juror), sid: 'forged' }, secret: 'another-secret-another-secret-another-secret' }));
    expect(await getCurrentUser()).toBeNull();
    jar.set(COOKIE, await encode({ token: { uid: juror, role: 'juror', sv: version(juror), sid: 'forged' }, secret: authSecret(), maxAge: -60 }));
    expect(await getCurrentUser()).toBeNull();
    jar.set(COOKIE, 'not-a-token');
    expect(await getCurrentUser()).toBeNull();
    expect(tokenCacheSize()).toBe(0);
    jar.set(COOKIE, good);
    expect(await getCurrentUser()).toMatchObject({ id: juror });
    expect(tokenCacheSize()).toBe(1);
  });

  it('a cached token is only given for the secret it was decoded with', async () => {
    const good = await signedIn('secret', juror, 'juror', version(juror));
    expect(await cachedDecode({ token: good, secret: authSecret() })).toMatchObject({ sid: 'secret', uid: juror });
    await expect(cachedDecode({ token: good, secret: 'another-secret-another-secret-another-secret' })).rejects.toThrow();
    expect(await realDecode({ token: good, secret: authSecret() })).toMatchObject({ sid: 'secret' });
  });

  it("reads a cookie next-auth split into chunks, like next-auth's own reader", async () => {
    const good = await signedIn('chunks', juror, 'juror', version(juror));
    jar.clear();
    jar.set(`${COOKIE}.1`, good.slice(100));
    jar.set(`${COOKIE}.0`, good.slice(0, 100));
    expect(await getCurrentUser()).toMatchObject({ id: juror });
  });
});
