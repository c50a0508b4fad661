import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/session';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));

const { freshDatabase } = await import('../helpers/db');
const { seedSmallCycle, asCurrent, auditActions, dumpTables } = await import('../mail/fixture');
const conflicts = await import('@/lib/actions/conflicts');
const assignmentsActions = await import('@/lib/actions/assignments');
const { loadJurorNomination } = await import('@/lib/loaders/jury');
const { conflictedSheetIds } = await import('@/db/queries/conflicts');
const { assignments, scoreSheets } = await import('@/db/schema');

const t = freshDatabase('conflicts');
const fx = seedSmallCycle(t.db, { jurors: 3, nominations: 4 });
afterAll(() => t.cleanup());
const [j1, j2, j3] = fx.jurors;
const [n1, n2, n3] = fx.nominations;
const at = '2026-11-02T10:00:00.000Z';
for (const n of fx.nominations) for (const j of fx.jurors) t.db.insert(assignments).values({ nominationId: n.id, jurorId: j.id, createdAt: at }).run();
// j1 has started n1; j2 has submitted n2.
const startedSheet = t.db.insert(scoreSheets).values({ nominationId: n1.id, jurorId: j1.id, status: 'in_progress', updatedAt: at }).returning().get();
const submittedSheet = t.db.insert(scoreSheets).values({ nominationId: n2.id, jurorId: j2.id, status: 'submitted', submittedAt: at, updatedAt: at }).returning().get();

const count = (sql: string, ...args: unknown[]) => (t.db.$client.prepare(sql).get(...args) as { n: number }).n;
const assigned = (jurorId: number, nominationId: number) =>
  count('select count(*) n from assignments where juror_id = ? and nomination_id = ?', jurorId, nominationId) === 1;

async function status404(fn: () => Promise<unknown>) {
  try {
    await fn();
    return 'no error';
  } catch (err) {
    return String((err as { digest?: string }).digest ?? err);
  }
}

