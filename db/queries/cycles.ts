import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { assignments, cyclePhaseDates, cycles, nominations, rubricAreas, rubricCriteria, scores, scoreSheets } from '../schema';

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

// ---------------------------------------------------------------------------
// One cycle: read, create, phase, dates, rubric

export type CycleRow = typeof cycles.$inferSelect;

export function cycleById(db: Db, id: number): CycleRow | undefined {
  return db.select().from(cycles).where(eq(cycles.id, id)).get();
}

/** The cycle of that year with that name, compared without case (Swedish letters too: SQLite's lower() folds only ASCII). */
export function cycleByYearAndName(db: Db, year: number, name: string): CycleRow | undefined {
  const wanted = name.trim().toLocaleLowerCase('sv-SE');
  return db
    .select()
    .from(cycles)
    .where(eq(cycles.year, year))
    .all()
    .find((c) => c.name.trim().toLocaleLowerCase('sv-SE') === wanted);
}

/** Id, year and name of every cycle, newest first (for "copy from"). */
export function cycleChoices(db: Db) {
  return db
    .select({ id: cycles.id, year: cycles.year, name: cycles.name, mode: cycles.mode })
    .from(cycles)
    .orderBy(desc(cycles.year), desc(cycles.id))
    .all();
}

export function insertCycle(tx: Db, values: typeof cycles.$inferInsert): number {
  return tx.insert(cycles).values(values).returning({ id: cycles.id }).get().id;
}

export function updateCyclePhase(tx: Db, id: number, phase: CycleRow['phase']): void {
  tx.update(cycles).set({ phase }).where(eq(cycles.id, id)).run();
}

export function updateCycleScale(tx: Db, id: number, scaleMin: number, scaleMax: number): void {
  tx.update(cycles).set({ scaleMin, scaleMax }).where(eq(cycles.id, id)).run();
}

export function updateCycleLock(tx: Db, id: number, rubricLockedAt: string | null, settings: Record<string, unknown>): void {
  tx.update(cycles).set({ rubricLockedAt, settings }).where(eq(cycles.id, id)).run();
}

/**
 * Locks a cycle's rubric when a score sheet is submitted, unless it is locked already.
 * For the score-sheet submission: call it in the same transaction as the submission.
 */
export function lockRubricOnSubmission(tx: Db, cycleId: number, at: string): void {
  tx.update(cycles)
    .set({ rubricLockedAt: at })
    .where(and(eq(cycles.id, cycleId), isNull(cycles.rubricLockedAt)))
    .run();
}

/** Replaces the dates of the given phases (a phase with neither start nor end loses its row). */
export function replacePhaseDates(
  tx: Db,
  cycleId: number,
  rows: { phase: CycleRow['phase']; startsAt: string | null; endsAt: string | null }[],
): void {
  for (const r of rows) {
    tx.delete(cyclePhaseDates).where(and(eq(cyclePhaseDates.cycleId, cycleId), eq(cyclePhaseDates.phase, r.phase))).run();
    if (r.startsAt || r.endsAt) tx.insert(cyclePhaseDates).values({ cycleId, ...r }).run();
  }
}

/** When score sheets of a cycle were submitted: the first and the last, and how many. */
export function submittedSheetTimes(db: Db, cycleId: number, after?: string | null) {
  const row = db
    .select({
      count: sql<number>`count(*)`,
      first: sql<string | null>`min(${scoreSheets.submittedAt})`,
      last: sql<string | null>`max(${scoreSheets.submittedAt})`,
    })
    .from(scoreSheets)
    .innerJoin(nominations, eq(nominations.id, scoreSheets.nominationId))
    .where(
      and(
        eq(nominations.cycleId, cycleId),
        eq(scoreSheets.status, 'submitted'),
        after ? gt(scoreSheets.submittedAt, after) : undefined,
      ),
    )
    .get();
  return { count: row?.count ?? 0, first: row?.first ?? null, last: row?.last ?? null };
}

export type RubricLock = { locked: boolean; since: string | null; unlockedAt: string | null; unlockReason: string | null };

/**
 * Whether a cycle's rubric is locked. It locks when the first score sheet is
 * submitted (cycles.rubricLockedAt, or a submitted sheet where that was not set);
 * an audited reopen (settings.rubricUnlockedAt) opens it until the next submission.
 */
