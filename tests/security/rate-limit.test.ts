import Database from 'better-sqlite3';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runInLocale } from '@/lib/i18n/server-locale';
import { blockedBy, countAttempt, clearAttempts, RATE_RULES, takeAttempt, tooManyAttemptsMessage } from '@/lib/security/rate-limit';
import { freshDatabase } from '../helpers/db';

describe('rate limits in SQLite (rate-limiter-flexible, table rate_limits)', () => {
  const t = freshDatabase('rate-limit');
  afterAll(() => t.cleanup());

  it('lets the allowed number of attempts through, then refuses with the time left in the window', async () => {
    const { points, seconds } = RATE_RULES.signInAccount;
    for (let i = 1; i < points; i++) expect(await countAttempt(t.db.$client, 'signInAccount', 'a@example.org'), `attempt ${i}`).toBeNull();
    expect(await blockedBy(t.db.$client, 'signInAccount', 'a@example.org')).toBeNull();
    const last = await countAttempt(t.db.$client, 'signInAccount', 'a@example.org');
    expect(last).not.toBeNull();
    expect(last!.retryMs).toBeGreaterThan((seconds - 5) * 1000);
    expect(last!.retryMs).toBeLessThanOrEqual(seconds * 1000);
    const blocked = await blockedBy(t.db.$client, 'signInAccount', ' A@Example.org ');
    expect(blocked?.retryMs).toBeGreaterThan(0);
    // Another account and another rule are not touched.
    expect(await blockedBy(t.db.$client, 'signInAccount', 'b@example.org')).toBeNull();
    expect(await blockedBy(t.db.$client, 'signInIp', 'a@example.org')).toBeNull();
  });

  it('holds across a restart: a new connection and new limiters on the same file still refuse', async () => {
    const other = new Database(t.file);
    try {
      const blocked = await blockedBy(other, 'signInAccount', 'a@example.org');
      expect(blocked).not.toBeNull();
      const row = other.prepare("select key, points, expire from rate_limits where key like '%a@example.org'").get() as { points: number; expire: number };
      expect(row.points).toBe(RATE_RULES.signInAccount.points);
      expect(row.expire).toBeGreaterThan(Date.now());
    } finally {
      other.close();
    }
  });

  it('opens again when the window has passed', async () => {
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now + RATE_RULES.signInAccount.seconds * 1000 + 1000);
    try {
      expect(await blockedBy(t.db.$client, 'signInAccount', 'a@example.org')).toBeNull();
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('clears an account on request (a successful sign-in)', async () => {
    for (let i = 0; i < RATE_RULES.signInAccount.points; i++) await countAttempt(t.db.$client, 'signInAccount', 'c@example.org');
    expect(await blockedBy(t.db.$client, 'signInAccount', 'c@example.org')).not.toBeNull();
    await clearAttempts(t.db.$client, 'signInAccount', 'c@example.org');
    expect(await blockedBy(t.db.$client, 'signInAccount', 'c@example.org')).toBeNull();
  });

  it('takeAttempt counts on every rule and refuses once any one is used up, without counting further', async () => {
    const pairs: [keyof typeof RATE_RULES, string][] = [
      ['resetRequestAccount', 'd@example.org'],
      ['resetRequestIp', '10.0.0.9'],
    ];
    for (let i = 0; i < RATE_RULES.resetRequestAccount.points; i++) expect(await takeAttempt(t.db.$client, pairs)).toBeNull();
    expect(await takeAttempt(t.db.$client, pairs)).not.toBeNull();
    const ip = t.db.$client.prepare("select points from rate_limits where key = 'rl:resetRequestIp:10.0.0.9'").get() as { points: number };
    expect(ip.points).toBe(RATE_RULES.resetRequestAccount.points);
  });

  it('says how long to wait in whole minutes, in Swedish', () => {
    expect(tooManyAttemptsMessage(13 * 60_000 + 1)).toBe('För många försök. Försök igen om 14 minuter.');
    expect(tooManyAttemptsMessage(30_000)).toBe('För många försök. Försök igen om 1 minut.');
    expect(runInLocale('en', () => [tooManyAttemptsMessage(13 * 60_000 + 1), tooManyAttemptsMessage(30_000)])).toEqual(['Too many attempts. Try again in 14 minutes.', 'Too many attempts. Try again in 1 minute.']);
  });
});
