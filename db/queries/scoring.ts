import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import {
  conflicts,
  cyclePhaseDates,
  cycles,
  documentPages,
  documents,
  interviewNotes,
  municipalities,
  nominations,
  outbox,
  rubricAreas,
  rubricCriteria,
  scoreSheets,
  scores,
  users,
} from '../schema';
import type { CycleState, PhaseDates } from '../../lib/domain/phases';

/** The cycle facts a scoring action needs about one nomination. */
export function scoringContextOf(db: Db, nominationId: number) {
  return db
    .select({
      nominationId: nominations.id,
      kommunkod: nominations.kommunkod,
      finalist: nominations.finalist,
      municipality: municipalities.name,
      cycleId: cycles.id,
      cycleName: cycles.name,
      mode: cycles.mode,
      phase: cycles.phase,
      scaleMin: cycles.scaleMin,
      scaleMax: cycles.scaleMax,
      rubricLockedAt: cycles.rubricLockedAt,
      settings: cycles.settings,
    })
    .from(nominations)
    .innerJoin(cycles, eq(cycles.id, nominations.cycleId))
    .innerJoin(municipalities, eq(municipalities.kommunkod, nominations.kommunkod))
    .where(eq(nominations.id, nominationId))
    .get();
}

/** A cycle's phase with its dates, as the phase machine reads it. */
export function cycleStateOf(db: Db, c: { cycleId: number; mode: CycleState['mode']; phase: CycleState['phase'] }): CycleState {
  const dates: PhaseDates = {};
  for (const d of db.select().from(cyclePhaseDates).where(eq(cyclePhaseDates.cycleId, c.cycleId)).all()) {
    dates[d.phase] = {
      ...(d.startsAt ? { start: new Date(d.startsAt) } : {}),
      ...(d.endsAt ? { end: new Date(d.endsAt) } : {}),
    };
  }
  return { mode: c.mode, phase: c.phase, dates };
}

/** The criteria of a cycle's rubric, in the rubric's order (area, then criterion). */
export function criteriaOfCycle(db: Db, cycleId: number) {
  return db
    .select({ id: rubricCriteria.id, title: rubricCriteria.title, areaId: rubricAreas.id, areaName: rubricAreas.name })
    .from(rubricCriteria)
    .innerJoin(rubricAreas, eq(rubricAreas.id, rubricCriteria.areaId))
    .where(eq(rubricAreas.cycleId, cycleId))
    .orderBy(asc(rubricAreas.position), asc(rubricCriteria.position), asc(rubricCriteria.id))
    .all();
}

/** Whether a criterion belongs to the rubric of a cycle. */
export function criterionInCycle(db: Db, criterionId: number, cycleId: number): boolean {
  return !!db
    .select({ id: rubricCriteria.id })
    .from(rubricCriteria)
    .innerJoin(rubricAreas, eq(rubricAreas.id, rubricCriteria.areaId))
    .where(and(eq(rubricCriteria.id, criterionId), eq(rubricAreas.cycleId, cycleId)))
    .get();
}

export function areaInCycle(db: Db, areaId: number, cycleId: number): boolean {
  return !!db
    .select({ id: rubricAreas.id })
    .from(rubricAreas)
    .where(and(eq(rubricAreas.id, areaId), eq(rubricAreas.cycleId, cycleId)))
    .get();
}

export function sheetOf(db: Db, nominationId: number, jurorId: number) {
  return db
    .select()
    .from(scoreSheets)
    .where(and(eq(scoreSheets.nominationId, nominationId), eq(scoreSheets.jurorId, jurorId)))
    .get();
}

/** A sheet with the juror and the nomination it belongs to (for the organiser's reopen). */
export function sheetWithOwner(db: Db, sheetId: number) {
  return db
    .select({
      sheet: scoreSheets,
      jurorEmail: users.email,
      jurorName: users.name,
      municipality: municipalities.name,
      cycleId: nominations.cycleId,
    })
    .from(scoreSheets)
    .innerJoin(users, eq(users.id, scoreSheets.jurorId))
    .innerJoin(nominations, eq(nominations.id, scoreSheets.nominationId))
    .innerJoin(municipalities, eq(municipalities.kommunkod, nominations.kommunkod))
    .where(eq(scoreSheets.id, sheetId))
    .get();
}

