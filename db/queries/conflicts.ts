import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { assignments, conflicts, cycles, municipalities, nominations, scoreSheets, users } from '../schema';

/** The conflicts of a cycle with names, by juror then municipality. */
export function conflictsOfCycle(db: Db, cycleId: number) {
  const declarer = db.$with('declarer').as(db.select({ id: users.id, name: users.name, role: users.role }).from(users));
  return db
    .with(declarer)
    .select({
      id: conflicts.id,
      jurorId: conflicts.jurorId,
      juror: users.name,
      organisation: users.organisation,
      kommunkod: conflicts.kommunkod,
      municipality: municipalities.name,
      reason: conflicts.reason,
      declaredById: conflicts.declaredBy,
      declaredBy: declarer.name,
      declaredByRole: declarer.role,
      createdAt: conflicts.createdAt,
    })
    .from(conflicts)
    .innerJoin(users, eq(users.id, conflicts.jurorId))
    .innerJoin(municipalities, eq(municipalities.kommunkod, conflicts.kommunkod))
    .leftJoin(declarer, eq(declarer.id, conflicts.declaredBy))
    .where(eq(conflicts.cycleId, cycleId))
    .orderBy(asc(users.name), asc(municipalities.name))
    .all();
}

/** A juror's conflicts in every cycle. */
export function conflictsOfJuror(db: Db, jurorId: number) {
  return db
    .select({
      id: conflicts.id,
      cycleId: conflicts.cycleId,
      cycleName: cycles.name,
      kommunkod: conflicts.kommunkod,
      municipality: municipalities.name,
      reason: conflicts.reason,
      createdAt: conflicts.createdAt,
    })
    .from(conflicts)
    .innerJoin(cycles, eq(cycles.id, conflicts.cycleId))
    .innerJoin(municipalities, eq(municipalities.kommunkod, conflicts.kommunkod))
    .where(eq(conflicts.jurorId, jurorId))
    .orderBy(asc(cycles.year), asc(municipalities.name))
    .all();
}

export function conflictById(db: Db, id: number) {
  return db.select().from(conflicts).where(eq(conflicts.id, id)).get();
}

export function findConflict(db: Db, cycleId: number, jurorId: number, kommunkod: string) {
  return db
    .select()
    .from(conflicts)
    .where(and(eq(conflicts.cycleId, cycleId), eq(conflicts.jurorId, jurorId), eq(conflicts.kommunkod, kommunkod)))
    .get();
}

export function insertConflict(db: Db, values: typeof conflicts.$inferInsert) {
  return db.insert(conflicts).values(values).returning().get();
}

export function deleteConflict(db: Db, id: number) {
  db.delete(conflicts).where(eq(conflicts.id, id)).run();
}

/** The juror's assignments (with any score sheet) on the municipality's nominations in the cycle. */
export function assignmentsHitByConflict(db: Db, cycleId: number, jurorId: number, kommunkod: string) {
  return db
    .select({
      assignmentId: assignments.id,
      nominationId: nominations.id,
      pinned: assignments.pinned,
      sheetId: scoreSheets.id,
      sheetStatus: scoreSheets.status,
    })
    .from(assignments)
    .innerJoin(nominations, eq(nominations.id, assignments.nominationId))
    .leftJoin(scoreSheets, and(eq(scoreSheets.nominationId, nominations.id), eq(scoreSheets.jurorId, jurorId)))
    .where(and(eq(assignments.jurorId, jurorId), eq(nominations.cycleId, cycleId), eq(nominations.kommunkod, kommunkod)))
    .all();
}

export function deleteAssignments(db: Db, ids: number[]) {
  if (ids.length > 0) db.delete(assignments).where(inArray(assignments.id, ids)).run();
}

/**
 * Score sheets of a cycle that a conflict excludes from every aggregate: the
 * juror has a conflict with the nomination's municipality. They stay in the
 * database (nothing is silently deleted) but must never be counted.
 */
export function conflictedSheetIds(db: Db, cycleId: number): number[] {
  return db
    .select({ id: scoreSheets.id })
    .from(scoreSheets)
    .innerJoin(nominations, eq(nominations.id, scoreSheets.nominationId))
    .innerJoin(
      conflicts,
      and(eq(conflicts.cycleId, nominations.cycleId), eq(conflicts.jurorId, scoreSheets.jurorId), eq(conflicts.kommunkod, nominations.kommunkod)),
    )
    .where(eq(nominations.cycleId, cycleId))
    .all()
    .map((r) => r.id);
}
