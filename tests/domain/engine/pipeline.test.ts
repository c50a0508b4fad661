import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankNominations } from '@/lib/domain/engine';
import type { EngineInput, Rubric, Score } from '@/lib/domain/engine/types';
import { createRandom, shuffled } from '@/lib/domain/random';
import { inputArb, settingsArb } from './arbitraries';

// Scale 1–5 → (v − 1)/4·100: 1→0, 2→25, 3→50, 4→75, 5→100.
const rubric: Rubric = {
  scale: { min: 1, max: 5 },
  areas: [
    { key: 'democracy', weight: 2, criteria: [{ id: 'd1', weight: 1 }, { id: 'd2', weight: 3 }] },
    { key: 'service', weight: 1, criteria: [{ id: 's1', weight: 1 }] },
  ],
};
const sheet = (jurorId: string, nominationId: string, d1: number | null, d2: number | null, s1: number | null): Score[] => [
  { jurorId, nominationId, criterionId: 'd1', value: d1 },
  { jurorId, nominationId, criterionId: 'd2', value: d2 },
  { jurorId, nominationId, criterionId: 's1', value: s1 },
];
const example: EngineInput = {
  rubric,
  scores: [...sheet('j1', 'A', 5, 3, 4), ...sheet('j2', 'A', 4, null, 2), ...sheet('j1', 'B', 2, 2, 5), ...sheet('j2', 'B', null, null, 3)],
  components: [
    { nominationId: 'A', interview: 80, serviceQuality: 60, financialStrength: null },
    { nominationId: 'B', interview: null, serviceQuality: 90, financialStrength: 70 },
  ],
  nominationIds: ['C'],
};

describe('rankNominations — worked example', () => {
  const result = rankNominations(example);
  const row = (id: string) => result.rows.find((r) => r.nominationId === id)!;

  it('area scores per nomination (2 jurors → mean; calibration needs ≥ 5 nominations, so calibrated = raw)', () => {
    // A democracy: j1 (1·100 + 3·50)/4 = 62.5, j2 only d1 → 75; mean 68.75. Service: mean(75, 25) = 50.
    expect(row('A').areaScores.democracy).toEqual({ raw: 68.75, calibrated: 68.75, jurors: 2, method: 'mean' });
    expect(row('A').areaScores.service).toEqual({ raw: 50, calibrated: 50, jurors: 2, method: 'mean' });
    // B democracy: only j1 (25, 25) → 25; j2 "kan inte bedöma" is left out, not 0. Service: mean(100, 50) = 75.
    expect(row('B').areaScores.democracy).toEqual({ raw: 25, calibrated: 25, jurors: 1, method: 'mean' });
    expect(row('B').areaScores.service.raw).toBe(75);
  });

  it('document review and composite with missing components renormalised', () => {
    // Area weights 2:1 → 2/3, 1/3. A: (2·68.75 + 50)/3 = 62.5; B: (2·25 + 75)/3 = 41.6667.
    expect(row('A').components.documentReview).toBeCloseTo(62.5, 12);
    expect(row('B').components.documentReview).toBeCloseTo(125 / 3, 12);
    // A: financial strength missing → (0.6·62.5 + 0.2·80 + 0.1·60)/0.9 = 59.5/0.9 = 66.1111
    expect(row('A').composite).toBeCloseTo(59.5 / 0.9, 12);
    expect(row('A').missingComponents).toEqual(['financialStrength']);
    expect(row('A').effectiveWeights.documentReview).toBeCloseTo(2 / 3, 12);
    // B: interview missing → (0.6·41.6667 + 0.1·90 + 0.1·70)/0.8 = 41/0.8 = 51.25
    expect(row('B').composite).toBeCloseTo(51.25, 12);
    expect(row('B').missingComponents).toEqual(['interview']);
    const w = row('B').effectiveWeights;
    expect([w.documentReview, w.interview, w.serviceQuality, w.financialStrength]).toEqual([0.75, 0, 0.125, 0.125].map((x) => expect.closeTo(x, 12)));
  });

  it('ranks A, B and leaves C (nothing known) unranked with everything reported missing', () => {
    expect(result.rows.map((r) => [r.nominationId, r.rank])).toEqual([['A', 1], ['B', 2], ['C', null]]);
    expect(row('C')).toMatchObject({
      composite: null,
      missingComponents: ['documentReview', 'interview', 'serviceQuality', 'financialStrength'],
      missingAreas: ['democracy', 'service'],
    });
    expect(result.ties).toEqual([]);
    expect(result.settingsUsed.areaWeights.democracy).toBeCloseTo(2 / 3, 12);
  });

  it('reports ties: a copy of A under another id shares rank 1 and B gets rank 3', () => {
    const copy = example.scores.filter((s) => s.nominationId === 'A').map((s) => ({ ...s, nominationId: 'A2' }));
    const r = rankNominations({
      ...example,
      scores: [...example.scores, ...copy],
      components: [...example.components, { ...example.components[0], nominationId: 'A2' }],
    });
    expect(r.rows.map((x) => [x.nominationId, x.rank, x.tied])).toEqual([
      ['A', 1, true],
      ['A2', 1, true],
      ['B', 3, false],
      ['C', null, false],
    ]);
    expect(r.ties).toEqual([{ rank: 1, ids: ['A', 'A2'] }]);
  });

  it('with calibration: a lenient juror stops dominating', () => {
    // Five nominations; j1 is strict (x), j2 lenient and narrow (50 + x/2): calibration maps both onto the
    // same scale, so each nomination's calibrated mean equals the calibrated score of either juror.
    const one: Rubric = { scale: { min: 0, max: 100 }, areas: [{ key: 'democracy', weight: 1, criteria: [{ id: 'd', weight: 1 }] }] };
    const xs = [0, 20, 40, 60, 80];
    const scores: Score[] = xs.flatMap((x, i) => [
      { jurorId: 'j1', nominationId: `n${i}`, criterionId: 'd', value: x },
      { jurorId: 'j2', nominationId: `n${i}`, criterionId: 'd', value: 50 + x / 2 },
    ]);
    const r = rankNominations({ rubric: one, scores, components: [] });
    // j1: mean 40, Σ(x−m)² = 4000; j2: mean 70, Σ = 1000. M = (200 + 350)/10 = 55; S = √(5000/8) = 25
    // z for n0 = −40/√1000 = −1.264911 → 55 − 25·1.264911 = 23.377223 (raw mean would be (0 + 50)/2 = 25)
    expect(r.calibration.reference).toEqual({ mean: 55, sd: 25 });
    const n0 = r.rows.find((x) => x.nominationId === 'n0')!;
    expect(n0.areaScores.democracy.raw).toBe(25);
    expect(n0.areaScores.democracy.calibrated).toBeCloseTo(23.377223, 6);
    expect(r.rows.map((x) => x.nominationId)).toEqual(['n4', 'n3', 'n2', 'n1', 'n0']);
  });

  it('property: the result does not depend on the order of input rows', () => {
    fc.assert(
      fc.property(inputArb({ jurors: [1, 6], nominations: [1, 8] }), settingsArb, fc.integer(), (input, settings, seed) => {
        const random = createRandom(seed);
        const a = rankNominations(input, settings);
        const b = rankNominations(
          { ...input, scores: shuffled(random, input.scores), components: shuffled(random, input.components) },
          settings,
        );
        expect(b).toEqual(a);
      }),
      { numRuns: 150 },
    );
  });
});
