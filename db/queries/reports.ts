import type { Db } from '../client';

/**
 * Reads and the two small settings writes of the reports and exports. Large sets (scores,
 * the audit log) are read with iterate() so an export never holds all rows at once.
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
  sheetStatus: string;
  submittedAt: string | null;
};

/**
 * Every criterion score of the cycle's SUBMITTED sheets (conflicted jurors' rows left out, as
 * in the ranking), one row at a time, in a stable order: juror, nomination, area, criterion.
 */
export function iterateRawScores(db: Db, cycleId: number): IterableIterator<RawScoreRow> {
  return db.$client
    .prepare(
      `select s.juror_id as jurorId, u.name as juror, n.id as nominationId, n.kommunkod, m.name as municipality,
              a.key as areaKey, c.id as criterionId, c.title as criterion, sc.value, sc.cannot_assess as cannotAssess,
              sc.comment, s.status as sheetStatus, s.submitted_at as submittedAt
         from scores sc
         join score_sheets s on s.id = sc.sheet_id
         join nominations n on n.id = s.nomination_id
         join municipalities m on m.kommunkod = n.kommunkod
         join users u on u.id = s.juror_id
         join rubric_criteria c on c.id = sc.criterion_id
         join rubric_areas a on a.id = c.area_id
        where n.cycle_id = @c and n.status = 'submitted' and s.status = 'submitted'
          and not exists (select 1 from conflicts k where k.cycle_id = n.cycle_id and k.juror_id = s.juror_id and k.kommunkod = n.kommunkod)
        order by s.juror_id, n.id, a.position, c.position`,
    )
    .iterate({ c: cycleId }) as IterableIterator<RawScoreRow>;
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

/** The cycle's audit entries, oldest first (the hash chain's order), one at a time. */
export function iterateCycleAudit(db: Db, cycleId: number): IterableIterator<AuditExportRow> {
  return db.$client
    .prepare(
      `select l.id, l.at, l.actor_id as actorId, u.name as actor, l.action, l.entity, l.entity_id as entityId,
              l.before, l.after, l.prev_hash as prevHash, l.hash
         from audit_log l left join users u on u.id = l.actor_id
        where l.cycle_id = ? order by l.id`,
    )
    .iterate(cycleId) as IterableIterator<AuditExportRow>;
}
