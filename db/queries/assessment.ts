import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../client';
import {
  conflicts,
  cycles,
  decisions,
  indicatorValues,
  interviewNotes,
  kpis,
  municipalities,
  nominations,
  rubricAreas,
  scoreSheets,
  scores,
  users,
  weightSets,
} from '../schema';

/**
 * Reads for the assessment (ranking) of one cycle. Rules that hold for every read here:
 * only SUBMITTED score sheets count, and a juror's scores for a municipality they have a
 * declared conflict with in the cycle never count — even if such rows exist.
 */

/** No conflict between the row's juror and the nomination's municipality in this cycle. */
const notConflicted = (jurorColumn: typeof scoreSheets.jurorId | typeof interviewNotes.jurorId) =>
  sql`not exists (select 1 from ${conflicts} c where c.cycle_id = ${nominations.cycleId} and c.juror_id = ${jurorColumn} and c.kommunkod = ${nominations.kommunkod})`;

export function cycleForAssessment(db: Db, cycleId: number) {
  return db
    .select({
      id: cycles.id,
      name: cycles.name,
      year: cycles.year,
      mode: cycles.mode,
      phase: cycles.phase,
      scaleMin: cycles.scaleMin,
      scaleMax: cycles.scaleMax,
      settings: cycles.settings,
      isDemo: cycles.isDemo,
    })
    .from(cycles)
    .where(eq(cycles.id, cycleId))
    .get();
}

/** The nominations that take part in the ranking: submitted applications, with municipality name. */
export function rankableNominations(db: Db, cycleId: number) {
  return db
    .select({
      id: nominations.id,
      kommunkod: nominations.kommunkod,
      municipality: municipalities.name,
      county: municipalities.county,
      finalist: nominations.finalist,
    })
    .from(nominations)
    .innerJoin(municipalities, eq(municipalities.kommunkod, nominations.kommunkod))
    .where(and(eq(nominations.cycleId, cycleId), eq(nominations.status, 'submitted')))
    .orderBy(asc(nominations.id))
    .all();
}

/** Every criterion score of a submitted, non-conflicted sheet in the cycle. */
export function submittedScores(db: Db, cycleId: number) {
  return db
    .select({
      jurorId: scoreSheets.jurorId,
      nominationId: scoreSheets.nominationId,
      criterionId: scores.criterionId,
      value: scores.value,
      cannotAssess: scores.cannotAssess,
      comment: scores.comment,
    })
    .from(scores)
    .innerJoin(scoreSheets, eq(scoreSheets.id, scores.sheetId))
    .innerJoin(nominations, eq(nominations.id, scoreSheets.nominationId))
    .where(and(eq(nominations.cycleId, cycleId), eq(nominations.status, 'submitted'), eq(scoreSheets.status, 'submitted'), notConflicted(scoreSheets.jurorId)))
    .orderBy(asc(scoreSheets.jurorId), asc(scoreSheets.nominationId), asc(scores.criterionId))
    .all();
}

/** Interview scores (per juror × finalist × area) of non-conflicted jurors. */
export function interviewScores(db: Db, cycleId: number) {
  return db
    .select({
      jurorId: interviewNotes.jurorId,
      nominationId: interviewNotes.nominationId,
      areaId: interviewNotes.areaId,
      score: interviewNotes.score,
    })
    .from(interviewNotes)
    .innerJoin(nominations, eq(nominations.id, interviewNotes.nominationId))
    .innerJoin(rubricAreas, eq(rubricAreas.id, interviewNotes.areaId))
    .where(and(eq(nominations.cycleId, cycleId), isNotNull(interviewNotes.score), notConflicted(interviewNotes.jurorId)))
    .all() as { jurorId: number; nominationId: number; areaId: number; score: number }[];
}

/** Names of the given users (jurors), for display. */
export function userNames(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, [...ids])).all();
}

/** The KPI catalogue entries of the two index components, and every value of them (the reference set). */
export function indexIndicatorData(db: Db) {
  const catalogue = db
    .select({ id: kpis.id, direction: kpis.direction, component: kpis.component })
    .from(kpis)
    .where(inArray(kpis.component, ['financial_strength', 'service_quality']))
    .all();
  if (catalogue.length === 0) return { catalogue, values: [] };
  const values = db
    .select({ kommunkod: indicatorValues.kommunkod, kpi: indicatorValues.kpiId, year: indicatorValues.year, value: indicatorValues.value })
    .from(indicatorValues)
    .where(inArray(indicatorValues.kpiId, catalogue.map((c) => c.id)))
    .all();
  return { catalogue, values };
}

/** The newest saved weight set of a cycle, or undefined. */
export function latestWeightSet(db: Db, cycleId: number) {
  return db.select().from(weightSets).where(eq(weightSets.cycleId, cycleId)).orderBy(desc(weightSets.version)).limit(1).get();
}

export function weightSetById(db: Db, id: number) {
  return db.select().from(weightSets).where(eq(weightSets.id, id)).get();
}

