import type { Role } from '@/db/schema/people';

/** A session's last use is written at most this often (the idle check needs no finer record). */
export const TOUCH_INTERVAL_MS = 60_000;
/** Every session ends after 30 minutes without a request. */
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
/** An organiser's session ends 8 hours after sign-in, however busy. */
export const ORGANISER_MAX_AGE_MS = 8 * 60 * 60 * 1000;

export type SessionRow = {
  id: number;
  role: Role;
  active: boolean;
  sessionVersion: number;
  createdAt: string;
  lastSeenAt: string;
};

export type SessionClaim = { userId: number; role: Role; sessionVersion: number };

export type SessionVerdict = 'ok' | 'unknown' | 'deactivated' | 'version-changed' | 'role-changed' | 'idle' | 'too-old';

/**
 * Whether the session in a cookie still stands, checked on every request against
 * the database row: the account is active, its session version is the one the
 * cookie was issued with (raised on deactivation, password change and role
 * change), its role is the same, the session has been used in the last 30
 * minutes, and an organiser signed in less than 8 hours ago.
 */
export function sessionVerdict(row: SessionRow | undefined, claim: SessionClaim, nowMs: number): SessionVerdict {
  if (!row || row.id !== claim.userId) return 'unknown';
  if (!row.active) return 'deactivated';
  if (row.sessionVersion !== claim.sessionVersion) return 'version-changed';
  if (row.role !== claim.role) return 'role-changed';
  if (nowMs - Date.parse(row.lastSeenAt) > IDLE_TIMEOUT_MS) return 'idle';
  if (row.role === 'organiser' && nowMs - Date.parse(row.createdAt) > ORGANISER_MAX_AGE_MS) return 'too-old';
  return 'ok';
}
