import { and, asc, desc, eq, inArray, isNull, like } from 'drizzle-orm';
import type { Db } from '../client';
import { auditLog, cycles, invitations, municipalities, nominations, screeningRuns, users } from '../schema';

export function screeningRunById(db: Db, runId: number) {
  return db.select().from(screeningRuns).where(eq(screeningRuns.id, runId)).get() ?? null;
}

/** A cycle's nominations that came from a screening (or were nominated by key figures), by rank order of insertion. */
export function keyFigureNominations(db: Db, cycleId: number) {
  return db
    .select({
      id: nominations.id,
      kommunkod: nominations.kommunkod,
      name: municipalities.name,
      county: municipalities.county,
      status: nominations.status,
      reason: nominations.nominationReason,
      screeningRunId: nominations.screeningRunId,
      respondedAt: nominations.respondedAt,
      createdAt: nominations.createdAt,
    })
    .from(nominations)
    .innerJoin(municipalities, eq(municipalities.kommunkod, nominations.kommunkod))
    .where(eq(nominations.cycleId, cycleId))
    .orderBy(asc(nominations.id))
    .all();
}

/** One nomination with its cycle, for the guards of the nominee actions. */
export function nominationWithCycle(db: Db, nominationId: number) {
  return (
    db
      .select({
        id: nominations.id,
        kommunkod: nominations.kommunkod,
        municipality: municipalities.name,
        status: nominations.status,
        reason: nominations.nominationReason,
        respondedAt: nominations.respondedAt,
        updatedAt: nominations.updatedAt,
        cycleId: cycles.id,
        cycleName: cycles.name,
        cycleYear: cycles.year,
        mode: cycles.mode,
        phase: cycles.phase,
        nomineesAnnounceAt: cycles.nomineesAnnounceAt,
      })
      .from(nominations)
      .innerJoin(cycles, eq(cycles.id, nominations.cycleId))
      .innerJoin(municipalities, eq(municipalities.kommunkod, nominations.kommunkod))
      .where(eq(nominations.id, nominationId))
      .get() ?? null
  );
}

export function existingNominations(db: Db, cycleId: number, kommunkoder: string[]): Set<string> {
  if (kommunkoder.length === 0) return new Set();
  return new Set(
    db
      .select({ k: nominations.kommunkod })
      .from(nominations)
      .where(and(eq(nominations.cycleId, cycleId), inArray(nominations.kommunkod, kommunkoder)))
      .all()
      .map((r) => r.k),
  );
}

export function insertNomination(tx: Db, values: { cycleId: number; kommunkod: string; reason: string; screeningRunId: number; at: string }) {
  return tx
    .insert(nominations)
    .values({
      cycleId: values.cycleId,
      kommunkod: values.kommunkod,
      status: 'invited',
      nominationReason: values.reason,
      screeningRunId: values.screeningRunId,
      createdAt: values.at,
      updatedAt: values.at,
    })
    .returning({ id: nominations.id })
    .get().id;
}

/** Sets the answer; only while the nomination is still 'invited' (false when someone answered meanwhile). */
export function setNominationResponse(tx: Db, nominationId: number, status: 'draft' | 'declined', at: string): boolean {
  return (
    tx
      .update(nominations)
      .set({ status, respondedAt: at, updatedAt: at })
      .where(and(eq(nominations.id, nominationId), eq(nominations.status, 'invited')))
      .run().changes === 1
  );
}

/** The active contact accounts of a municipality. */
export function municipalityContacts(db: Db, kommunkod: string) {
  return db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(and(eq(users.kommunkod, kommunkod), eq(users.role, 'municipality'), eq(users.active, true), isNull(users.erasedAt)))
    .orderBy(asc(users.id))
    .all();
}

export function userByEmail(db: Db, email: string) {
  return db.select({ id: users.id, role: users.role, kommunkod: users.kommunkod }).from(users).where(eq(users.email, email)).get() ?? null;
}

/** Invitations to create an account that a cycle's nomination sent to a municipality. */
export function nominationInvitations(db: Db, cycleId: number, kommunkod?: string) {
  return db
    .select()
    .from(invitations)
    .where(and(eq(invitations.cycleId, cycleId), eq(invitations.role, 'municipality'), kommunkod ? eq(invitations.kommunkod, kommunkod) : undefined))
    .orderBy(asc(invitations.id))
    .all();
}

/** The nomination events of a cycle from the audit log (mailings and answers), oldest first. */
export function nominationEvents(db: Db, cycleId: number) {
  return db
    .select({ at: auditLog.at, action: auditLog.action, entityId: auditLog.entityId, after: auditLog.after })
    .from(auditLog)
    .where(and(eq(auditLog.cycleId, cycleId), eq(auditLog.entity, 'nomination'), like(auditLog.action, 'nomination.%')))
    .orderBy(asc(auditLog.id))
    .all();
}

/** The municipality's nomination in the newest key-figure cycle that has one, if any. */
export function latestKeyFigureNominationOf(db: Db, kommunkod: string) {
  return (
    db
      .select({ id: nominations.id, status: nominations.status, reason: nominations.nominationReason, respondedAt: nominations.respondedAt, cycleId: cycles.id, cycleName: cycles.name })
      .from(nominations)
      .innerJoin(cycles, eq(cycles.id, nominations.cycleId))
      .where(and(eq(nominations.kommunkod, kommunkod), eq(cycles.mode, 'key_figures')))
      .orderBy(desc(cycles.year), desc(cycles.id))
      .limit(1)
      .get() ?? null
  );
}

/** The newest key-figure cycle (by year, then id). */
export function latestKeyFigureCycle(db: Db) {
  return db.select().from(cycles).where(eq(cycles.mode, 'key_figures')).orderBy(desc(cycles.year), desc(cycles.id)).limit(1).get() ?? null;
}

/** Merges keys into a cycle's settings JSON (inside the caller's transaction). */
export function mergeCycleSettings(tx: Db, cycleId: number, patch: Record<string, unknown>): Record<string, unknown> {
  const row = tx.select({ settings: cycles.settings }).from(cycles).where(eq(cycles.id, cycleId)).get();
  const settings = { ...(row?.settings ?? {}), ...patch };
  tx.update(cycles).set({ settings }).where(eq(cycles.id, cycleId)).run();
  return settings;
}

/** Sets (or clears, with null) the instant a key-figure cycle's nominees become public. */
export function setNomineesAnnounceAt(tx: Db, cycleId: number, at: string | null) {
  tx.update(cycles).set({ nomineesAnnounceAt: at }).where(eq(cycles.id, cycleId)).run();
}

export function updateNominationReason(tx: Db, nominationId: number, reason: string, at: string): boolean {
  return tx.update(nominations).set({ nominationReason: reason, updatedAt: at }).where(eq(nominations.id, nominationId)).run().changes === 1;
}

/** The key-figure cycles of a year with their announcement instant (the public nominee list asks areNomineesPublic). */
export function keyFigureCyclesOfYear(db: Db, year: number) {
  return db
    .select({ id: cycles.id, year: cycles.year, name: cycles.name, mode: cycles.mode, nomineesAnnounceAt: cycles.nomineesAnnounceAt })
    .from(cycles)
    .where(and(eq(cycles.year, year), eq(cycles.mode, 'key_figures')))
    .orderBy(asc(cycles.id))
    .all();
}
