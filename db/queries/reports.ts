import type { Phase } from '@/lib/domain/phases';
import type { Db } from '../client';

/**
 * Reads and the two small settings writes of the reports and exports. Large sets (scores,
 * the audit log) are read in keyset pages so an export never holds all rows at once.
 */

/** The jurors who took part in the cycle (an assignment, a score sheet or an interview note), with organisation. */
export function juryOfCycle(db: Db, cycleId: number) {
  return db.$client
    .prepare(
      `select u.id, u.name, u.organisation from users u
        where u.role = 'juror' and u.id in (
          select a.juror_id from assignments a join nominations n on n.id = a.nomination_id where n.cycle_id = @c
          union select s.juror_id from score_sheets s join nominations n on n.id = s.nomination_id where n.cycle_id = @c
          union select i.juror_id from interview_notes i join nominations n on n.id = i.nomination_id where n.cycle_id = @c)
        order by u.name, u.id`,
    )
    .all({ c: cycleId }) as { id: number; name: string; organisation: string | null }[];
}

/** Interview notes of the cycle's finalists, with juror names and area keys. */
export function interviewNotesOfCycle(db: Db, cycleId: number) {
  return db.$client
    .prepare(
      `select i.nomination_id as nominationId, a.key as areaKey, u.name as juror, i.interviewed_roles as roles,
              i.interview_date as date, i.score, i.strengths, i.concerns, i.observations
         from interview_notes i
         join nominations n on n.id = i.nomination_id
         join rubric_areas a on a.id = i.area_id
         join users u on u.id = i.juror_id
        where n.cycle_id = ? and n.finalist = 1
        order by i.nomination_id, a.position, u.name`,
    )
    .all(cycleId) as { nominationId: number; areaKey: string; juror: string; roles: string; date: string | null; score: number | null; strengths: string; concerns: string; observations: string }[];
}

/** Sets one key of cycles.settings, leaving every other key as it is (json_set in one statement). */
export function setCycleSetting(tx: Db, cycleId: number, key: string, value: unknown): void {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(key)) throw new Error(`Ogiltig inställningsnyckel: ${key}`);
  tx.$client
    .prepare(`update cycles set settings = json_set(coalesce(settings, '{}'), '$.${key}', json(?)) where id = ?`)
    .run(JSON.stringify(value), cycleId);
}

export type RawScoreRow = {
  sheetId: number;
  jurorId: number;
  juror: string;
  nominationId: number;
  kommunkod: string;
  municipality: string;
  areaKey: string;
  criterionId: number;
  criterion: string;
  value: number | null;
  cannotAssess: number;
  comment: string;
  submittedAt: string | null;
};

/**
 * One page of the cycle's criterion scores: those of the next `sheets` SUBMITTED sheets after
 * sheet id `afterSheetId` (conflicted jurors' sheets left out, as in the ranking), ordered by
 * sheet and criterion. Keyset paging in two short queries (the sheet ids, then their scores),
 * so no page sorts the whole cycle and a long export never holds a cursor open.
 */
export function rawScorePage(db: Db, cycleId: number, afterSheetId: number, sheets: number): { rows: RawScoreRow[]; lastSheetId: number | null } {
  const ids = (
    db.$client
      .prepare(
        `select s.id from score_sheets s join nominations n on n.id = s.nomination_id
          where n.cycle_id = ? and n.status = 'submitted' and s.status = 'submitted' and s.id > ?
            and not exists (select 1 from conflicts k where k.cycle_id = n.cycle_id and k.juror_id = s.juror_id and k.kommunkod = n.kommunkod)
          order by s.id limit ?`,
      )
      .all(cycleId, afterSheetId, sheets) as { id: number }[]
  ).map((r) => r.id);
  if (ids.length === 0) return { rows: [], lastSheetId: null };
  const rows = db.$client
    .prepare(
      `select s.id as sheetId, s.juror_id as jurorId, u.name as juror, n.id as nominationId, n.kommunkod, m.name as municipality,
              a.key as areaKey, sc.criterion_id as criterionId, c.title as criterion, sc.value, sc.cannot_assess as cannotAssess,
              sc.comment, s.submitted_at as submittedAt
         from score_sheets s
         join scores sc on sc.sheet_id = s.id
         join nominations n on n.id = s.nomination_id
         join municipalities m on m.kommunkod = n.kommunkod
         join users u on u.id = s.juror_id
         join rubric_criteria c on c.id = sc.criterion_id
         join rubric_areas a on a.id = c.area_id
        where s.id in (select value from json_each(?))
        order by s.id, a.position, c.position`,
    )
    .all(JSON.stringify(ids)) as RawScoreRow[];
  return { rows, lastSheetId: ids[ids.length - 1] };
}

export type AuditExportRow = {
  id: number;
  at: string;
  actorId: number | null;
  actor: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: string | null;
  after: string | null;
  prevHash: string;
  hash: string;
};

/** One page of the cycle's audit entries after the given id, oldest first (the hash chain's order). */
export function auditPage(db: Db, cycleId: number, afterId: number, limit: number): AuditExportRow[] {
  return db.$client
    .prepare(
      `select l.id, l.at, l.actor_id as actorId, u.name as actor, l.action, l.entity, l.entity_id as entityId,
              l.before, l.after, l.prev_hash as prevHash, l.hash
         from audit_log l left join users u on u.id = l.actor_id
        where l.cycle_id = ? and l.id > ? order by l.id limit ?`,
    )
    .all(cycleId, afterId, limit) as AuditExportRow[];
}

/**
 * Criterion comments on one nomination from submitted, non-conflicted sheets that came with a
 * score of at least `minValue` (the top of the scale): what the jury named as strengths.
 */
export function strengthComments(db: Db, nominationId: number, minValue: number) {
  return db.$client
    .prepare(
      `select a.key as areaKey, sc.comment as text
         from scores sc
         join score_sheets s on s.id = sc.sheet_id
         join nominations n on n.id = s.nomination_id
         join rubric_criteria c on c.id = sc.criterion_id
         join rubric_areas a on a.id = c.area_id
        where s.nomination_id = ? and s.status = 'submitted' and sc.value >= ? and trim(sc.comment) <> ''
          and not exists (select 1 from conflicts k where k.cycle_id = n.cycle_id and k.juror_id = s.juror_id and k.kommunkod = n.kommunkod)
        order by sc.value desc, a.position, c.position, s.id`,
    )
    .all(nominationId, minValue) as { areaKey: string; text: string }[];
}

/** A nomination with its cycle's publication state and settings, for the feedback letter's checks. */
export function nominationForLetter(db: Db, nominationId: number) {
  const row = db.$client
    .prepare(
      `select n.id, n.kommunkod, n.status, n.finalist, n.cycle_id as cycleId, m.name as municipality, m.county,
              c.name as cycleName, c.year, c.phase, c.embargo_at as embargoAt, c.settings, c.scale_max as scaleMax
         from nominations n join municipalities m on m.kommunkod = n.kommunkod join cycles c on c.id = n.cycle_id
        where n.id = ?`,
    )
    .get(nominationId) as
    | { id: number; kommunkod: string; status: string; finalist: number; cycleId: number; municipality: string; county: string; cycleName: string; year: number; phase: Phase; embargoAt: string | null; settings: string; scaleMax: number }
    | undefined;
  if (!row) return null;
  let settings: Record<string, unknown> = {};
  try {
    settings = JSON.parse(row.settings) as Record<string, unknown>;
  } catch {
    settings = {};
  }
  return { ...row, finalist: row.finalist === 1, settings };
}