export function createSheet(tx: Db, input: { nominationId: number; jurorId: number; at: string }) {
  return tx
    .insert(scoreSheets)
    .values({ nominationId: input.nominationId, jurorId: input.jurorId, status: 'in_progress', revision: 0, updatedAt: input.at })
    .returning()
    .get();
}

export function scoresOfSheet(db: Db, sheetId: number) {
  return db
    .select({
      criterionId: scores.criterionId,
      value: scores.value,
      cannotAssess: scores.cannotAssess,
      comment: scores.comment,
      updatedAt: scores.updatedAt,
    })
    .from(scores)
    .where(eq(scores.sheetId, sheetId))
    .all();
}

export function upsertScore(
  tx: Db,
  input: { sheetId: number; criterionId: number; value: number | null; cannotAssess: boolean; comment: string; at: string },
) {
  const values = { value: input.value, cannotAssess: input.cannotAssess, comment: input.comment, updatedAt: input.at };
  tx.insert(scores)
    .values({ sheetId: input.sheetId, criterionId: input.criterionId, ...values })
    .onConflictDoUpdate({ target: [scores.sheetId, scores.criterionId], set: values })
    .run();
  tx.update(scoreSheets).set({ updatedAt: input.at }).where(eq(scoreSheets.id, input.sheetId)).run();
}

/** Marks a sheet submitted (locked) and raises its revision. */
export function markSubmitted(tx: Db, sheetId: number, at: string) {
  tx.update(scoreSheets)
    .set({ status: 'submitted', submittedAt: at, updatedAt: at, revision: sql`${scoreSheets.revision} + 1` })
    .where(eq(scoreSheets.id, sheetId))
    .run();
}

/** Opens a submitted sheet again and raises its revision, so pages opened before are stale. */
export function markReopened(tx: Db, sheetId: number, reason: string, at: string) {
  tx.update(scoreSheets)
    .set({ status: 'in_progress', submittedAt: null, reopenedReason: reason, updatedAt: at, revision: sql`${scoreSheets.revision} + 1` })
    .where(eq(scoreSheets.id, sheetId))
    .run();
}

/** The first submitted sheet locks the rubric. */
export function lockRubricIfOpen(tx: Db, cycleId: number, at: string) {
  tx.update(cycles)
    .set({ rubricLockedAt: at })
    .where(and(eq(cycles.id, cycleId), sql`${cycles.rubricLockedAt} is null`))
    .run();
}

/** Scores of every submitted sheet of a nomination except one juror's, with who gave them. */
export function submittedScoresOfOthers(db: Db, nominationId: number, exceptJurorId: number | null) {
  return db
    .select({
      jurorId: scoreSheets.jurorId,
      jurorName: users.name,
      organisation: users.organisation,
      criterionId: scores.criterionId,
      value: scores.value,
      cannotAssess: scores.cannotAssess,
      comment: scores.comment,
    })
    .from(scores)
    .innerJoin(scoreSheets, eq(scoreSheets.id, scores.sheetId))
    .innerJoin(users, eq(users.id, scoreSheets.jurorId))
    .innerJoin(nominations, eq(nominations.id, scoreSheets.nominationId))
    .where(
      and(
        eq(scoreSheets.nominationId, nominationId),
        eq(scoreSheets.status, 'submitted'),
        // A juror with a conflict never counts, even if their sheet predates the conflict.
        sql`not exists (select 1 from ${conflicts} c where c.cycle_id = ${nominations.cycleId} and c.juror_id = ${scoreSheets.jurorId} and c.kommunkod = ${nominations.kommunkod})`,
        exceptJurorId === null ? undefined : sql`${scoreSheets.jurorId} <> ${exceptJurorId}`,
      ),
    )
    .orderBy(asc(users.name))
    .all();
}

