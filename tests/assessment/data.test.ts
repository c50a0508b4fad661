import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentRevision, submittedScores } from '@/db/queries/assessment';
import { conflicts, cycles, interviewNotes, rubricAreas, rubricCriteria, scoreSheets, scores } from '@/db/schema';
import { computeAgreement } from '@/lib/assessment/agreement-view';
import { readAssessmentData } from '@/lib/assessment/data';
import { computeRankingView } from '@/lib/assessment/ranking-view';
import { engineSettings } from '@/lib/assessment/weights';
import { seedDemo } from '@/seeds/demo';
import { syncMunicipalities } from '@/seeds/municipalities';
import { freshDatabase } from '../helpers/db';

describe('reading the demo cycle for the assessment', () => {
  const t = freshDatabase('assessment-data');
  let cycleId: number;

  beforeAll(async () => {
    syncMunicipalities(t.db);
    await seedDemo(t.db);
    cycleId = t.db.select({ id: cycles.id }).from(cycles).get()!.id;
  }, 120_000);
  afterAll(() => t.cleanup());

  it('reads only submitted sheets: 12 nominations, 7 jurors, the rubric and no made-up components', () => {
    const data = readAssessmentData(t.db, cycleId)!;
    expect(data.nominations).toHaveLength(12);
    expect(data.jurors).toHaveLength(7);
    expect(data.areas.map((a) => a.key)).toEqual(['democracy', 'service', 'work_environment', 'community_building']);
    const submittedSheets = t.db.select().from(scoreSheets).where(eq(scoreSheets.status, 'submitted')).all();
    const sheetKeys = new Set(submittedSheets.map((s) => `${s.jurorId}|${s.nominationId}`));
    const inputKeys = new Set(data.input.scores.map((s) => `${s.jurorId}|${s.nominationId}`));
    expect(inputKeys).toEqual(sheetKeys);
    // In-progress sheets exist in the demo but never count.
    expect(t.db.select().from(scoreSheets).where(eq(scoreSheets.status, 'in_progress')).all().length).toBeGreaterThan(0);
    expect(data.input.components.every((c) => c.interview === null && c.serviceQuality === null && c.financialStrength === null)).toBe(true);
    expect(data.weightSet).toBeNull();
    expect(data.weights.componentWeights).toEqual({ documentReview: 60, interview: 20, serviceQuality: 10, financialStrength: 10 });
  });

  it("never counts a conflicted juror's scores, even when a submitted sheet exists", () => {
    const conflict = t.db.select().from(conflicts).get()!;
    const data = readAssessmentData(t.db, cycleId)!;
    const target = data.nominations.find((n) => n.kommunkod === conflict.kommunkod)!;
    const before = submittedScores(t.db, cycleId).length;
    const revisionBefore = assessmentRevision(t.db, cycleId);
    // A sheet that should never exist, submitted by the conflicted juror.
    const sheetId = t.db
      .insert(scoreSheets)
      .values({ nominationId: target.id, jurorId: conflict.jurorId, status: 'submitted', submittedAt: 'x', updatedAt: '2099-01-01T00:00:00.000Z' })
      .returning()
      .get().id;
    const criterion = t.db.select({ id: rubricCriteria.id }).from(rubricCriteria).innerJoin(rubricAreas, eq(rubricAreas.id, rubricCriteria.areaId)).where(eq(rubricAreas.cycleId, cycleId)).get()!;
    t.db.insert(scores).values({ sheetId, criterionId: criterion.id, value: 5, updatedAt: '2099-01-01T00:00:00.000Z' }).run();
    const area = t.db.select().from(rubricAreas).where(eq(rubricAreas.cycleId, cycleId)).get()!;
    t.db.insert(interviewNotes).values({ nominationId: target.id, jurorId: conflict.jurorId, areaId: area.id, score: 5, updatedAt: '2099-01-01T00:00:00.000Z' }).run();

    expect(submittedScores(t.db, cycleId).length).toBe(before);
    const after = readAssessmentData(t.db, cycleId)!;
    expect(after.input.scores.some((s) => s.jurorId === String(conflict.jurorId) && s.nominationId === String(target.id))).toBe(false);
    expect(after.input.components.find((c) => c.nominationId === String(target.id))!.interview).toBeNull();
    // …but the data revision moves, so a cached ranking is recomputed.
    expect(assessmentRevision(t.db, cycleId)).not.toBe(revisionBefore);
    t.db.delete(interviewNotes).run();
    t.db.delete(scoreSheets).where(eq(scoreSheets.id, sheetId)).run();
  });

  it('ranks the 12 demo municipalities reproducibly with rank intervals, agreement and flags', () => {
    const data = readAssessmentData(t.db, cycleId)!;
    const settings = engineSettings(data.weights, data.method, true);
    const started = performance.now();
    const a = computeRankingView(data.input, settings);
    const elapsed = performance.now() - started;
    const b = computeRankingView(data.input, settings);
    expect(a).toEqual(b);
    expect(elapsed).toBeLessThan(1500);
    expect(a.rows).toHaveLength(12);
    expect(a.replicates).toBe(2000);
    for (const r of a.rows) {
      expect(r.rank).not.toBeNull();
      expect(r.rankInterval.low).toBeLessThanOrEqual(r.rankInterval.high);
      expect(r.missingComponents).toEqual(['interview', 'serviceQuality', 'financialStrength']);
      expect(r.effectiveWeights.documentReview).toBe(1);
    }
    // Each demo juror submitted 3–4 sheets (< 5), so nobody is calibrated by default.
    expect(a.calibratedJurors).toEqual([]);
    expect(a.rows.map((r) => r.pFirst).reduce((s, x) => s + x, 0)).toBeGreaterThanOrEqual(1 - 1e-9);

    const agreement = computeAgreement(data.input, data.comments);
    expect(agreement.areas).toHaveLength(4);
    for (const area of agreement.areas) {
      expect(area.alpha === null || (area.alpha <= 1 && area.alpha > -2)).toBe(true);
      // No demo nomination was scored by every juror, so ICC(2,1) cannot be computed.
      expect(area.icc).toBeNull();
      expect(area.iccReason).toBe('too-few-complete-rows');
    }
    for (const flag of agreement.flags) expect(flag.lowest.length + flag.highest.length).toBeGreaterThanOrEqual(2);
  });
});
