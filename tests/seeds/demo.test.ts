import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cyclesWithCounts } from '@/db/queries/cycles';
import { assignmentsForJuror } from '@/db/queries/jury';
import { verifyPassword } from '@/lib/auth/password';
import { seedAll } from '@/seeds/all';
import { dumpAllTables, freshDatabase } from '../helpers/db';

/** Everything but the password hash, whose argon2 salt is random by design. */
function comparable(db: Parameters<typeof dumpAllTables>[0]) {
  const dump = dumpAllTables(db);
  dump.users = dump.users.map((u) => ({ ...(u as Record<string, unknown>), password_hash: '(hash)' }));
  return dump;
}

describe('the demo cycle', () => {
  const a = freshDatabase('demo-a');
  let firstRun: boolean;

  beforeAll(async () => {
    firstRun = (await seedAll(a.db)).demoCycle;
  }, 60_000);
  afterAll(() => a.cleanup());

  it('is the 2027 cycle in review with 12 applicants, 7 jurors and every non-conflicted pair assigned', () => {
    expect(firstRun).toBe(true);
    const cycle = cyclesWithCounts(a.db).find((c) => c.mode === 'open_application')!;
    expect(cycle).toMatchObject({ name: 'Sveriges KvalitetsKommun 2027', phase: 'review', nominations: 12, jurors: 7, assignments: 12 * 7 - 1 });
    expect(cycle.submittedSheets).toBeGreaterThan(0);
    expect(cycle.submittedSheets).toBeLessThan(cycle.assignments);
  });

  it('never assigns a juror to a municipality they declared a conflict with', () => {
    const conflicts = a.db.$client.prepare('select juror_id, kommunkod from conflicts').all() as { juror_id: number; kommunkod: string }[];
    expect(conflicts.length).toBeGreaterThan(0);
    const assigned = a.db.$client.prepare('select count(*) as n from assignments a join nominations n on n.id = a.nomination_id where a.juror_id = ? and n.kommunkod = ?');
    for (const c of conflicts) {
      expect((assigned.get(c.juror_id, c.kommunkod) as { n: number }).n).toBe(0);
      expect(assignmentsForJuror(a.db, c.juror_id)).toHaveLength(11);
    }
  });

  it('gives every demo account the documented password', async () => {
    const rows = a.db.$client.prepare("select email, password_hash as h from users where email in ('arrangor@example.org','jury7@example.org','kommun12@example.org')").all() as { email: string; h: string }[];
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(await verifyPassword(r.h, 'kvalitet2027')).toBe(true);
  });

  it('adds a key-figure cycle in its screening phase with a stored run over all 290 on labelled demo values', () => {
    const cycle = cyclesWithCounts(a.db).find((c) => c.mode === 'key_figures');
    expect(cycle).toMatchObject({ phase: 'screening', isDemo: true });
    const run = a.db.$client.prepare('select is_demo, top_n, results from screening_runs where cycle_id = ?').get(cycle!.id) as { is_demo: number; top_n: number; results: string };
    expect(run.is_demo).toBe(1);
    const rows = (JSON.parse(run.results) as { rows: { rank: number | null }[] }).rows;
    expect(rows).toHaveLength(290);
    expect(rows.filter((r) => r.rank !== null).length).toBeGreaterThan(250);
    const tax = a.db.$client.prepare("select count(*) as n, sum(is_demo) as demo from indicator_values where kpi_id = 'N00901' and year = 2025").get();
    expect(tax).toEqual({ n: 290, demo: 0 }); // the real 2025 tax rates
  });

  it('is idempotent: a second run changes no row', async () => {
    const before = dumpAllTables(a.db);
    expect(await seedAll(a.db)).toEqual({ municipalities: 290, kpisAdded: 0, demoCycle: false, indicatorValues: 0, screeningCycle: false });
    expect(dumpAllTables(a.db)).toEqual(before);
  }, 60_000);

  it('is deterministic: a second empty database gets the same rows', async () => {
    const b = freshDatabase('demo-b');
    try {
      await seedAll(b.db);
      expect(comparable(b.db)).toEqual(comparable(a.db));
    } finally {
      b.cleanup();
    }
  }, 60_000);
});
