import type Database from 'better-sqlite3';
import { RateLimiterSQLite } from 'rate-limiter-flexible';
import { vt } from '@/lib/i18n/validation';

/**
 * Rate limits on the doors a stranger can knock on: sign-in, invitation links
 * and password reset. Counters live in SQLite (table rate_limits, created by
 * migration 0003 in rate-limiter-flexible's own layout), so a restart does not
 * give an attacker a fresh start. Each rule allows `points` attempts per window
 * of `seconds`; when they are used up the door stays shut until the window ends.
 *
 * Per account (or link) and per client address: the account limit stops a slow
 * guess at one password from many addresses; the address limit stops one
 * address trying many accounts.
 */
export const RATE_RULES = {
  /** Failed sign-ins per e-mail address. */
  signInAccount: { points: 10, seconds: 15 * 60 },
  /** Failed sign-ins per client address. */
  signInIp: { points: 50, seconds: 60 * 60 },
  /** Attempts to accept an invitation, per link and per address. */
  invitationToken: { points: 10, seconds: 60 * 60 },
  invitationIp: { points: 30, seconds: 60 * 60 },
  /** Reset links asked for, per e-mail address and per address. */
  resetRequestAccount: { points: 3, seconds: 60 * 60 },
  resetRequestIp: { points: 20, seconds: 60 * 60 },
  /** Attempts to set a password from a reset link, per address. */
  resetIp: { points: 20, seconds: 60 * 60 },
} as const;

export type RateRule = keyof typeof RATE_RULES;

const limiters = new WeakMap<Database.Database, Map<RateRule, RateLimiterSQLite>>();

function limiter(client: Database.Database, rule: RateRule): RateLimiterSQLite {
  let byRule = limiters.get(client);
  if (!byRule) limiters.set(client, (byRule = new Map()));
  let l = byRule.get(rule);
  if (!l) {
    l = new RateLimiterSQLite({
      storeClient: client,
      storeType: 'better-sqlite3',
      tableName: 'rate_limits',
      tableCreated: true,
      keyPrefix: `rl:${rule}`,
      points: RATE_RULES[rule].points,
      duration: RATE_RULES[rule].seconds,
    });
    byRule.set(rule, l);
  }
  return l;
}

/** A refusal: how long until the door opens again. */
export type Blocked = { retryMs: number };

/** The key of one counter: lower-cased and trimmed, so "A@x.se " and "a@x.se" share it. */
function norm(key: string): string {
  return key.trim().toLowerCase();
}

/** Whether the rule's attempts are used up for this key (without counting an attempt). */
export async function blockedBy(client: Database.Database, rule: RateRule, key: string): Promise<Blocked | null> {
  const res = await limiter(client, rule).get(norm(key));
  if (!res || res.consumedPoints < RATE_RULES[rule].points) return null;
  return { retryMs: Math.max(res.msBeforeNext, 1000) };
}

/** Counts one attempt; answers the refusal if that used the last one. */
export async function countAttempt(client: Database.Database, rule: RateRule, key: string): Promise<Blocked | null> {
  const res = await limiter(client, rule).penalty(norm(key), 1);
  if (res.consumedPoints < RATE_RULES[rule].points) return null;
  return { retryMs: Math.max(res.msBeforeNext, 1000) };
}

/** Forgets the attempts (a successful sign-in clears the account's failures). */
export async function clearAttempts(client: Database.Database, rule: RateRule, key: string): Promise<void> {
  await limiter(client, rule).delete(norm(key));
}

/** The first refusal among several rules, or null: checks every (rule, key) pair without counting. */
export async function firstBlock(client: Database.Database, checks: [RateRule, string][]): Promise<Blocked | null> {
  let worst: Blocked | null = null;
  for (const [rule, key] of checks) {
    const b = await blockedBy(client, rule, key);
    if (b && (!worst || b.retryMs > worst.retryMs)) worst = b;
  }
  return worst;
}

/** Checks every pair and, when none is shut, counts one attempt on each. */
export async function takeAttempt(client: Database.Database, checks: [RateRule, string][]): Promise<Blocked | null> {
  const blocked = await firstBlock(client, checks);
  if (blocked) return blocked;
  for (const [rule, key] of checks) await countAttempt(client, rule, key);
  return null;
}

/** "För många försök. Försök igen om 14 minuter." — whole minutes, rounded up. */
export function tooManyAttemptsMessage(retryMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryMs / 60_000));
  return vt('valEntry.tooManyAttempts', { minutes });
}