/** Every score a juror has given in a cycle, with the nomination it belongs to. */
export function scoresOfJurorInCycle(db: Db, jurorId: number, cycleId: number) {
  return db
    .select({
      nominationId: scoreSheets.nominationId,
      municipality: municipalities.name,
      sheetStatus: scoreSheets.status,
      criterionId: scores.criterionId,
      value: scores.value,
      cannotAssess: scores.cannotAssess,
    })
    .from(scores)
    .innerJoin(scoreSheets, eq(scoreSheets.id, scores.sheetId))
    .innerJoin(nominations, eq(nominations.id, scoreSheets.nominationId))
    .innerJoin(municipalities, eq(municipalities.kommunkod, nominations.kommunkod))
    .where(and(eq(scoreSheets.jurorId, jurorId), eq(nominations.cycleId, cycleId)))
    .all();
}

export type InterviewNoteInput = {
  nominationId: number;
  jurorId: number;
  areaId: number;
  interviewedRoles: string;
  interviewDate: string | null;
  observations: string;
  strengths: string;
  concerns: string;
  score: number | null;
  at: string;
};

export function upsertInterviewNote(tx: Db, n: InterviewNoteInput) {
  const values = {
    interviewedRoles: n.interviewedRoles,
    interviewDate: n.interviewDate,
    observations: n.observations,
    strengths: n.strengths,
    concerns: n.concerns,
    score: n.score,
    updatedAt: n.at,
  };
  return tx
    .insert(interviewNotes)
    .values({ nominationId: n.nominationId, jurorId: n.jurorId, areaId: n.areaId, ...values })
    .onConflictDoUpdate({ target: [interviewNotes.nominationId, interviewNotes.jurorId, interviewNotes.areaId], set: values })
    .returning({ id: interviewNotes.id })
    .get();
}

/** Interview notes of a nomination: one juror's, or (jurorIds null) everyone's, with names. */
export function interviewNotesOf(db: Db, nominationId: number, jurorIds: number[] | null) {
  return db
    .select({
      id: interviewNotes.id,
      jurorId: interviewNotes.jurorId,
      jurorName: users.name,
      areaId: interviewNotes.areaId,
      interviewedRoles: interviewNotes.interviewedRoles,
      interviewDate: interviewNotes.interviewDate,
      observations: interviewNotes.observations,
      strengths: interviewNotes.strengths,
      concerns: interviewNotes.concerns,
      score: interviewNotes.score,
      updatedAt: interviewNotes.updatedAt,
    })
    .from(interviewNotes)
    .innerJoin(users, eq(users.id, interviewNotes.jurorId))
    .where(
      and(eq(interviewNotes.nominationId, nominationId), jurorIds === null ? undefined : inArray(interviewNotes.jurorId, jurorIds)),
    )
    .orderBy(asc(users.name))
    .all();
}

/** A message to a user, sent by the mailer (or kept in the outbox when no SMTP server is set). */
export function queueMessage(tx: Db, m: { to: string; subject: string; body: string; at: string }) {
  tx.insert(outbox).values({ to: m.to, subject: m.subject, body: m.body, createdAt: m.at }).run();
}

/** Which of these nominations are finalists. */
export function finalistIds(db: Db, nominationIds: number[]): Set<number> {
  if (nominationIds.length === 0) return new Set();
  return new Set(
    db
      .select({ id: nominations.id })
      .from(nominations)
      .where(and(inArray(nominations.id, nominationIds), eq(nominations.finalist, true)))
      .all()
      .map((r) => r.id),
  );
}

/** A document with the facts the access check needs (never served without them). */
export function documentForAccess(db: Db, documentId: number) {
  return db
    .select({
      id: documents.id,
      nominationId: documents.nominationId,
      filename: documents.filename,
      title: documents.title,
      sha256: documents.sha256,
      sizeBytes: documents.sizeBytes,
    })
    .from(documents)
    .where(eq(documents.id, documentId))
    .get();
}

