import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/session';

// The cached ranking of the shortlist and the cached cells of the progress matrix: computed once
// per revision of their inputs, and recomputed as soon as a score, the weights, a conflict or an
// assignment changes.
const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));

const { freshDatabase } = await import('../helpers/db');
const { asCurrent } = await import('../mail/fixture');
const { seedDemo } = await import('@/seeds/demo');
const { syncMunicipalities } = await import('@/seeds/municipalities');
const { loadShortlist, loadShortlistInput } = await import('@/lib/loaders/shortlist');
const { progressOfCycle } = await import('@/lib/loaders/progress');
const { assessmentRevision, insertWeightSet, progressRevision } = await import('@/db/queries/assessment');
const { markReopened, markSubmitted, upsertScore } = await import('@/db/queries/scoring');
const { assignments, conflicts, cycles, nominations, rubricAreas, rubricCriteria, scoreSheets, users } = await import('@/db/schema');

const t = freshDatabase('shortlist-cache');
afterAll(() => t.cleanup());
let cycleId: number;

beforeAll(async () => {
  syncMunicipalities(t.db);
  await seedDemo(t.db);
  cycleId = t.db.select({ id: cycles.id }).from(cycles).where(eq(cycles.isDemo, true)).get()!.id;
  const organiser = t.db.select().from(users).where(eq(users.role, 'organiser')).get()!;
  current.user = asCurrent(organiser);
}, 180_000);

let clock = Date.parse('2030-01-01T00:00:00.000Z');
const now = () => new Date((clock += 1000)).toISOString();
const rowOf = (data: Awaited<ReturnType<typeof loadShortlist>>, nominationId: number) => data.ranking!.rows.find((r) => r.nominationId === String(nominationId))!;
const jurorsOn = (data: Awaited<ReturnType<typeof loadShortlist>>, nominationId: number) => rowOf(data, nominationId).areas.democracy.jurors;

describe('the shortlist cache', () => {
  it('reuses the computed ranking while nothing changes', async () => {
    const first = await loadShortlist(cycleId);
    const second = await loadShortlist(cycleId);
    expect(second.ranking).toBe(first.ranking);
    // The browser's recomputation input (fetched when a weight moves) comes from the same cached computation.
    const input = loadShortlistInput(cycleId)!;
    expect(loadShortlistInput(cycleId)).toBe(input);
    expect(input.nominationIds).toEqual(first.nominations.map((n) => n.id));
    expect(first.inputUrl).toBe(`/api/arrangor/omgang/${cycleId}/topplista`);
    expect(loadShortlistInput(999_999)).toBeNull();
  });

  it('shows the new ranking after a sheet is submitted, a score changes or a conflict is declared', async () => {
    const before = await loadShortlist(cycleId);

    // A new submitted sheet: the in-progress sheet of the demo, submitted.
    const draft = t.db.select().from(scoreSheets).where(eq(scoreSheets.status, 'in_progress')).get()!;
    const revision = assessmentRevision(t.db, cycleId);
    markSubmitted(t.db, draft.id, now());
    expect(assessmentRevision(t.db, cycleId)).not.toBe(revision);
    const submitted = await loadShortlist(cycleId);
    expect(submitted.ranking).not.toBe(before.ranking);
    expect(jurorsOn(submitted, draft.nominationId)).toBe(jurorsOn(before, draft.nominationId) + 1);

    // A changed score (reopened, rescored, submitted again) moves the nomination's area score.
    const criteria = t.db
      .select({ id: rubricCriteria.id })
      .from(rubricCriteria)
      .innerJoin(rubricAreas, eq(rubricAreas.id, rubricCriteria.areaId))
      .where(and(eq(rubricAreas.cycleId, cycleId), eq(rubricAreas.key, 'democracy')))
      .all();
    const areaBefore = rowOf(submitted, draft.nominationId).areas.democracy.raw;
    markReopened(t.db, draft.id, 'Kompletterat', now());
    for (const c of criteria) upsertScore(t.db, { sheetId: draft.id, criterionId: c.id, value: 1, cannotAssess: false, comment: '', at: now() });
    markSubmitted(t.db, draft.id, now());
    const rescored = await loadShortlist(cycleId);
    expect(rowOf(rescored, draft.nominationId).areas.democracy.raw).not.toBe(areaBefore);

    // A conflict declared afterwards: that juror's submitted sheet no longer counts.
    const inputBefore = loadShortlistInput(cycleId);
    const nomination = t.db.select().from(nominations).where(eq(nominations.id, draft.nominationId)).get()!;
    t.db.insert(conflicts).values({ cycleId, jurorId: draft.jurorId, kommunkod: nomination.kommunkod, reason: 'Anställd där', createdAt: now() }).run();
    const conflicted = await loadShortlist(cycleId);
    expect(loadShortlistInput(cycleId)).not.toBe(inputBefore);
    expect(jurorsOn(conflicted, draft.nominationId)).toBe(jurorsOn(before, draft.nominationId));
  });

  it('shows the ranking of newly saved weights', async () => {
    const before = await loadShortlist(cycleId);
    const organiser = current.user!;
    const stored: Record<string, number> = { 'area:democracy': 100, 'area:service': 0, 'area:work_environment': 0, 'area:community_building': 0 };
    insertWeightSet(t.db, { cycleId, weights: stored, createdBy: organiser.id, createdAt: now() });
    const after = await loadShortlist(cycleId);
    expect(after.weightSet?.id).not.toBe(before.weightSet?.id ?? null);
    expect(after.ranking!.areaWeights.democracy).toBe(1);
    expect(after.ranking).not.toEqual(before.ranking);
    // Each row's document review now follows its democracy score alone.
    const top = after.ranking!.rows[0];
    expect(top.components.documentReview).toBeCloseTo(top.areas.democracy.calibrated!, 6);
  });
});

