/**
 * The per-request session check (lib/auth/session.ts getCurrentUser): the real
 * function against a real database, with only next-auth's cookie reading mocked.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Session } from 'next-auth';

const cookie: { session: Session | null } = { session: null };
vi.mock('next-auth', () => ({ getServerSession: async () => cookie.session }));
vi.mock('react', async (orig) => ({ ...(await orig<typeof import('react')>()), cache: <T>(fn: T) => fn }));

const { freshDatabase } = await import('../helpers/db');
const t = freshDatabase('session');
const { users } = await import('@/db/schema');
const { createSession } = await import('@/db/queries/users');
const { setPasswordHash } = await import('@/db/queries/account');
const { setUserActive } = await import('@/db/queries/people');
const { getCurrentUser } = await import('@/lib/auth/session');
const { IDLE_TIMEOUT_MS, ORGANISER_MAX_AGE_MS, sessionVerdict } = await import('@/lib/auth/session-policy');
const { closeDb } = await import('@/db/client');
afterAll(() => {
  closeDb();
  t.cleanup();
});

let juror = 0;
let organiser = 0;
const iso = (ms: number) => new Date(ms).toISOString();
const revoked = (sid: string) => (t.db.$client.prepare('select revoked_at from sessions where id = ?').get(sid) as { revoked_at: string | null }).revoked_at;

function signedIn(sid: string, userId: number, role: 'juror' | 'organiser', sv = 1, createdAgoMs = 0, idleMs = 0) {
  const now = Date.now();
  createSession(t.db, { id: sid, userId, at: iso(now - createdAgoMs) });
  t.db.$client.prepare('update sessions set last_seen_at = ? where id = ?').run(iso(now - idleMs), sid);
  cookie.session = { sid, sv, user: { id: userId, role, name: '', email: '' }, expires: iso(now + 3600_000) };
}

beforeAll(() => {
  juror = t.db.insert(users).values({ email: 'j@example.org', name: 'J', role: 'juror', passwordHash: 'x', createdAt: 'x' }).returning().get().id;
  organiser = t.db.insert(users).values({ email: 'o@example.org', name: 'O', role: 'organiser', passwordHash: 'x', createdAt: 'x' }).returning().get().id;
});

describe('session limits and revocation, checked on every request', () => {
  it('a fresh session is the user; a real organiser without TOTP is marked for enrolment', async () => {
    signedIn('s1', juror, 'juror');
    expect(await getCurrentUser()).toMatchObject({ id: juror, role: 'juror', needsTotpEnrolment: false });
    signedIn('s2', organiser, 'organiser');
    expect(await getCurrentUser()).toMatchObject({ id: organiser, needsTotpEnrolment: true });
  });

  it('ends after 30 minutes without a request (everyone), and the session is revoked for good', async () => {
    signedIn('idle-ok', juror, 'juror', 1, 0, IDLE_TIMEOUT_MS - 60_000);
    expect(await getCurrentUser()).not.toBeNull();
    signedIn('idle', juror, 'juror', 1, 0, IDLE_TIMEOUT_MS + 1000);
    expect(await getCurrentUser()).toBeNull();
    expect(revoked('idle')).not.toBeNull();
  });

  it("ends an organiser's session 8 hours after sign-in however active; a juror's goes on", async () => {
    signedIn('old-o', organiser, 'organiser', 1, ORGANISER_MAX_AGE_MS + 1000, 0);
    expect(await getCurrentUser()).toBeNull();
    signedIn('old-j', juror, 'juror', 1, ORGANISER_MAX_AGE_MS + 1000, 0);
    expect(await getCurrentUser()).not.toBeNull();
  });

  it('ends at the next request when the user is deactivated', async () => {
    signedIn('deact', juror, 'juror', 1);
    expect(await getCurrentUser()).not.toBeNull();
    setUserActive(t.db, juror, false);
    expect(await getCurrentUser()).toBeNull();
    setUserActive(t.db, juror, true); // version now 3
  });

  it('ends at the next request when the password changes', async () => {
    signedIn('pw', juror, 'juror', 3);
    expect(await getCurrentUser()).not.toBeNull();
    setPasswordHash(t.db, juror, 'new-hash', new Date().toISOString());
    expect(await getCurrentUser()).toBeNull();
  });

  it('ends at the next request when the user loses their role, even if nobody raised the version', async () => {
    signedIn('role', organiser, 'organiser', 1);
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