/** Inserts the next version of the cycle's weights; call inside a write transaction. */
export function insertWeightSet(tx: Db, values: { cycleId: number; weights: Record<string, number>; createdBy: number; createdAt: string }) {
  const last = tx
    .select({ version: sql<number>`coalesce(max(${weightSets.version}), 0)` })
    .from(weightSets)
    .where(eq(weightSets.cycleId, values.cycleId))
    .get();
  const version = (last?.version ?? 0) + 1;
  return tx.insert(weightSets).values({ ...values, version }).returning().get();
}

/**
 * A fingerprint of everything the ranking reads, so a computed ranking can be cached and a
 * snapshot can say which data it was based on. Changes whenever a sheet, score, interview
 * note, conflict, nomination, rubric weight, indicator value or weight set changes.
 *
 * Cheap on purpose (a few ms on 290 × 30 × 20): the 174,000 criterion scores are not scanned.
 * Their changes reach the ranking only through the sheets: only submitted sheets count, a
 * submitted sheet is locked (a score can change only after it is reopened, which raises its
 * revision, and is counted again only after it is submitted again, which raises it once more),
 * and every score write also stamps its sheet's updated_at.
 */
export function assessmentRevision(db: Db, cycleId: number): string {
  const row = db.$client
    .prepare(
      `select
        (select count(*) || ':' || coalesce(max(s.updated_at), '') || ':' || coalesce(sum(s.revision), 0) || ':' || coalesce(sum(s.status = 'submitted'), 0)
           from score_sheets s join nominations n on n.id = s.nomination_id where n.cycle_id = @c) as sheets,
        (select count(*) || ':' || coalesce(max(i.updated_at), '') from interview_notes i join nominations n on n.id = i.nomination_id where n.cycle_id = @c) as interviews,
        (select count(*) || ':' || coalesce(max(id), 0) from conflicts where cycle_id = @c) as conflicts,
        (select count(*) || ':' || coalesce(max(updated_at), '') || ':' || coalesce(sum(status = 'submitted'), 0) from nominations where cycle_id = @c) as noms,
        (select group_concat(a.key || '=' || a.weight) from rubric_areas a where a.cycle_id = @c) as areas,
        (select count(*) || ':' || coalesce(sum(c.weight), 0) from rubric_criteria c join rubric_areas a on a.id = c.area_id where a.cycle_id = @c) as criteria,
        (select count(*) || ':' || coalesce(max(import_id), 0) from indicator_values) as indicators,
        (select count(*) from kpis) as kpis,
        (select coalesce(max(id), 0) from weight_sets where cycle_id = @c) as weights`,
    )
    .get({ c: cycleId }) as Record<string, string | number | null>;
  return Object.values(row).map(String).join('|');
}

/** Sets exactly the given nominations of the cycle as finalists (others not); returns the previous finalists. In a write transaction. */
export function setFinalists(tx: Db, cycleId: number, nominationIds: readonly number[]): { before: number[] } {
  const before = tx
    .select({ id: nominations.id })
    .from(nominations)
    .where(and(eq(nominations.cycleId, cycleId), eq(nominations.finalist, true)))
    .orderBy(asc(nominations.id))
    .all()
    .map((r) => r.id);
  tx.update(nominations).set({ finalist: false }).where(and(eq(nominations.cycleId, cycleId), eq(nominations.finalist, true))).run();
  if (nominationIds.length > 0) {
    tx.update(nominations)
      .set({ finalist: true })
      .where(and(eq(nominations.cycleId, cycleId), inArray(nominations.id, [...nominationIds])))
      .run();
  }
  return { before };
}

/** The recorded decision of a cycle, if any (organisers only: never shown elsewhere before publication). */
export function decisionOfCycle(db: Db, cycleId: number) {
  return db.select().from(decisions).where(eq(decisions.cycleId, cycleId)).get() ?? null;
}

export function insertDecision(tx: Db, values: typeof decisions.$inferInsert) {
  return tx.insert(decisions).values(values).returning({ id: decisions.id }).get().id;
}

/**
 * A fingerprint of what the progress matrix's cells are computed from: the cycle's assignments
 * and score sheets. Assignment ids are never reused, so count and sum of ids change with every
 * assignment added or removed; a sheet's status, revision and updated_at change with every
 * submission, reopening and score write (a score write stamps its sheet). A few ms on 290 × 30.
 */
export function progressRevision(db: Db, cycleId: number): string {
  const row = db.$client
    .prepare(
      `select
        (select count(*) || ':' || coalesce(sum(a.id), 0) || ':' || coalesce(max(a.id), 0)
           from assignments a join nominations n on n.id = a.nomination_id where n.cycle_id = @c) as assignments,
        (select count(*) || ':' || coalesce(max(s.updated_at), '') || ':' || coalesce(sum(s.revision), 0) || ':' || coalesce(sum(s.status = 'submitted'), 0) || ':' || coalesce(sum(s.id), 0)
           from score_sheets s join nominations n on n.id = s.nomination_id where n.cycle_id = @c) as sheets`,
    )
    .get({ c: cycleId }) as { assignments: string; sheets: string };
  return `${row.assignments}|${row.sheets}`;
}