describe('the progress matrix cache', () => {
  it('reuses the matrix while nothing changes and rebuilds it after a score, a conflict or an assignment', () => {
    const matrix = () => progressOfCycle(t.db, cycleId)!.progress;
    const first = matrix();
    expect(matrix()).toBe(first);
    const state = (p: ReturnType<typeof matrix>, jurorId: number, nominationId: number) =>
      p.rows.find((r) => r.juror.id === jurorId)?.cells.find((c) => c.nominationId === nominationId)?.state;

    // A first score on an assigned, not started cell makes it "in progress".
    const assigned = t.db.select().from(assignments).innerJoin(nominations, eq(nominations.id, assignments.nominationId)).where(eq(nominations.cycleId, cycleId)).all();
    const notStarted = assigned.filter((a) => state(first, a.assignments.jurorId, a.assignments.nominationId) === 'not_started');
    expect(notStarted.length).toBeGreaterThan(1);
    const { jurorId, nominationId } = notStarted[0].assignments;
    let sheet = t.db.select().from(scoreSheets).where(and(eq(scoreSheets.jurorId, jurorId), eq(scoreSheets.nominationId, nominationId))).get();
    sheet ??= t.db.insert(scoreSheets).values({ jurorId, nominationId, status: 'in_progress', updatedAt: now() }).returning().get();
    const criterion = t.db.select({ id: rubricCriteria.id }).from(rubricCriteria).innerJoin(rubricAreas, eq(rubricAreas.id, rubricCriteria.areaId)).where(eq(rubricAreas.cycleId, cycleId)).get()!;
    const revision = progressRevision(t.db, cycleId);
    upsertScore(t.db, { sheetId: sheet.id, criterionId: criterion.id, value: 3, cannotAssess: false, comment: '', at: now() });
    expect(progressRevision(t.db, cycleId)).not.toBe(revision);
    const scored = matrix();
    expect(scored).not.toBe(first);
    expect(state(scored, jurorId, nominationId)).toBe('in_progress');

    // A conflict declared on another not started cell shows at once.
    const other = notStarted.find((a) => a.nominations.kommunkod !== notStarted[0].nominations.kommunkod && a.assignments.jurorId !== jurorId) ?? notStarted[1];
    t.db.insert(conflicts).values({ cycleId, jurorId: other.assignments.jurorId, kommunkod: other.nominations.kommunkod, reason: 'Släkt', createdAt: now() }).run();
    expect(state(matrix(), other.assignments.jurorId, other.assignments.nominationId)).toBe('conflict');

    // Removing the assignment leaves the cell unassigned.
    t.db.delete(assignments).where(eq(assignments.id, notStarted[0].assignments.id)).run();
    expect(state(matrix(), jurorId, nominationId)).toBe('unassigned');
  });
});
