import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { assignments, conflicts, cyclePhaseDates, cycles, municipalities, nominations, rubricAreas, rubricCriteria, scoreSheets, scores, users } from '../schema';

export function cycleById(db: Db, id: number) {
  return db.select().from(cycles).where(eq(cycles.id, id)).get();
}

export function reviewDeadline(db: Db, cycleId: number): string | null {
  return (
    db
      .select({ endsAt: cyclePhaseDates.endsAt })
      .from(cyclePhaseDates)
      .where(and(eq(cyclePhaseDates.cycleId, cycleId), eq(cyclePhaseDates.phase, 'review')))
      .get()?.endsAt ?? null
  );
}

/**
 * The nominations the jury reviews: every nomination of the cycle that is not
 * declined or withdrawn (in an open-application cycle: submitted ones only), by municipality name.
 */
export function reviewableNominations(db: Db, cycleId: number, mode: 'open_application' | 'key_figures') {
  const statuses = mode === 'open_application' ? (['submitted'] as const) : (['invited', 'draft', 'submitted'] as const);
  return db
    .select({ id: nominations.id, kommunkod: nominations.kommunkod, municipality: municipalities.name, status: nominations.status })
    .from(nominations)
    .innerJoin(municipalities, eq(municipalities.kommunkod, nominations.kommunkod))
    .where(and(eq(nominations.cycleId, cycleId), inArray(nominations.status, [...statuses])))
    .orderBy(asc(municipalities.name))
    .all();
}

/** Every assignment of a cycle, with whether the juror has a score sheet for it. */
export function assignmentsOfCycle(db: Db, cycleId: number) {
  return db
    .select({
      id: assignments.id,
      nominationId: assignments.nominationId,
      jurorId: assignments.jurorId,
      pinned: assignments.pinned,
      sheetStatus: scoreSheets.status,
    })
    .from(assignments)
    .innerJoin(nominations, eq(nominations.id, assignments.nominationId))
    .leftJoin(scoreSheets, and(eq(scoreSheets.nominationId, assignments.nominationId), eq(scoreSheets.jurorId, assignments.jurorId)))
    .where(eq(nominations.cycleId, cycleId))
    .orderBy(asc(assignments.nominationId), asc(assignments.jurorId))
    .all();
}

export function conflictPairsOfCycle(db: Db, cycleId: number) {
  return db.select({ jurorId: conflicts.jurorId, kommunkod: conflicts.kommunkod }).from(conflicts).where(eq(conflicts.cycleId, cycleId)).all();
}

export function deleteAssignmentsExcept(db: Db, cycleId: number, keepIds: number[]) {
  const ofCycle = db.select({ id: nominations.id }).from(nominations).where(eq(nominations.cycleId, cycleId));
  const where = keepIds.length
    ? and(inArray(assignments.nominationId, ofCycle), notInArray(assignments.id, keepIds))
    : inArray(assignments.nominationId, ofCycle);
  return db.delete(assignments).where(where).run().changes;
}

export function insertAssignment(db: Db, values: typeof assignments.$inferInsert) {
  db.insert(assignments).values(values).run();
}

export function setAssignmentPinned(db: Db, id: number, pinned: boolean) {
  db.update(assignments).set({ pinned }).where(eq(assignments.id, id)).run();
}

export function updateCycleSettings(db: Db, cycleId: number, settings: Record<string, unknown>) {
  db.update(cycles).set({ settings }).where(eq(cycles.id, cycleId)).run();
}

/**
 * Every juror × nomination cell of a cycle the progress matrix needs: assigned,
 * conflicted, the sheet's status and how many criteria have an answer.
 */
export function progressCells(db: Db, cycleId: number) {
  return db
    .select({
      nominationId: scoreSheets.nominationId,
      jurorId: scoreSheets.jurorId,
      status: scoreSheets.status,
      answered: sql<number>`(select count(*) from ${scores} sc where sc.sheet_id = ${scoreSheets.id} and (sc.value is not null or sc.cannot_assess = 1))`,
      updatedAt: scoreSheets.updatedAt,
    })
    .from(scoreSheets)
    .innerJoin(nominations, eq(nominations.id, scoreSheets.nominationId))
    .where(eq(nominations.cycleId, cycleId))
    .all();
}

export function criteriaCount(db: Db, cycleId: number): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(rubricCriteria)
      .innerJoin(rubricAreas, eq(rubricAreas.id, rubricCriteria.areaId))
      .where(eq(rubricAreas.cycleId, cycleId))
      .get()?.n ?? 0
  );
}

/** Jurors who have anything in the cycle (an assignment, a sheet or a conflict), active or not. */
export function jurorsOfCycle(db: Db, cycleId: number) {
  const ofCycle = db.select({ id: nominations.id }).from(nominations).where(eq(nominations.cycleId, cycleId));
  return db
    .select({ id: users.id, name: users.name, email: users.email, organisation: users.organisation, active: users.active, locale: users.locale })
    .from(users)
    .where(
      and(
        eq(users.role, 'juror'),
        sql`(${users.id} in (select juror_id from ${assignments} where nomination_id in ${ofCycle})
          or ${users.id} in (select juror_id from ${scoreSheets} where nomination_id in ${ofCycle})
          or ${users.id} in (select juror_id from ${conflicts} where cycle_id = ${cycleId})
          or ${users.active} = 1)`,
      ),
    )
    .orderBy(asc(users.name), asc(users.id))
    .all();
}

/**
 * The progress matrix's cells in one statement, as plain arrays (no object per row):
 * [jurorId, nominationId, sheet] for every assignment of the cycle, sheet = 0 (none or
 * nothing answered), 1 (in progress with at least one answer), 2 (submitted). "Answered"
 * stops at the first answer (exists) instead of counting every score of every sheet.
 */
export function progressCellsCompact(db: Db, cycleId: number): [number, number, 0 | 1 | 2][] {
  return db.$client
    .prepare(
      `select a.juror_id, a.nomination_id,
              case when s.status = 'submitted' then 2
                   when s.id is not null and exists (select 1 from scores sc where sc.sheet_id = s.id and (sc.value is not null or sc.cannot_assess = 1)) then 1
                   else 0 end
         from assignments a join nominations n on n.id = a.nomination_id
         left join score_sheets s on s.nomination_id = a.nomination_id and s.juror_id = a.juror_id
        where n.cycle_id = ?`,
    )
    .raw()
    .all(cycleId) as [number, number, 0 | 1 | 2][];
}