export function rubricLockOf(db: Db, cycle: CycleRow): RubricLock {
  const settings = cycle.settings ?? {};
  const unlockedAt = typeof settings.rubricUnlockedAt === 'string' ? settings.rubricUnlockedAt : null;
  const unlockReason = typeof settings.rubricUnlockReason === 'string' ? settings.rubricUnlockReason : null;
  if (cycle.rubricLockedAt) return { locked: true, since: cycle.rubricLockedAt, unlockedAt, unlockReason };
  const sheets = submittedSheetTimes(db, cycle.id, unlockedAt);
  if (sheets.count > 0) return { locked: true, since: sheets.first, unlockedAt, unlockReason };
  return { locked: false, since: null, unlockedAt, unlockReason };
}

/** Criterion ids of a cycle that have at least one score (these cannot be removed). */
export function scoredCriterionIds(db: Db, cycleId: number): Set<number> {
  const rows = db
    .selectDistinct({ id: scores.criterionId })
    .from(scores)
    .innerJoin(rubricCriteria, eq(rubricCriteria.id, scores.criterionId))
    .innerJoin(rubricAreas, eq(rubricAreas.id, rubricCriteria.areaId))
    .where(eq(rubricAreas.cycleId, cycleId))
    .all();
  return new Set(rows.map((r) => r.id));
}

/** The lowest and highest score value given in a cycle (null when nothing is scored). */
export function scoreValueRange(db: Db, cycleId: number): { min: number | null; max: number | null } {
  const row = db
    .select({ min: sql<number | null>`min(${scores.value})`, max: sql<number | null>`max(${scores.value})` })
    .from(scores)
    .innerJoin(rubricCriteria, eq(rubricCriteria.id, scores.criterionId))
    .innerJoin(rubricAreas, eq(rubricAreas.id, rubricCriteria.areaId))
    .where(eq(rubricAreas.cycleId, cycleId))
    .get();
  return { min: row?.min ?? null, max: row?.max ?? null };
}

export type RubricAreaWrite = {
  id?: number;
  key: string;
  name: string;
  description: string;
  weight: number;
  position: number;
  criteria: {
    id?: number;
    title: string;
    guidance: string;
    lowText: string;
    midText: string;
    highText: string;
    weight: number;
    position: number;
  }[];
};

/**
 * Writes a cycle's rubric as given: updates the rows that have an id, inserts
 * those without, deletes the ones left out. The caller has checked that every id
 * belongs to the cycle and that nothing deleted has scores.
 */
export function writeRubric(tx: Db, cycleId: number, areas: RubricAreaWrite[]): void {
  const existing = rubricOf(tx, cycleId);
  const keptAreas = new Set(areas.flatMap((a) => (a.id ? [a.id] : [])));
  const keptCriteria = new Set(areas.flatMap((a) => a.criteria.flatMap((c) => (c.id ? [c.id] : []))));
  for (const a of existing) {
    for (const c of a.criteria) if (!keptCriteria.has(c.id)) tx.delete(rubricCriteria).where(eq(rubricCriteria.id, c.id)).run();
    if (!keptAreas.has(a.id)) tx.delete(rubricAreas).where(eq(rubricAreas.id, a.id)).run();
  }
  // Positions and keys are unique per cycle only for keys; write areas first, then criteria.
  for (const a of areas) {
    const values = { name: a.name, description: a.description, weight: a.weight, position: a.position };
    const areaId = a.id
      ? (tx.update(rubricAreas).set(values).where(eq(rubricAreas.id, a.id)).run(), a.id)
      : tx.insert(rubricAreas).values({ ...values, cycleId, key: a.key }).returning({ id: rubricAreas.id }).get().id;
    for (const c of a.criteria) {
      const cv = {
        areaId,
        title: c.title,
        guidance: c.guidance,
        lowText: c.lowText,
        midText: c.midText,
        highText: c.highText,
        weight: c.weight,
        position: c.position,
      };
      if (c.id) tx.update(rubricCriteria).set(cv).where(eq(rubricCriteria.id, c.id)).run();
      else tx.insert(rubricCriteria).values(cv).run();
    }
  }
}
