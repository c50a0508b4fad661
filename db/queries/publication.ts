import { and, asc, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { assignments, awardArchive, cycles, municipalities, nominations, users } from '../schema';

/*
 * Reads and writes behind publication and the public results site. None of these
 * decides whether anything is public: callers ask isResultPublic (lib/domain/publication.ts).
 */

/** Cycles that could be public: phase published with an embargo instant. */
export function publishedCycles(db: Db) {
  return db
    .select({ id: cycles.id, year: cycles.year, name: cycles.name, phase: cycles.phase, embargoAt: cycles.embargoAt, settings: cycles.settings })
    .from(cycles)
    .where(and(eq(cycles.phase, 'published'), isNotNull(cycles.embargoAt)))
    .orderBy(desc(cycles.year), desc(cycles.embargoAt), desc(cycles.id))
    .all();
}

/** Every cycle of a year with its phase and embargo (to tell whether an answer about the year may be cached). */
export function cyclesOfYear(db: Db, year: number) {
  return db.select({ id: cycles.id, phase: cycles.phase, embargoAt: cycles.embargoAt }).from(cycles).where(eq(cycles.year, year)).all();
}

/** A cycle's nominations with their municipality, for the winner and the finalists. */
export function nominationsWithMunicipality(db: Db, cycleId: number) {
  return db
    .select({ id: nominations.id, kommunkod: nominations.kommunkod, name: municipalities.name, county: municipalities.county, finalist: nominations.finalist })
    .from(nominations)
    .innerJoin(municipalities, eq(municipalities.kommunkod, nominations.kommunkod))
    .where(eq(nominations.cycleId, cycleId))
    .orderBy(asc(municipalities.name))
    .all();
}

/** The jurors who worked in a cycle (assigned to any of its nominations), by name; erased people left out. */
export function jurorsOfCycle(db: Db, cycleId: number) {
  return db
    .selectDistinct({ id: users.id, name: users.name, organisation: users.organisation })
    .from(assignments)
    .innerJoin(nominations, eq(nominations.id, assignments.nominationId))
    .innerJoin(users, eq(users.id, assignments.jurorId))
    .where(and(eq(nominations.cycleId, cycleId), eq(users.role, 'juror'), isNull(users.erasedAt)))
    .orderBy(asc(users.name))
    .all();
}

/** Whether the juror worked in the cycle (assigned to any of its nominations). */
export function isJurorOfCycle(db: Db, jurorId: number, cycleId: number): boolean {
  return !!db
    .select({ id: assignments.id })
    .from(assignments)
    .innerJoin(nominations, eq(nominations.id, assignments.nominationId))
    .where(and(eq(nominations.cycleId, cycleId), eq(assignments.jurorId, jurorId)))
    .limit(1)
    .get();
}

export function setPublication(tx: Db, cycleId: number, values: { phase?: 'published'; embargoAt: string }) {
  tx.update(cycles).set(values).where(eq(cycles.id, cycleId)).run();
}

/** Merges keys into a cycle's JSON settings; every other key is kept. Call inside a write transaction. */
export function mergeCycleSettings(tx: Db, cycleId: number, patch: Record<string, unknown>): Record<string, unknown> {
  const row = tx.select({ settings: cycles.settings }).from(cycles).where(eq(cycles.id, cycleId)).get();
  const settings = { ...(row?.settings ?? {}), ...patch };
  tx.update(cycles).set({ settings }).where(eq(cycles.id, cycleId)).run();
  return settings;
}

// ---------------------------------------------------------------------------
// The archive

export type ArchiveRow = typeof awardArchive.$inferSelect;

export function archiveRows(db: Db) {
  return db
    .select({
      year: awardArchive.year,
      kommunkod: awardArchive.kommunkod,
      winnerName: awardArchive.winnerName,
      motivation: awardArchive.motivation,
      finalists: awardArchive.finalists,
      updatedAt: awardArchive.updatedAt,
      county: municipalities.county,
    })
    .from(awardArchive)
    .leftJoin(municipalities, eq(municipalities.kommunkod, awardArchive.kommunkod))
    .orderBy(desc(awardArchive.year))
    .all();
}

export function archiveRowOfYear(db: Db, year: number) {
  return archiveRows(db).find((r) => r.year === year) ?? null;
}

/** Adds a year to the archive unless it is there already (an organiser's edits are kept). */
export function insertArchiveRowIfMissing(db: Db, values: typeof awardArchive.$inferInsert): boolean {
  return db.insert(awardArchive).values(values).onConflictDoNothing().run().changes > 0;
}

export function updateArchiveRow(tx: Db, year: number, values: { motivation: string | null; finalists: string[]; updatedBy: number; updatedAt: string }) {
  tx.update(awardArchive).set(values).where(eq(awardArchive.year, year)).run();
}

export function municipalityCodeByName(db: Db, name: string): string | null {
  return db.select({ kommunkod: municipalities.kommunkod }).from(municipalities).where(eq(municipalities.name, name)).get()?.kommunkod ?? null;
}

/** The cycles a juror worked in (assigned to any nomination), newest first. */
export function cyclesOfJuror(db: Db, jurorId: number) {
  return db
    .selectDistinct({ id: cycles.id, year: cycles.year, name: cycles.name, phase: cycles.phase, embargoAt: cycles.embargoAt, settings: cycles.settings })
    .from(assignments)
    .innerJoin(nominations, eq(nominations.id, assignments.nominationId))
    .innerJoin(cycles, eq(cycles.id, nominations.cycleId))
    .where(eq(assignments.jurorId, jurorId))
    .orderBy(desc(cycles.year), desc(cycles.id))
    .all();
}
