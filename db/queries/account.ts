import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { municipalities, passwordResets, sessions, users } from '../schema';
import { isSealedTotpSecret, openTotpSecret, sealTotpSecret } from '../../lib/auth/totp-secret';

/** The account fields sign-in, password and two-factor code need. */
export function accountById(db: Db, id: number) {
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      active: users.active,
      passwordHash: users.passwordHash,
      sessionVersion: users.sessionVersion,
      totpSecret: users.totpSecret,
      totpEnabledAt: users.totpEnabledAt,
      recoveryCodes: users.recoveryCodes,
      passwordChangedAt: users.passwordChangedAt,
      isDemo: users.isDemo,
    })
    .from(users)
    .where(eq(users.id, id))
    .get();
}

/** A new password hash; the session version goes up, so every session of the account ends at its next request. */
export function setPasswordHash(db: Db, userId: number, passwordHash: string, at: string) {
  db.update(users)
    .set({ passwordHash, passwordChangedAt: at, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
    .run();
}

/** Ends every session of a user except (optionally) one. */
export function revokeUserSessions(db: Db, userId: number, at: string, except?: string) {
  db.update(sessions)
    .set({ revokedAt: at })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), except ? ne(sessions.id, except) : undefined))
    .run();
}

export function sessionTimes(db: Db, sessionId: string) {
  return db.select({ createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt }).from(sessions).where(eq(sessions.id, sessionId)).get();
}

// ── Password reset links ────────────────────────────────────────────────────

export function insertPasswordReset(db: Db, input: { userId: number; tokenHash: string; expiresAt: string; createdAt: string }) {
  return db.insert(passwordResets).values(input).returning({ id: passwordResets.id }).get();
}

export function passwordResetByTokenHash(db: Db, tokenHash: string) {
  return db.select().from(passwordResets).where(eq(passwordResets.tokenHash, tokenHash)).get();
}

/** Marks a link used; false when it already was (two tabs, a replay). */
export function markPasswordResetUsed(db: Db, id: number, at: string): boolean {
  return db.update(passwordResets).set({ usedAt: at }).where(and(eq(passwordResets.id, id), isNull(passwordResets.usedAt))).run().changes === 1;
}

/** A new link makes the user's older unused links useless. */
export function retireUnusedResets(db: Db, userId: number, at: string) {
  db.update(passwordResets).set({ usedAt: at }).where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt))).run();
}

// ── Two-factor sign-in (TOTP) ───────────────────────────────────────────────

/** Stores a new secret (sealed, see lib/auth/totp-secret.ts) that waits for its first code; two-factor is off until it is confirmed. */
export function setPendingTotpSecret(db: Db, userId: number, secret: string) {
  db.update(users).set({ totpSecret: sealTotpSecret(userId, secret), totpEnabledAt: null }).where(eq(users.id, userId)).run();
}

/**
 * The usable secret of a stored value (null when there is none or it does not
 * open). A plain secret stored before encryption is sealed in place on this use.
 */
export function totpSecretOf(db: Db, userId: number, stored: string | null | undefined): string | null {
  if (!stored) return null;
  const secret = openTotpSecret(userId, stored);
  if (secret === null) {
    console.warn(`The TOTP secret of user ${userId} does not open with the current key (TOTP_ENCRYPTION_KEY or NEXTAUTH_SECRET changed?); a recovery code still signs in.`);
    return null;
  }
  if (!isSealedTotpSecret(stored)) {
    db.update(users).set({ totpSecret: sealTotpSecret(userId, secret) }).where(and(eq(users.id, userId), eq(users.totpSecret, stored))).run();
  }
  return secret;
}

/** Seals every plain secret left from before encryption (at start-up); answers how many. */
export function sealPlainTotpSecrets(db: Db): number {
  const rows = db.select({ id: users.id, totpSecret: users.totpSecret }).from(users).where(sql`${users.totpSecret} is not null and ${users.totpSecret} not like 'v_:%'`).all();
  for (const r of rows) totpSecretOf(db, r.id, r.totpSecret);
  return rows.length;
}

export function enableTotp(db: Db, userId: number, recoveryCodeHashes: string[], at: string) {
  db.update(users).set({ totpEnabledAt: at, recoveryCodes: recoveryCodeHashes }).where(eq(users.id, userId)).run();
}

export function setRecoveryCodes(db: Db, userId: number, recoveryCodeHashes: string[]) {
  db.update(users).set({ recoveryCodes: recoveryCodeHashes }).where(eq(users.id, userId)).run();
}

/**
 * Records that the code of time step `step` was used, and answers whether it may
 * be: only a step later than the last one used counts, so a code cannot be used
 * twice (RFC 6238 §5.2). The last step lives in the rate_limits table (the same
 * key/points/expire layout; key `totp-step:<user>`, points = the step) so that it
 * survives a restart; the row expires once every code it could block is too old.
 */
export function claimTotpStep(db: Db, userId: number, step: number, nowMs: number, ttlMs: number): boolean {
  const res = db.$client
    .prepare(
      `INSERT INTO rate_limits (key, points, expire) VALUES (?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET points = excluded.points, expire = excluded.expire
       WHERE rate_limits.points < excluded.points OR rate_limits.expire < ?`,
    )
    .run(`totp-step:${userId}`, step, nowMs + ttlMs, nowMs);
  return res.changes === 1;
}

/** A live (not revoked) session with what the per-request check needs: the account, its version and the session's times. */
export function findLiveSession(db: Db, sessionId: string) {
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      organisation: users.organisation,
      kommunkod: users.kommunkod,
      municipalityName: municipalities.name,
      active: users.active,
      sessionVersion: users.sessionVersion,
      isDemo: users.isDemo,
      totpEnabledAt: users.totpEnabledAt,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(municipalities, eq(municipalities.kommunkod, users.kommunkod))
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)))
    .get();
}

/** Ends every session of the account at its next request (the version in their cookies no longer matches). */
export function bumpSessionVersion(db: Db, userId: number) {
  db.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, userId)).run();
}
