import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import type { CurrentUser } from '@/lib/auth/session';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));

const { freshDatabase } = await import('../helpers/db');
const { db } = freshDatabase('cycles');
const { createCycle, movePhase, savePhaseDates } = await import('@/lib/actions/cycles');
const schema = await import('@/db/schema');
const { rubricOf, phaseDatesOf } = await import('@/db/queries/cycles');
const { CLASSIC_RUBRIC } = await import('@/lib/domain/rubric-templates');

const base = { email: 'a@example.org', name: 'Anna Arrangör', organisation: null, kommunkod: null, municipalityName: null, isDemo: false };
let organiser: CurrentUser;
let juror: CurrentUser;

/** The tables these actions touch (the shared dumpAllTables trips on the FTS5 shadow tables). */
function dumpAllTables(d: typeof db): Record<string, unknown[]> {
  const tables = ['cycles', 'cycle_phase_dates', 'rubric_areas', 'rubric_criteria', 'audit_log'];
  return Object.fromEntries(tables.map((t) => [t, d.$client.prepare(`select * from "${t}" order by rowid`).all()]));
}

function lastAudit() {
  return db.select().from(schema.auditLog).orderBy(desc(schema.auditLog.id)).limit(1).get();
}
function auditCount() {
  return db.select().from(schema.auditLog).all().length;
}

beforeAll(() => {
  const o = db.insert(schema.users).values({ email: 'a@example.org', name: 'Anna Arrangör', role: 'organiser' }).returning().get();
  const j = db.insert(schema.users).values({ email: 'j@example.org', name: 'Jonas Jury', role: 'juror', organisation: 'Saco' }).returning().get();
  organiser = { ...base, id: o.id, role: 'organiser' };
  juror = { ...base, id: j.id, email: 'j@example.org', name: 'Jonas Jury', role: 'juror', organisation: 'Saco' };
});

beforeEach(() => {
  current.user = organiser;
});

