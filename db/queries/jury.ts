import type { Statement } from 'better-sqlite3';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../client';
import type { Phase } from '@/lib/domain/phases';
import { assignments, conflicts, nominations, scoreSheets } from '../schema';

export type JurorAssignmentRow = {
  nominationId: number;
  cycleId: number;
  cycleName: string;
  cyclePhase: Phase;
  kommunkod: string;
  municipality: string;
  county: string;
  sheetStatus: 'in_progress' | 'submitted' | null;
  scored: number;
  total: number;
  deadline: string | null;
  finalist: boolean;
};

/** One prepared statement per connection (parsing the SQL costs more than running it for one juror). */
const assignmentStatements = new WeakMap<Db['$client'], Statement>();

/**
 * A juror's assigned nominations with progress (criteria scored / total), the
 * sheet's status, the review deadline and whether the nomination is a finalist, by
 * municipality name. Conflicted nominations never appear. One statement: the criteria
 * are counted once per cycle, not once per row.
 */
export function assignmentsForJuror(db: Db, jurorId: number): JurorAssignmentRow[] {
  let statement = assignmentStatements.get(db.$client);
  if (!statement) {
    statement = db.$client.prepare(
      `select n.id as nominationId, c.id as cycleId, c.name as cycleName, c.phase as cyclePhase,
              m.kommunkod, m.name as municipality, m.county, s.status as sheetStatus,
              coalesce((select count(*) from scores sc where sc.sheet_id = s.id and (sc.value is not null or sc.cannot_assess = 1)), 0) as scored,
              coalesce(t.total, 0) as total, d.ends_at as deadline, n.finalist
         from assignments a
         join nominations n on n.id = a.nomination_id
         join cycles c on c.id = n.cycle_id
         join municipalities m on m.kommunkod = n.kommunkod
         left join score_sheets s on s.nomination_id = n.id and s.juror_id = a.juror_id
         left join cycle_phase_dates d on d.cycle_id = c.id and d.phase = 'review'
         left join (select ra.cycle_id, count(*) as total from rubric_criteria rc join rubric_areas ra on ra.id = rc.area_id
                     where ra.cycle_id in (select n2.cycle_id from assignments a2 join nominations n2 on n2.id = a2.nomination_id where a2.juror_id = @juror)
                     group by ra.cycle_id) t on t.cycle_id = c.id
        where a.juror_id = @juror
          and not exists (select 1 from conflicts x where x.cycle_id = c.id and x.juror_id = @juror and x.kommunkod = n.kommunkod)
        order by m.name`,
    );
    assignmentStatements.set(db.$client, statement);
  }
  return (statement.all({ juror: jurorId }) as (Omit<JurorAssignmentRow, 'finalist'> & { finalist: number })[]).map((r) => ({ ...r, finalist: r.finalist === 1 }));
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
