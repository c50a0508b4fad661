import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import {
  assignments,
  conflicts,
  cyclePhaseDates,
  cycles,
  municipalities,
  nominations,
  rubricAreas,
  rubricCriteria,
  scoreSheets,
  scores,
} from '../schema';

/**
 * A juror's assigned nominations with progress (criteria scored / total), the
 * sheet's status and the review deadline. Conflicted nominations never appear.
 */
export function assignmentsForJuror(db: Db, jurorId: number) {
  return db
    .select({
      nominationId: nominations.id,
      cycleId: cycles.id,
      cycleName: cycles.name,
      cyclePhase: cycles.phase,
      kommunkod: municipalities.kommunkod,
      municipality: municipalities.name,
      county: municipalities.county,
      sheetStatus: scoreSheets.status,
      scored: sql<number>`coalesce((select count(*) from ${scores} sc where sc.sheet_id = ${scoreSheets.id} and (sc.value is not null or sc.cannot_assess = 1)), 0)`,
      total: sql<number>`(select count(*) from ${rubricCriteria} rc join ${rubricAreas} ra on ra.id = rc.area_id where ra.cycle_id = ${cycles.id})`,
      deadline: cyclePhaseDates.endsAt,
    })
    .from(assignments)
    .innerJoin(nominations, eq(nominations.id, assignments.nominationId))
    .innerJoin(cycles, eq(cycles.id, nominations.cycleId))
    .innerJoin(municipalities, eq(municipalities.kommunkod, nominations.kommunkod))
    .leftJoin(scoreSheets, and(eq(scoreSheets.nominationId, nominations.id), eq(scoreSheets.jurorId, jurorId)))
    .leftJoin(cyclePhaseDates, and(eq(cyclePhaseDates.cycleId, cycles.id), eq(cyclePhaseDates.phase, 'review')))
    .where(
      and(
        eq(assignments.jurorId, jurorId),
        sql`not exists (select 1 from ${conflicts} c where c.cycle_id = ${cycles.id} and c.juror_id = ${jurorId} and c.kommunkod = ${nominations.kommunkod})`,
      ),
    )
    .orderBy(municipalities.name)
    .all();
}

/** The facts the policy needs about one juror and one nomination. */
export function jurorRelation(db: Db, jurorId: number, nominationId: number) {
  const nomination = db
    .select({ id: nominations.id, cycleId: nominations.cycleId, kommunkod: nominations.kommunkod })
    .from(nominations)
    .where(eq(nominations.id, nominationId))
    .get();
  if (!nomination) return undefined;
  const assigned = !!db
    .select({ id: assignments.id })
    .from(assignments)
    .where(and(eq(assignments.nominationId, nominationId), eq(assignments.jurorId, jurorId)))
    .get();
  const conflicted = !!db
    .select({ id: conflicts.id })
    .from(conflicts)
    .where(
      and(
        eq(conflicts.cycleId, nomination.cycleId),
        eq(conflicts.jurorId, jurorId),
        eq(conflicts.kommunkod, nomination.kommunkod),
      ),
    )
    .get();
  const sheet = db
    .select({ status: scoreSheets.status })
    .from(scoreSheets)
    .where(and(eq(scoreSheets.nominationId, nominationId), eq(scoreSheets.jurorId, jurorId)))
    .get();
  return { ...nomination, assigned, conflicted, ownSheetSubmitted: sheet?.status === 'submitted' };
}
