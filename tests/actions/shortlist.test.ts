import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditLog, cycles, decisions, nominations, rubricAreas, rubricCriteria, users, weightSets } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/session';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { saveWeights, saveRankingSnapshot, markFinalists, recordDecision } = await import('@/lib/actions/shortlist');
const { seedDemo } = await import('@/seeds/demo');
const { syncMunicipalities } = await import('@/seeds/municipalities');
const { freshDatabase } = await import('../helpers/db');
const { auditHash, GENESIS_HASH } = await import('@/db/queries/audit');

const t = freshDatabase('shortlist-actions');

/** Every audit entry's hash recomputes from the previous one (nothing edited, nothing lost). */
function verifyAuditChain(): boolean {
  let prev = GENESIS_HASH;
  for (const e of t.db.select().from(auditLog).orderBy(auditLog.id).all()) {
    if (e.prevHash !== prev || auditHash(prev, { ...e, before: e.before ?? undefined, after: e.after ?? undefined }) !== e.hash) return false;
    prev = e.hash;
  }
  return true;
}

const AREAS = { democracy: 40, service: 20, work_environment: 20, community_building: 20 };
const COMPONENTS = { documentReview: 70, interview: 10, serviceQuality: 10, financialStrength: 10 };

describe('shortlist actions on the demo cycle', () => {
  let cycleId: number;
  let organiser: CurrentUser;
  let juror: CurrentUser;

  beforeAll(async () => {
    syncMunicipalities(t.db);
    await seedDemo(t.db);
    cycleId = t.db.select({ id: cycles.id }).from(cycles).get()!.id;
    const o = t.db.select().from(users).where(eq(users.email, 'arrangor@example.org')).get()!;
    const j = t.db.select().from(users).where(eq(users.email, 'jury1@example.org')).get()!;
    const base = { organisation: null, kommunkod: null, municipalityName: null, isDemo: true };
    organiser = { ...base, id: o.id, email: o.email, name: o.name, role: 'organiser' };
    juror = { ...base, id: j.id, email: j.email, name: j.name, role: 'juror' };
  }, 120_000);
  afterAll(() => t.cleanup());
  beforeEach(() => {
    current.user = organiser;
  });

  const weightRows = () => t.db.select().from(weightSets).where(eq(weightSets.cycleId, cycleId)).orderBy(weightSets.version).all();
  const auditOf = (action: string) => t.db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(auditLog.id).all();

  it('refuses jurors and signed-out callers, and writes nothing', async () => {
    current.user = juror;
    expect(await saveWeights({ cycleId, areaWeights: AREAS, componentWeights: COMPONENTS })).toMatchObject({ ok: false, error: expect.stringMatching(/behörighet/) });
    expect(await markFinalists({ cycleId, nominationIds: [1] })).toMatchObject({ ok: false });
    current.user = null;
    expect(await saveRankingSnapshot({ cycleId })).toMatchObject({ ok: false, error: expect.stringMatching(/inte inloggad/) });
    expect(weightRows()).toHaveLength(0);
  });

  it('saves weights as new, numbered versions, each audited with before and after', async () => {
    const first = await saveWeights({ cycleId, areaWeights: AREAS, componentWeights: COMPONENTS });
    expect(first).toMatchObject({ ok: true, data: { version: 1 } });
    const second = await saveWeights({ cycleId, areaWeights: { ...AREAS, democracy: 10 }, componentWeights: COMPONENTS });
    expect(second).toMatchObject({ ok: true, data: { version: 2 } });
    const rows = weightRows();
    expect(rows.map((r) => r.version)).toEqual([1, 2]);
    expect(rows[0].weights).toMatchObject({ 'area:democracy': 40, 'component:documentReview': 70 });
    expect(rows[1].createdBy).toBe(organiser.id);
    const audits = auditOf('weights.saved');
    expect(audits).toHaveLength(2);
    expect(audits[1]).toMatchObject({ actorId: organiser.id, entity: 'weight_set', entityId: String(rows[1].id), cycleId });
    expect(audits[1].before).toMatchObject({ version: 1 });
    expect(audits[1].after).toMatchObject({ version: 2, weights: { 'area:democracy': 10 } });
  });

  it('refuses weights that do not match the rubric or are all zero, in Swedish', async () => {
    const unknown = await saveWeights({ cycleId, areaWeights: { democracy: 50, nonsense: 50 }, componentWeights: COMPONENTS });
    expect(unknown).toMatchObject({ ok: false, error: expect.stringMatching(/bedömningsmallens områden/) });
    const zero = await saveWeights({ cycleId, areaWeights: AREAS, componentWeights: { documentReview: 0, interview: 0, serviceQuality: 0, financialStrength: 0 } });
    expect(zero).toMatchObject({ ok: false, fieldErrors: { componentWeights: 'Minst en komponent måste ha en vikt över 0.' } });
    const missing = await saveWeights({ cycleId: 999_999, areaWeights: AREAS, componentWeights: COMPONENTS });
    expect(missing).toMatchObject({ ok: false, error: 'Omgången finns inte.' });
    expect(weightRows()).toHaveLength(2);
  });

  it('records a ranking snapshot that names the weight set and data revision it used', async () => {
    const result = await saveRankingSnapshot({ cycleId, calibrated: true });
    expect(result).toMatchObject({ ok: true, data: { weightSetVersion: 2 } });
    const [entry] = auditOf('ranking.snapshot');
    const snapshot = entry.after as { weightSetId: number; weightSetVersion: number; dataRevision: string; seed: number; rows: { nominationId: number; rank: number; rankInterval: unknown; missingComponents: string[] }[] };
    expect(snapshot.weightSetVersion).toBe(2);
    expect(snapshot.weightSetId).toBe(weightRows()[1].id);
    expect(snapshot.dataRevision).toEqual(expect.any(String));
    expect(snapshot.rows).toHaveLength(12);
    expect(snapshot.rows.every((r) => r.rank !== null && r.rankInterval && r.missingComponents.includes('interview'))).toBe(true);
    // Same data + same weights + fixed seed → the same snapshot again.
    await saveRankingSnapshot({ cycleId, calibrated: true });
    const [, again] = auditOf('ranking.snapshot');
    expect((again.after as typeof snapshot).rows).toEqual(snapshot.rows);
  });

  it('names finalists only in the phase that permits it', async () => {
    const ids = t.db.select({ id: nominations.id }).from(nominations).where(eq(nominations.cycleId, cycleId)).all().map((r) => r.id);
    const refused = await markFinalists({ cycleId, nominationIds: ids.slice(0, 3) });
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/Att utse finalister går bara i fasen/) });
    expect(t.db.select().from(nominations).where(eq(nominations.finalist, true)).all()).toHaveLength(0);
  });

  it('marks exactly the chosen finalists and moves the cycle into the interviews phase, both audited', async () => {
    t.db.update(cycles).set({ phase: 'finalists_named' }).where(eq(cycles.id, cycleId)).run();
    const ids = t.db.select({ id: nominations.id }).from(nominations).where(eq(nominations.cycleId, cycleId)).orderBy(nominations.id).all().map((r) => r.id);
    // Bad input is refused before anything changes.
    expect(await markFinalists({ cycleId, nominationIds: [] })).toMatchObject({ ok: false, error: 'Välj minst en finalist.' });
    expect(await markFinalists({ cycleId, nominationIds: [999_999] })).toMatchObject({ ok: false, error: expect.stringMatching(/deltar inte/) });
    expect(await markFinalists({ cycleId, nominationIds: [ids[0], ids[0]] })).toMatchObject({ ok: false });
    expect(auditOf('finalists.named')).toHaveLength(0);

    expect(await markFinalists({ cycleId, nominationIds: [ids[2], ids[0], ids[1]] })).toMatchObject({
      ok: true,
      data: { finalists: [ids[0], ids[1], ids[2]], weightSetVersion: 2, phase: 'interviews' },
    });
    const finalists = t.db.select({ id: nominations.id }).from(nominations).where(and(eq(nominations.cycleId, cycleId), eq(nominations.finalist, true))).orderBy(nominations.id).all();
    expect(finalists.map((f) => f.id)).toEqual([ids[0], ids[1], ids[2]]);
    expect(t.db.select({ phase: cycles.phase }).from(cycles).where(eq(cycles.id, cycleId)).get()!.phase).toBe('interviews');
    const named = auditOf('finalists.named');
    expect(named).toHaveLength(1);
    expect(named[0].before).toEqual({ finalists: [] });
    expect(named[0].after).toMatchObject({ finalists: [ids[0], ids[1], ids[2]], ranking: { weightSetVersion: 2 } });
    const moved = auditOf('cycle.phase_moved');
    expect(moved.at(-1)).toMatchObject({ before: { phase: 'finalists_named' }, after: { phase: 'interviews', reason: 'finalists.named' } });
    expect((moved.at(-1)!.after as { locks: string[] }).locks).toContain('Listan över finalister kan inte längre ändras.');

    // In the interviews phase the list is fixed.
    const again = await markFinalists({ cycleId, nominationIds: [ids[3]] });
    expect(again).toMatchObject({ ok: false, error: expect.stringMatching(/Att utse finalister går bara i fasen/) });
    expect(auditOf('finalists.named')).toHaveLength(1);
    expect(verifyAuditChain()).toBe(true);
  });

  it('saves the default weights as version 1 when a snapshot is taken before any weights were saved', async () => {
    const other = t.db.insert(cycles).values({ year: 2029, name: 'Tom omgång', createdAt: '2029-01-01T00:00:00.000Z' }).returning().get();
    expect(await saveRankingSnapshot({ cycleId: other.id })).toMatchObject({ ok: false, error: expect.stringMatching(/ingen bedömningsmall/) });
    const area = t.db.insert(rubricAreas).values({ cycleId: other.id, key: 'democracy', name: 'Demokrati', position: 0 }).returning().get();
    t.db.insert(rubricCriteria).values({ areaId: area.id, title: 'K1', position: 0 }).run();
    const result = await saveRankingSnapshot({ cycleId: other.id });
    expect(result).toMatchObject({ ok: true, data: { weightSetVersion: 1 } });
    const saved = t.db.select().from(weightSets).where(eq(weightSets.cycleId, other.id)).all();
    expect(saved).toHaveLength(1);
    expect(saved[0].weights).toMatchObject({ 'component:documentReview': 60, 'component:interview': 20 });
  });

  it('refuses to change the weights after the decision', async () => {
    t.db.update(cycles).set({ phase: 'decided' }).where(eq(cycles.id, cycleId)).run();
    const result = await saveWeights({ cycleId, areaWeights: AREAS, componentWeights: COMPONENTS });
    expect(result).toMatchObject({ ok: false, error: 'Vikterna kan inte ändras efter att beslutet är fattat.' });
    t.db.update(cycles).set({ phase: 'review' }).where(eq(cycles.id, cycleId)).run();
  });

  it('records the decision once, in deliberation, for a finalist, with the ranking snapshot it was based on', async () => {
    const finalists = t.db.select({ id: nominations.id }).from(nominations).where(and(eq(nominations.cycleId, cycleId), eq(nominations.finalist, true))).all().map((n) => n.id);
    const other = t.db.select({ id: nominations.id }).from(nominations).where(and(eq(nominations.cycleId, cycleId), eq(nominations.finalist, false))).get()!.id;
    expect(finalists.length).toBeGreaterThan(0);
    const rationale = 'Juryn vill lyfta kommunens systematiska uppföljning och medarbetarnas delaktighet.';
    // Not in the review phase …
    expect(await recordDecision({ cycleId, winnerNominationId: finalists[0], rationale })).toMatchObject({ ok: false, error: expect.stringMatching(/registrera beslutet/) });
    t.db.update(cycles).set({ phase: 'deliberation' }).where(eq(cycles.id, cycleId)).run();
    current.user = juror;
    expect(await recordDecision({ cycleId, winnerNominationId: finalists[0], rationale })).toMatchObject({ ok: false });
    current.user = organiser;
    expect(await recordDecision({ cycleId, winnerNominationId: other, rationale })).toMatchObject({ ok: false, error: 'Vinnaren ska vara en av finalisterna.' });
    expect(await recordDecision({ cycleId, winnerNominationId: finalists[0], rationale: 'För kort.' })).toMatchObject({ ok: false, fieldErrors: { rationale: expect.stringMatching(/minst 20 tecken/) } });
    expect(t.db.select().from(decisions).all()).toHaveLength(0);

    const ok = await recordDecision({ cycleId, winnerNominationId: finalists[0], rationale });
    expect(ok).toMatchObject({ ok: true });
    const [d] = t.db.select().from(decisions).all();
    expect(d).toMatchObject({ cycleId, winnerNominationId: finalists[0], rationale, decidedBy: organiser.id });
    expect(d.rankingSnapshot).toMatchObject({ weightSetVersion: expect.any(Number), dataRevision: expect.any(String) });
    expect(auditOf('decision.recorded')).toHaveLength(1);
    expect(await recordDecision({ cycleId, winnerNominationId: finalists[0], rationale })).toMatchObject({ ok: false, error: expect.stringMatching(/redan registrerat/) });
    expect(verifyAuditChain()).toBe(true);
    t.db.update(cycles).set({ phase: 'review' }).where(eq(cycles.id, cycleId)).run();
  });
});
