/**
 * Everything the app stores about one person, gathered for a GDPR access request
 * (article 15): their account (without secrets), sessions, invitations and mail sent
 * to them, self-registrations, conflicts, assignments, score sheets with scores and
 * comments, interview notes, application contact entries, and what they did
 * according to the audit log. Read-only; one consistent snapshot.
 */
import { and, eq, inArray, or } from 'drizzle-orm';
import type { Db } from '@/db/client';
import {
  assignments,
  auditLog,
  conflicts,
  cycles,
  interviewNotes,
  invitations,
  municipalities,
  nominations,
  outbox,
  passwordResets,
  scoreSheets,
  scores,
  sessions,
  users,
} from '@/db/schema';

export type PersonExport = {
  exportedAt: string;
  person: Record<string, unknown>;
  sessions: unknown[];
  invitations: unknown[];
  passwordResets: unknown[];
  mail: unknown[];
  registrations: unknown[];
  conflicts: unknown[];
  assignments: unknown[];
  scoreSheets: unknown[];
  interviewNotes: unknown[];
  applicationContacts: unknown[];
  auditEntries: unknown[];
};

/** Account fields that are secrets, never exported: the person cannot use them and they would only leak. */
const SECRET_FIELDS = ['passwordHash', 'totpSecret', 'recoveryCodes'] as const;

export function findPerson(db: Db, userId: number) {
  return db.select().from(users).where(eq(users.id, userId)).get() ?? null;
}

export function exportPersonData(db: Db, userId: number, now: Date): PersonExport | null {
  return db.$client.transaction(() => gather(db, userId, now)).deferred();
}

function gather(db: Db, userId: number, now: Date): PersonExport | null {
  const user = findPerson(db, userId);
  if (!user) return null;
  const person: Record<string, unknown> = { ...user };
  for (const f of SECRET_FIELDS) delete person[f];
  person.hasPassword = user.passwordHash !== null;
  person.twoFactorEnabled = user.totpEnabledAt !== null;
  if (user.kommunkod) {
    person.municipality = db.select({ name: municipalities.name }).from(municipalities).where(eq(municipalities.kommunkod, user.kommunkod)).get()?.name ?? null;
  }
  const email = user.email.toLowerCase();

  const sheets = db.select().from(scoreSheets).where(eq(scoreSheets.jurorId, userId)).all();
  const sheetIds = sheets.map((s) => s.id);
  const sheetScores = sheetIds.length ? db.select().from(scores).where(inArray(scores.sheetId, sheetIds)).all() : [];

  return {
    exportedAt: now.toISOString(),
    person,
    sessions: db
      .select({ id: sessions.id, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt, revokedAt: sessions.revokedAt })
      .from(sessions)
      .where(eq(sessions.userId, userId))
      .all(),
    invitations: db
      .select({
        id: invitations.id,
        cycleId: invitations.cycleId,
        email: invitations.email,
        name: invitations.name,
        role: invitations.role,
        organisation: invitations.organisation,
        kommunkod: invitations.kommunkod,
        expiresAt: invitations.expiresAt,
        usedAt: invitations.usedAt,
        revokedAt: invitations.revokedAt,
        createdAt: invitations.createdAt,
      })
      .from(invitations)
      .all()
      .filter((i) => i.email.toLowerCase() === email),
    passwordResets: db
      .select({ createdAt: passwordResets.createdAt, expiresAt: passwordResets.expiresAt, usedAt: passwordResets.usedAt })
      .from(passwordResets)
      .where(eq(passwordResets.userId, userId))
      .all(),
    mail: db
      .select()
      .from(outbox)
      .all()
      .filter((m) => m.to.toLowerCase() === email),
    registrations: registrationsOf(db, email),
    conflicts: db.select().from(conflicts).where(or(eq(conflicts.jurorId, userId), eq(conflicts.declaredBy, userId))).all(),
    assignments: db.select().from(assignments).where(eq(assignments.jurorId, userId)).all(),
    scoreSheets: sheets.map((s) => ({ ...s, scores: sheetScores.filter((x) => x.sheetId === s.id) })),
    interviewNotes: db.select().from(interviewNotes).where(eq(interviewNotes.jurorId, userId)).all(),
    applicationContacts: applicationContactsOf(db, email),
    auditEntries: db
      .select({ id: auditLog.id, at: auditLog.at, action: auditLog.action, entity: auditLog.entity, entityId: auditLog.entityId, cycleId: auditLog.cycleId })
      .from(auditLog)
      .where(or(eq(auditLog.actorId, userId), and(eq(auditLog.entity, 'user'), eq(auditLog.entityId, String(userId)))))
      .all(),
  };
}

type Contact = { name?: unknown; role?: unknown; email?: unknown; phone?: unknown };

/** The application forms (one per municipality and cycle) that list the person as a contact, by e-mail. */
export function applicationContactsOf(db: Db, email: string) {
  const out: { nominationId: number; cycleId: number; kommunkod: string; contact: Contact }[] = [];
  for (const n of db.select({ id: nominations.id, cycleId: nominations.cycleId, kommunkod: nominations.kommunkod, answers: nominations.answers }).from(nominations).all()) {
    const contacts = Array.isArray(n.answers?.contacts) ? (n.answers.contacts as Contact[]) : [];
    for (const c of contacts) {
      if (typeof c?.email === 'string' && c.email.trim().toLowerCase() === email) out.push({ nominationId: n.id, cycleId: n.cycleId, kommunkod: n.kommunkod, contact: c });
    }
  }
  return out;
}

/** Self-registrations (kept in each cycle's settings) made with the person's e-mail. */
export function registrationsOf(db: Db, email: string) {
  const out: unknown[] = [];
  for (const c of db.select({ id: cycles.id, settings: cycles.settings }).from(cycles).all()) {
    const list = Array.isArray(c.settings?.registrations) ? (c.settings.registrations as { email?: string }[]) : [];
    for (const r of list) if (typeof r.email === 'string' && r.email.toLowerCase() === email) out.push({ cycleId: c.id, ...r });
  }
  return out;
}