describe('createCycle', () => {
  it('creates a draft cycle with the default four-area rubric and an audit entry', async () => {
    const result = await createCycle({ year: '2029', name: 'Sveriges KvalitetsKommun 2029' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const cycle = db.select().from(schema.cycles).where(eq(schema.cycles.id, result.data.id)).get()!;
    expect(cycle).toMatchObject({ year: 2029, name: 'Sveriges KvalitetsKommun 2029', mode: 'open_application', phase: 'draft', scaleMin: 1, scaleMax: 5 });
    const rubric = rubricOf(db, cycle.id);
    expect(rubric.map((a) => a.key)).toEqual(['democracy', 'service', 'work_environment', 'community_building']);
    expect(rubric.map((a) => a.criteria.length)).toEqual(CLASSIC_RUBRIC.areas.map((a) => a.criteria.length));
    const audit = lastAudit()!;
    expect(audit).toMatchObject({ action: 'cycle.created', actorId: organiser.id, entity: 'cycle', entityId: String(cycle.id), cycleId: cycle.id, before: null });
    expect(audit.after).toMatchObject({ year: 2029, name: 'Sveriges KvalitetsKommun 2029', mode: 'open_application', copiedFrom: null });
  });

  it("copies another cycle's rubric, weights, scale and settings", async () => {
    const src = db
      .insert(schema.cycles)
      .values({ year: 2025, name: 'Källa', phase: 'published', scaleMin: 0, scaleMax: 4, settings: { aggregation: 'median', rubricUnlockedAt: '2025-01-01T00:00:00.000Z' }, createdAt: 'x' })
      .returning()
      .get();
    const area = db.insert(schema.rubricAreas).values({ cycleId: src.id, key: 'egen', name: 'Eget område', weight: 2.5, position: 0 }).returning().get();
    db.insert(schema.rubricCriteria).values({ areaId: area.id, title: 'Kriterium A', guidance: 'G', lowText: 'L', midText: 'M', highText: 'H', weight: 3, position: 0 }).run();

    const result = await createCycle({ year: 2027, name: 'Kopia', mode: 'key_figures', copyFromCycleId: String(src.id) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const cycle = db.select().from(schema.cycles).where(eq(schema.cycles.id, result.data.id)).get()!;
    expect(cycle).toMatchObject({ mode: 'key_figures', phase: 'draft', scaleMin: 0, scaleMax: 4, settings: { aggregation: 'median' } });
    const rubric = rubricOf(db, cycle.id);
    expect(rubric).toHaveLength(1);
    expect(rubric[0]).toMatchObject({ key: 'egen', name: 'Eget område', weight: 2.5 });
    expect(rubric[0].criteria[0]).toMatchObject({ title: 'Kriterium A', guidance: 'G', lowText: 'L', midText: 'M', highText: 'H', weight: 3 });
    expect(rubric[0].id).not.toBe(area.id);
    expect(lastAudit()!.after).toMatchObject({ copiedFrom: { id: src.id, year: 2025, name: 'Källa' } });
  });

  it('refuses a duplicate year and name (any case, Swedish letters too) with a field error, and changes nothing', async () => {
    expect(await createCycle({ year: 2029, name: 'Årets omgång' })).toMatchObject({ ok: true });
    const before = dumpAllTables(db);
    const result = await createCycle({ year: 2029, name: 'sveriges kvalitetskommun 2029' });
    expect(result).toMatchObject({ ok: false, fieldErrors: { name: expect.stringMatching(/finns redan/) } });
    expect(await createCycle({ year: 2029, name: '  ÅRETS OMGÅNG ' })).toMatchObject({ ok: false, fieldErrors: { name: expect.stringMatching(/finns redan/) } });
    expect(dumpAllTables(db)).toEqual(before);
    // The same name in another year is a different cycle.
    expect(await createCycle({ year: 2031, name: 'Årets omgång' })).toMatchObject({ ok: true });
  });

  it('refuses a bad year, a short name and an unknown cycle to copy', async () => {
    const before = dumpAllTables(db);
    const bad = await createCycle({ year: '20x9', name: 'a' });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { year: expect.any(String), name: 'Namnet behöver minst tre tecken.' } });
    const early = await createCycle({ year: 1999, name: 'Gammal' });
    expect(early).toMatchObject({ ok: false, fieldErrors: { year: expect.stringMatching(/2003/) } });
    const missing = await createCycle({ year: 2031, name: 'Ny omgång', copyFromCycleId: 99999 });
    expect(missing).toMatchObject({ ok: false, fieldErrors: { copyFromCycleId: expect.any(String) } });
    expect(dumpAllTables(db)).toEqual(before);
  });

  it('refuses a juror and a signed-out caller', async () => {
    current.user = juror;
    expect(await createCycle({ year: 2033, name: 'Jurys omgång' })).toMatchObject({ ok: false, error: expect.stringMatching(/behörighet/) });
    current.user = null;
    expect(await createCycle({ year: 2033, name: 'Ingen' })).toMatchObject({ ok: false, error: expect.stringMatching(/inte inloggad/) });
    expect(db.select().from(schema.cycles).where(eq(schema.cycles.year, 2033)).all()).toHaveLength(0);
  });
});

describe('movePhase', () => {
  let cycleId: number;
  beforeAll(async () => {
    current.user = organiser;
    const r = await createCycle({ year: 2031, name: 'Fasprov' });
    if (!r.ok) throw new Error(r.error);
    cycleId = r.data.id;
  });

  it('moves one step forward and audits before/after with what the move locks', async () => {
    const result = await movePhase({ cycleId, from: 'draft', to: 'applications_open' });
    expect(result).toEqual({ ok: true, data: { phase: 'applications_open' } });
    expect(db.select().from(schema.cycles).where(eq(schema.cycles.id, cycleId)).get()!.phase).toBe('applications_open');
    const audit = lastAudit()!;
    expect(audit).toMatchObject({ action: 'cycle.phase_moved', cycleId, before: { phase: 'draft' } });
    expect(audit.after).toMatchObject({ phase: 'applications_open', locks: expect.arrayContaining(['Cykelns typ kan inte längre ändras.']) });
  });

  it('refuses a move that skips a step, with the reason, and changes nothing', async () => {
    const before = dumpAllTables(db);
    const result = await movePhase({ cycleId, from: 'applications_open', to: 'interviews' });
    expect(result).toMatchObject({ ok: false, error: 'Fasen ”Granskning” måste komma före ”Intervjuer”.' });
    expect(dumpAllTables(db)).toEqual(before);
  });

  it('refuses a move from a phase that has changed meanwhile (stale page)', async () => {
    const before = dumpAllTables(db);
    const result = await movePhase({ cycleId, from: 'draft', to: 'applications_open' });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/redan flyttats till fasen ”Ansökan öppen”/) });
    expect(dumpAllTables(db)).toEqual(before);
  });

  it('refuses a phase that does not exist in the mode, and an unknown cycle', async () => {
    expect(await movePhase({ cycleId, from: 'applications_open', to: 'screening' })).toMatchObject({ ok: false, error: expect.stringMatching(/finns inte i/) });
    expect(await movePhase({ cycleId: 999999, from: 'draft', to: 'applications_open' })).toMatchObject({ ok: false, error: expect.stringMatching(/finns inte/) });
    expect(await movePhase({ cycleId, from: 'applications_open', to: 'nonsense' })).toMatchObject({ ok: false, fieldErrors: { to: 'Välj en fas.' } });
  });

  it('refuses entering review while an area has no criteria', async () => {
    const areas = rubricOf(db, cycleId);
    const n = auditCount();
    db.delete(schema.rubricCriteria).where(eq(schema.rubricCriteria.areaId, areas[3].id)).run();
    const result = await movePhase({ cycleId, from: 'applications_open', to: 'review' });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/minst ett kriterium i varje område/) });
    expect(auditCount()).toBe(n);
    db.insert(schema.rubricCriteria).values({ areaId: areas[3].id, title: 'Tillbaka', position: 0 }).run();
    expect(await movePhase({ cycleId, from: 'applications_open', to: 'review' })).toMatchObject({ ok: true });
  });

  it('allows the documented step back and refuses others', async () => {
    expect(await movePhase({ cycleId, from: 'review', to: 'applications_open' })).toMatchObject({ ok: true });
    expect(lastAudit()).toMatchObject({ before: { phase: 'review' }, after: { phase: 'applications_open' } });
    expect(await movePhase({ cycleId, from: 'applications_open', to: 'draft' })).toMatchObject({ ok: false, error: expect.stringMatching(/Det går inte att gå tillbaka/) });
  });

  it('refuses a juror', async () => {
    current.user = juror;
    expect(await movePhase({ cycleId, from: 'applications_open', to: 'review' })).toMatchObject({ ok: false, error: expect.stringMatching(/behörighet/) });
  });
});

