import { describe, expect, it } from 'vitest';
import { computeAgreement } from '@/lib/assessment/agreement-view';
import { computeRankingView, rankLabel, snapshotOf } from '@/lib/assessment/ranking-view';
import type { EngineInput, Score } from '@/lib/domain/engine';

// Two areas with one criterion each, scale 1–5; three jurors; A clearly first, B and C tied.
const rubric = { scale: { min: 1, max: 5 }, areas: [{ key: 'democracy', weight: 1, criteria: [{ id: 'd', weight: 1 }] }, { key: 'service', weight: 1, criteria: [{ id: 's', weight: 1 }] }] };
const sheet = (jurorId: string, nominationId: string, d: number | null, s: number | null): Score[] => [
  { jurorId, nominationId, criterionId: 'd', value: d },
  { jurorId, nominationId, criterionId: 's', value: s },
];
const input: EngineInput = {
  rubric,
  scores: [...sheet('j1', 'A', 5, 5), ...sheet('j2', 'A', 5, 4), ...sheet('j1', 'B', 3, 3), ...sheet('j2', 'B', 3, 3), ...sheet('j1', 'C', 3, 3), ...sheet('j3', 'C', 3, 3), ...sheet('j3', 'D', 1, 5)],
  components: [{ nominationId: 'A', interview: 80, serviceQuality: null, financialStrength: null }],
  nominationIds: ['A', 'B', 'C', 'D', 'E'],
};

describe('the ranking view of the shortlist', () => {
  it('ranks with shared places shown as ties, and an unscored nomination without a place', () => {
    const view = computeRankingView(input, { calibration: false }, { replicates: 200 });
    expect(view.rows.map((r) => [r.nominationId, r.rankLabel])).toEqual([
      ['A', '1'],
      ['B', '2='],
      ['C', '2='],
      ['D', '2='],
      ['E', '–'],
    ]);
    expect(rankLabel({ rank: null, tied: false })).toBe('–');
    const a = view.rows[0];
    // A has an interview: documentReview 0.6/(0.6+0.2) = 75 %, interview 25 %; the two index components are missing.
    expect(a.missingComponents).toEqual(['serviceQuality', 'financialStrength']);
    expect(a.effectiveWeights.documentReview).toBeCloseTo(0.75, 12);
    expect(a.effectiveWeights.interview).toBeCloseTo(0.25, 12);
    // Document review of A: democracy 100, service (100 + 75)/2 = 87.5 → 93.75; composite 0.75·93.75 + 0.25·80.
    expect(a.composite).toBeCloseTo(0.75 * 93.75 + 0.25 * 80, 9);
    expect(view.rows[4].composite).toBeNull();
    expect(view.rows[4].missingComponents).toContain('documentReview');
  });

  it('is reproducible: the fixed seed gives identical intervals; the interval contains the point rank for a sure winner', () => {
    const a = computeRankingView(input, {}, { replicates: 500 });
    const b = computeRankingView(input, {}, { replicates: 500 });
    expect(a).toEqual(b);
    expect(a.seed).toBe(20271);
    expect(a.rows[0].rankInterval).toEqual({ low: 1, high: 1 });
    expect(a.rows[0].pFirst).toBe(1);
  });

  it('keeps the weights it used, and a snapshot keeps what a decision must name', () => {
    const view = computeRankingView(input, { areaWeights: { democracy: 3, service: 1 }, topK: 2 }, { replicates: 100 });
    expect(view.areaWeights).toEqual({ democracy: 0.75, service: 0.25 });
    const snap = snapshotOf(view);
    expect(snap).toMatchObject({ topK: 2, seed: 20271, replicates: 100, areaWeights: { democracy: 0.75, service: 0.25 } });
    expect(snap.rows[0]).toMatchObject({ rank: 1, missingComponents: ['serviceQuality', 'financialStrength'] });
    // The sensitivity as facts (worded when shown, in the reader's language), no sentence.
    expect(snap.sensitivity).toMatchObject({ verdict: expect.stringMatching(/^(stable|sensitive)$/), topK: 2, maxPp: 10 });
    expect(JSON.stringify(snap.sensitivity)).not.toMatch(/[åäö]/);
  });

  it('flags a cell of strong disagreement with the comments of the jurors at both ends', () => {
    const wide: EngineInput = { ...input, scores: [...sheet('j1', 'X', 1, 3), ...sheet('j2', 'X', 5, 3)] };
    const agreement = computeAgreement(wide, { 'j1|X|democracy': 'Svagt', 'j2|X|democracy': 'Utmärkt' });
    expect(agreement.flags).toHaveLength(1);
    expect(agreement.flags[0]).toMatchObject({
      nominationId: 'X',
      areaKey: 'democracy',
      range: 100,
      lowest: [{ jurorId: 'j1', score: 0, comment: 'Svagt' }],
      highest: [{ jurorId: 'j2', score: 100, comment: 'Utmärkt' }],
    });
    expect(agreement.areas.map((a) => a.areaKey)).toEqual(['democracy', 'service']);
  });
});