describe('conflicts of interest', () => {
  beforeEach(() => {
    current.user = null;
  });

  it('a juror reads an assigned nomination before declaring a conflict on it', async () => {
    current.user = asCurrent(j1);
    const page = await loadJurorNomination(n1.id);
    expect(page.nomination.id).toBe(n1.id);
  });

  it('declaring on an assigned nomination removes the assignment, keeps the sheet out of aggregates, tells the organisers, audits', async () => {
    current.user = asCurrent(j1);
    const res = await conflicts.declareNominationConflict({ nominationId: n1.id, reason: 'Min syster är kommunchef', confirm: true });
    expect(res).toEqual({ ok: true, data: { id: expect.any(Number), removedAssignments: 1, keptSheets: 1 } });
    expect(assigned(j1.id, n1.id)).toBe(false);
    // The sheet is kept (not silently deleted) but excluded from the cycle's aggregates.
    expect(count('select count(*) n from score_sheets where id = ?', startedSheet.id)).toBe(1);
    expect(conflictedSheetIds(t.db, fx.cycle.id)).toEqual([startedSheet.id]);
    const mail = t.db.$client.prepare('select "to", subject, body from outbox order by id desc limit 1').get() as { to: string; subject: string; body: string };
    expect(mail.to).toBe('arr@example.org');
    expect(mail.subject).toBe('Jäv registrerat: Juror 1 – Upplands Väsby');
    expect(mail.body).toMatch(/Tilldelningen till nomineringen har tagits bort/);
    expect(mail.body).toMatch(/påbörjad\)\. Den finns kvar men räknas inte in i resultatet/);
    expect(auditActions(t.db).slice(-2)).toEqual(['conflict.declared', 'assignment.removed_by_conflict']);
  });

  it('afterwards the juror gets 404 on the nomination, even by typing the URL, and cannot declare again through it', async () => {
    current.user = asCurrent(j1);
    expect(await status404(() => loadJurorNomination(n1.id))).toMatch(/404/);
    const again = await conflicts.declareNominationConflict({ nominationId: n1.id, reason: 'igen', confirm: true });
    expect(again).toMatchObject({ ok: false, error: expect.stringMatching(/finns inte/) });
  });

  it('the organiser records a conflict; a submitted sheet stays but counts no more; duplicates and unknown codes are refused without change', async () => {
    current.user = asCurrent(fx.organiser);
    const res = await conflicts.recordConflict({ cycleId: fx.cycle.id, jurorId: j2.id, kommunkod: n2.kommunkod, reason: 'Arbetar i kommunen' });
    expect(res).toMatchObject({ ok: true, data: { removedAssignments: 1, keptSheets: 1 } });
    expect(assigned(j2.id, n2.id)).toBe(false);
    expect(conflictedSheetIds(t.db, fx.cycle.id).sort()).toEqual([startedSheet.id, submittedSheet.id].sort());
    expect(auditActions(t.db).slice(-2)).toEqual(['conflict.recorded', 'assignment.removed_by_conflict']);

    const before = dumpTables(t.db);
    expect(await conflicts.recordConflict({ cycleId: fx.cycle.id, jurorId: j2.id, kommunkod: n2.kommunkod, reason: 'igen' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/redan registrerat/),
    });
    expect(await conflicts.recordConflict({ cycleId: fx.cycle.id, jurorId: j2.id, kommunkod: '9999', reason: 'okänd' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/9999 finns inte/),
    });
    expect(await conflicts.recordConflict({ cycleId: fx.cycle.id, jurorId: fx.organiser.id, kommunkod: '0114', reason: 'ingen jurymedlem' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Jurymedlemmen finns inte/),
    });
    expect(dumpTables(t.db)).toEqual(before);
  });

  it('a juror declares from the profile for a municipality not nominated; only jurors may, and only for themselves', async () => {
    current.user = asCurrent(j3);
    const res = await conflicts.declareConflict({ cycleId: fx.cycle.id, kommunkod: '1280', reason: 'Bor i Malmö' });
    expect(res).toMatchObject({ ok: true, data: { removedAssignments: 0 } });
    expect(count('select count(*) n from conflicts where juror_id = ? and kommunkod = ?', j3.id, '1280')).toBe(1);
    current.user = asCurrent(fx.organiser);
    expect(await conflicts.declareConflict({ cycleId: fx.cycle.id, kommunkod: '1281', reason: 'x y z' })).toMatchObject({ ok: false, error: expect.stringMatching(/behörighet/) });
    current.user = asCurrent(j3);
    expect(await conflicts.recordConflict({ cycleId: fx.cycle.id, jurorId: j1.id, kommunkod: '1281', reason: 'x y z' })).toMatchObject({ ok: false, error: expect.stringMatching(/behörighet/) });
  });

  it('the assignment never gives a juror a nomination they have a conflict with, even when pinned', async () => {
    current.user = asCurrent(fx.organiser);
    const res = await assignmentsActions.saveAssignment({
      cycleId: fx.cycle.id,
      jurorsPerNomination: 'all',
      pins: [{ jurorId: j1.id, nominationId: n1.id }],
      exclusions: [],
    });
    expect(res.ok).toBe(true);
    expect(assigned(j1.id, n1.id)).toBe(false);
    expect(assigned(j2.id, n2.id)).toBe(false);
    expect(assigned(j3.id, n1.id)).toBe(true);
    expect(assigned(j1.id, n3.id)).toBe(true);
  });

  it('is refused once the cycle is decided (the phase machine says so)', async () => {
    current.user = asCurrent(fx.organiser);
    t.db.$client.prepare("update cycles set phase = 'decided' where id = ?").run(fx.cycle.id);
    const res = await conflicts.recordConflict({ cycleId: fx.cycle.id, jurorId: j3.id, kommunkod: n3.kommunkod, reason: 'sent påkommet' });
    expect(res).toMatchObject({ ok: false, error: expect.stringMatching(/jäv/i) });
    expect(assigned(j3.id, n3.id)).toBe(true);
    t.db.$client.prepare("update cycles set phase = 'review' where id = ?").run(fx.cycle.id);
  });

  it('the organiser removes a conflict recorded by mistake, with a reason, audited; the assignment is not restored', async () => {
    current.user = asCurrent(fx.organiser);
    const id = (t.db.$client.prepare('select id from conflicts where juror_id = ? and kommunkod = ?').get(j3.id, '1280') as { id: number }).id;
    expect(await conflicts.removeConflict({ conflictId: id, reason: 'x' })).toMatchObject({ ok: false, fieldErrors: { reason: expect.any(String) } });
    expect(await conflicts.removeConflict({ conflictId: id, reason: 'Fel kommun angavs' })).toMatchObject({ ok: true });
    expect(count('select count(*) n from conflicts where id = ?', id)).toBe(0);
    expect(auditActions(t.db).at(-1)).toBe('conflict.removed');
  });
});