describe('savePhaseDates', () => {
  let cycleId: number;
  beforeAll(async () => {
    current.user = organiser;
    const r = await createCycle({ year: 2035, name: 'Datumprov' });
    if (!r.ok) throw new Error(r.error);
    cycleId = r.data.id;
  });

  it('stores Stockholm wall-clock times as UTC (winter and summer) and audits before/after', async () => {
    const result = await savePhaseDates({
      cycleId,
      dates: [
        { phase: 'applications_open', startDate: '2035-01-15', startTime: '00:00', endDate: '2035-03-15', endTime: '23:59' },
        { phase: 'review', startDate: '2035-03-16', startTime: '08:00', endDate: '2035-05-31', endTime: '23:59' },
      ],
    });
    expect(result).toEqual({ ok: true, data: { changed: 2 } });
    const rows = Object.fromEntries(phaseDatesOf(db, cycleId).map((r) => [r.phase, r]));
    expect(rows.applications_open).toMatchObject({ startsAt: '2035-01-14T23:00:00.000Z', endsAt: '2035-03-15T22:59:00.000Z' });
    expect(rows.review).toMatchObject({ startsAt: '2035-03-16T07:00:00.000Z', endsAt: '2035-05-31T21:59:00.000Z' });
    expect(lastAudit()).toMatchObject({
      action: 'cycle.phase_dates_changed',
      before: { applications_open: { startsAt: null, endsAt: null } },
      after: { review: { startsAt: '2035-03-16T07:00:00.000Z', endsAt: '2035-05-31T21:59:00.000Z' } },
    });
  });

  it('writes nothing and no audit when nothing changed; clears a phase left empty', async () => {
    const n = auditCount();
    const same = await savePhaseDates({
      cycleId,
      dates: [{ phase: 'applications_open', startDate: '2035-01-15', startTime: '00:00', endDate: '2035-03-15', endTime: '23:59' }],
    });
    expect(same).toEqual({ ok: true, data: { changed: 0 } });
    expect(auditCount()).toBe(n);
    const cleared = await savePhaseDates({ cycleId, dates: [{ phase: 'review', startDate: '', startTime: '', endDate: '', endTime: '' }] });
    expect(cleared).toEqual({ ok: true, data: { changed: 1 } });
    expect(phaseDatesOf(db, cycleId).map((r) => r.phase)).toEqual(['applications_open']);
    expect(lastAudit()).toMatchObject({ after: { review: { startsAt: null, endsAt: null } } });
  });

  it('refuses an end before the start, a missing time and a date that does not exist, field by field', async () => {
    const before = dumpAllTables(db);
    const result = await savePhaseDates({
      cycleId,
      dates: [
        { phase: 'applications_open', startDate: '2035-03-15', startTime: '12:00', endDate: '2035-03-01', endTime: '12:00' },
        { phase: 'review', startDate: '2035-02-30', startTime: '08:00', endDate: '2035-05-31', endTime: '' },
      ],
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        'dates.0.endDate': 'Slutet måste komma efter början.',
        'dates.1.startTime': expect.stringMatching(/finns inte/),
        'dates.1.endTime': expect.stringMatching(/klockslag/),
      },
    });
    expect(dumpAllTables(db)).toEqual(before);
  });

  it('refuses a phase that starts before an earlier phase ends, and a phase of the other mode', async () => {
    const overlap = await savePhaseDates({
      cycleId,
      dates: [
        { phase: 'applications_open', startDate: '2035-01-15', startTime: '00:00', endDate: '2035-03-15', endTime: '23:59' },
        { phase: 'review', startDate: '2035-03-10', startTime: '08:00', endDate: '', endTime: '' },
      ],
    });
    expect(overlap).toMatchObject({ ok: false, fieldErrors: { 'dates.1.startDate': expect.stringMatching(/innan en tidigare fas slutar/) } });
    const screening = await savePhaseDates({ cycleId, dates: [{ phase: 'screening', startDate: '2035-01-01', startTime: '10:00', endDate: '', endTime: '' }] });
    expect(screening).toMatchObject({ ok: false, error: expect.stringMatching(/finns inte i den här omgången/) });
  });
});