/** The extracted text of one page of a document. */
export function pageTextOf(db: Db, documentId: number, pageNo: number): string | null {
  return (
    db
      .select({ text: documentPages.text })
      .from(documentPages)
      .where(and(eq(documentPages.documentId, documentId), eq(documentPages.pageNo, pageNo)))
      .get()?.text ?? null
  );
}

/** One criterion's score on a sheet. */
export function scoreOf(db: Db, sheetId: number, criterionId: number) {
  return db
    .select({ value: scores.value, cannotAssess: scores.cannotAssess, comment: scores.comment })
    .from(scores)
    .where(and(eq(scores.sheetId, sheetId), eq(scores.criterionId, criterionId)))
    .get();
}

/** Jurors with at least one submitted sheet in a cycle, for the organiser's "reopen" (step 1). */
export function jurorsWithSubmittedSheets(db: Db, cycleId: number) {
  return db.$client
    .prepare(
      `select u.id, u.name, count(*) as submitted
         from score_sheets s join nominations n on n.id = s.nomination_id join users u on u.id = s.juror_id
        where n.cycle_id = ? and s.status = 'submitted'
        group by u.id order by u.name`,
    )
    .all(cycleId) as { id: number; name: string; submitted: number }[];
}

/** One juror's submitted sheets in a cycle, by municipality (step 2 of "reopen"). */
export function submittedSheetsOfJuror(db: Db, cycleId: number, jurorId: number) {
  return db.$client
    .prepare(
      `select s.id as sheetId, m.name as municipality
         from score_sheets s join nominations n on n.id = s.nomination_id join municipalities m on m.kommunkod = n.kommunkod
        where n.cycle_id = ? and s.juror_id = ? and s.status = 'submitted'
        order by m.name`,
    )
    .all(cycleId, jurorId) as { sheetId: number; municipality: string }[];
}

/** The finalists of a cycle with their municipality, for the organiser's interview overview. */
export function finalistsOfCycle(db: Db, cycleId: number) {
  return db.$client
    .prepare(
      `select n.id, m.name as municipality from nominations n join municipalities m on m.kommunkod = n.kommunkod
        where n.cycle_id = ? and n.finalist = 1 order by m.name`,
    )
    .all(cycleId) as { id: number; municipality: string }[];
}

// ---------------------------------------------------------------------------
// The autosave path (one criterion score per request, hundreds per second in the gala
// week): prepared once per connection, plain SQL, as few statements as the checks need.

type Client = Db['$client'];
const saveStatements = new WeakMap<Client, ReturnType<typeof prepareSaveStatements>>();

function prepareSaveStatements(c: Client) {
  return {
    guard: c.prepare(
      `select n.id as nominationId, n.cycle_id as cycleId, n.kommunkod, n.finalist, c.mode, c.phase,
              c.scale_min as scaleMin, c.scale_max as scaleMax,
              exists (select 1 from assignments a where a.nomination_id = n.id and a.juror_id = @juror) as assigned,
              exists (select 1 from conflicts x where x.cycle_id = n.cycle_id and x.juror_id = @juror and x.kommunkod = n.kommunkod) as conflicted,
              coalesce((select s.status = 'submitted' from score_sheets s where s.nomination_id = n.id and s.juror_id = @juror), 0) as ownSheetSubmitted,
              exists (select 1 from rubric_criteria rc join rubric_areas ra on ra.id = rc.area_id where rc.id = @criterion and ra.cycle_id = n.cycle_id) as criterionInCycle
         from nominations n join cycles c on c.id = n.cycle_id
        where n.id = @nomination`,
    ),
    dates: c.prepare('select phase, starts_at as startsAt, ends_at as endsAt from cycle_phase_dates where cycle_id = ?'),
    sheet: c.prepare('select id, status, revision from score_sheets where nomination_id = ? and juror_id = ?'),
    score: c.prepare('select value, cannot_assess as cannotAssess, comment from scores where sheet_id = ? and criterion_id = ?'),
    upsert: c.prepare(
      `insert into scores (sheet_id, criterion_id, value, cannot_assess, comment, updated_at) values (@sheetId, @criterionId, @value, @cannotAssess, @comment, @at)
       on conflict (sheet_id, criterion_id) do update set value = excluded.value, cannot_assess = excluded.cannot_assess, comment = excluded.comment, updated_at = excluded.updated_at`,
    ),
    touch: c.prepare('update score_sheets set updated_at = ? where id = ?'),
  };
}

