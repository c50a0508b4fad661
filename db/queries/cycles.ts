import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { assignments, cyclePhaseDates, cycles, nominations, rubricAreas, rubricCriteria, scoreSheets } from '../schema';

// Drizzle renders a column inside a select's sql`` unqualified; the subqueries need
// the outer table named explicitly.
const cycleId = sql.raw('"cycles"."id"');

/** Every cycle with the counts the organiser's overview shows, newest first. */
export function cyclesWithCounts(db: Db) {
  return db
    .select({
      id: cycles.id,
      year: cycles.year,
      name: cycles.name,
      mode: cycles.mode,
      phase: cycles.phase,
      embargoAt: cycles.embargoAt,
      isDemo: cycles.isDemo,
      nominations: sql<number>`(select count(*) from ${nominations} n where n.cycle_id = ${cycleId})`,
      submittedApplications: sql<number>`(select count(*) from ${nominations} n where n.cycle_id = ${cycleId} and n.status = 'submitted')`,
      assignments: sql<number>`(select count(*) from ${assignments} a join ${nominations} n on n.id = a.nomination_id where n.cycle_id = ${cycleId})`,
      submittedSheets: sql<number>`(select count(*) from ${scoreSheets} s join ${nominations} n on n.id = s.nomination_id where n.cycle_id = ${cycleId} and s.status = 'submitted')`,
      jurors: sql<number>`(select count(distinct a.juror_id) from ${assignments} a join ${nominations} n on n.id = a.nomination_id where n.cycle_id = ${cycleId})`,
    })
    .from(cycles)
    .orderBy(desc(cycles.year), desc(cycles.id))
    .all();
}

export function phaseDatesOf(db: Db, cycleId: number) {
  return db.select().from(cyclePhaseDates).where(eq(cyclePhaseDates.cycleId, cycleId)).all();
}

/** The rubric of a cycle: areas in order, each with its criteria in order. */
export function rubricOf(db: Db, cycleId: number) {
  const areas = db.select().from(rubricAreas).where(eq(rubricAreas.cycleId, cycleId)).orderBy(rubricAreas.position).all();
  const criteria = db
    .select({ criterion: rubricCriteria })
    .from(rubricCriteria)
    .innerJoin(rubricAreas, eq(rubricAreas.id, rubricCriteria.areaId))
    .where(eq(rubricAreas.cycleId, cycleId))
    .orderBy(rubricCriteria.position)
    .all()
    .map((r) => r.criterion);
  return areas.map((a) => ({ ...a, criteria: criteria.filter((c) => c.areaId === a.id) }));
}
