import { and, desc, eq, gt, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { invitations, municipalities, outbox, users } from '../schema';

export type InvitationRow = typeof invitations.$inferSelect;
export type InvitationStatus = 'pending' | 'accepted' | 'expired' | 'revoked';

/** An invitation's state at an instant: used wins, then revoked, then expired. */
export function invitationStatus(row: Pick<InvitationRow, 'usedAt' | 'revokedAt' | 'expiresAt'>, nowIso: string): InvitationStatus {
  if (row.usedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  if (row.expiresAt <= nowIso) return 'expired';
  return 'pending';
}

export function listInvitations(db: Db) {
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      name: invitations.name,
      role: invitations.role,
      organisation: invitations.organisation,
      kommunkod: invitations.kommunkod,
      municipality: municipalities.name,
      expiresAt: invitations.expiresAt,
      usedAt: invitations.usedAt,
      revokedAt: invitations.revokedAt,
      createdAt: invitations.createdAt,
      invitedBy: users.name,
    })
    .from(invitations)
    .leftJoin(municipalities, eq(municipalities.kommunkod, invitations.kommunkod))
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .orderBy(desc(invitations.createdAt), desc(invitations.id))
    .all();
}

export function invitationById(db: Db, id: number) {
  return db.select().from(invitations).where(eq(invitations.id, id)).get();
}

export function invitationByTokenHash(db: Db, tokenHash: string) {
  return db
    .select({ invitation: invitations, municipality: municipalities.name })
    .from(invitations)
    .leftJoin(municipalities, eq(municipalities.kommunkod, invitations.kommunkod))
    .where(eq(invitations.tokenHash, tokenHash))
    .get();
}

/** E-mail addresses among these with an invitation that can still be accepted. */
export function pendingInvitationEmails(db: Db, emails: string[], nowIso: string): Set<string> {
  if (emails.length === 0) return new Set();
  return new Set(
    db
      .select({ email: invitations.email })
      .from(invitations)
      .where(and(inArray(invitations.email, emails), isNull(invitations.usedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, nowIso)))
      .all()
      .map((r) => r.email),
  );
}

export function insertInvitation(db: Db, values: typeof invitations.$inferInsert) {
  return db.insert(invitations).values(values).returning().get();
}

export function replaceInvitationToken(db: Db, id: number, tokenHash: string, expiresAt: string) {
  db.update(invitations).set({ tokenHash, expiresAt }).where(eq(invitations.id, id)).run();
}

export function markInvitationRevoked(db: Db, id: number, at: string) {
  db.update(invitations).set({ revokedAt: at }).where(and(eq(invitations.id, id), isNull(invitations.usedAt), isNull(invitations.revokedAt))).run();
}

/** Marks the invitation used; returns false when it was used or revoked meanwhile. */
export function markInvitationUsed(db: Db, id: number, at: string): boolean {
  const r = db
    .update(invitations)
    .set({ usedAt: at })
    .where(and(eq(invitations.id, id), isNull(invitations.usedAt), isNull(invitations.revokedAt)))
    .run();
  return r.changes === 1;
}

/** The outbox (every message the platform has written), newest first. */
export function listOutbox(db: Db, limit = 200) {
  return db.select().from(outbox).orderBy(desc(outbox.id)).limit(limit).all();
}