function statementsOf(db: Db) {
  let s = saveStatements.get(db.$client);
  if (!s) saveStatements.set(db.$client, (s = prepareSaveStatements(db.$client)));
  return s;
}

/** Everything the checks before saving one score need, in one statement (undefined = no such nomination). */
export function scoreSaveFacts(db: Db, input: { nominationId: number; jurorId: number; criterionId: number }) {
  const row = statementsOf(db).guard.get({ nomination: input.nominationId, juror: input.jurorId, criterion: input.criterionId }) as
    | {
        nominationId: number;
        cycleId: number;
        kommunkod: string;
        finalist: number;
        mode: CycleState['mode'];
        phase: CycleState['phase'];
        scaleMin: number;
        scaleMax: number;
        assigned: number;
        conflicted: number;
        ownSheetSubmitted: number;
        criterionInCycle: number;
      }
    | undefined;
  if (!row) return undefined;
  const dates: PhaseDates = {};
  for (const d of statementsOf(db).dates.all(row.cycleId) as { phase: CycleState['phase']; startsAt: string | null; endsAt: string | null }[]) {
    dates[d.phase] = { ...(d.startsAt ? { start: new Date(d.startsAt) } : {}), ...(d.endsAt ? { end: new Date(d.endsAt) } : {}) };
  }
  return {
    relation: { id: row.nominationId, cycleId: row.cycleId, kommunkod: row.kommunkod, assigned: row.assigned === 1, conflicted: row.conflicted === 1, ownSheetSubmitted: row.ownSheetSubmitted === 1 },
    cycleId: row.cycleId,
    scaleMin: row.scaleMin,
    scaleMax: row.scaleMax,
    state: { mode: row.mode, phase: row.phase, dates } satisfies CycleState,
    criterionInCycle: row.criterionInCycle === 1,
  };
}

/** The juror's sheet for a nomination: id, status and revision only (the autosave's stale check). */
export function sheetStateOf(tx: Db, nominationId: number, jurorId: number) {
  return statementsOf(tx).sheet.get(nominationId, jurorId) as { id: number; status: 'in_progress' | 'submitted'; revision: number } | undefined;
}

/** One score as it was before a save (for the audit entry), or undefined. */
export function scoreBefore(tx: Db, sheetId: number, criterionId: number) {
  const row = statementsOf(tx).score.get(sheetId, criterionId) as { value: number | null; cannotAssess: number; comment: string } | undefined;
  return row && { value: row.value, cannotAssess: row.cannotAssess === 1, comment: row.comment };
}

/** upsertScore with prepared statements: the score, and the sheet's updated_at. */
export function upsertScoreFast(
  tx: Db,
  input: { sheetId: number; criterionId: number; value: number | null; cannotAssess: boolean; comment: string; at: string },
) {
  const s = statementsOf(tx);
  s.upsert.run({ sheetId: input.sheetId, criterionId: input.criterionId, value: input.value, cannotAssess: input.cannotAssess ? 1 : 0, comment: input.comment, at: input.at });
  s.touch.run(input.at, input.sheetId);
}

/** When each submitted score sheet of a cycle was submitted (the progress-over-time chart). */
export function submissionTimesOfCycle(db: Db, cycleId: number): string[] {
  return db
    .select({ at: scoreSheets.submittedAt })
    .from(scoreSheets)
    .innerJoin(nominations, eq(nominations.id, scoreSheets.nominationId))
    .where(and(eq(nominations.cycleId, cycleId), eq(scoreSheets.status, 'submitted')))
    .all()
    .flatMap((r) => (r.at ? [r.at] : []));
}
