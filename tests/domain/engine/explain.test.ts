import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainDifference, rankNominations } from '@/lib/domain/engine';
import type { EngineInput, Rubric, Score } from '@/lib/domain/engine/types';
import { inputArb, settingsArb } from './arbitraries';

// The worked example of pipeline.test.ts: A 66.1111, B 51.25.
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
};

describe('explainDifference', () => {
  it('splits A − B into area and component contributions (worked example)', () => {
    const result = rankNominations(example);
    const [a, b] = result.rows;
    const e = explainDifference(a, b);
    // difference = 59.5/0.9 − 51.25 = 14.861111
    expect(e.difference).toBeCloseTo(59.5 / 0.9 - 51.25, 12);
    const c = Object.fromEntries(e.contributions.map((x) => [x.key, x.contribution]));
    // A: W̃_doc = 2/3, ã = 2/3 and 1/3, s = 68.75 and 50; B: W̃_doc = 0.75, s = 25 and 75.
    // democracy: (2/3)(2/3)·68.75 − 0.75·(2/3)·25 = 30.5556 − 12.5 = 18.0556
    expect(c.democracy).toBeCloseTo((4 / 9) * 68.75 - 12.5, 12);
    // service: (2/3)(1/3)·50 − 0.75·(1/3)·75 = 11.1111 − 18.75 = −7.6389
    expect(c.service).toBeCloseTo((2 / 9) * 50 - 18.75, 12);
    // interview: (2/9)·80 − 0 (missing for B) = 17.7778
    expect(c.interview).toBeCloseTo((2 / 9) * 80, 12);
    // service quality: (1/9)·60 − 0.125·90 = 6.6667 − 11.25 = −4.5833
    expect(c.serviceQuality).toBeCloseTo(60 / 9 - 11.25, 12);
    // financial strength: 0 (missing for A) − 0.125·70 = −8.75
    expect(c.financialStrength).toBeCloseTo(-8.75, 12);
    // 18.0556 − 7.6389 + 17.7778 − 4.5833 − 8.75 = 14.8611
    expect(e.contributions.reduce((s, x) => s + x.contribution, 0)).toBeCloseTo(e.difference, 12);
    expect(e.contributions.map((x) => x.key)).toEqual(['democracy', 'service', 'interview', 'serviceQuality', 'financialStrength']);
  });

  it('refuses nominations without a composite', () => {
    const result = rankNominations({ ...example, nominationIds: ['C'] });
    const c = result.rows.find((r) => r.nominationId === 'C')!;
    expect(() => explainDifference(result.rows[0], c)).toThrow(/composite/);
  });

  it('property: the contributions sum to the difference in composite (to 1e-9)', () => {
    const weightsArb = fc.record({
      areaWeights: fc.record({
        democracy: fc.double({ min: 0.01, max: 5, noNaN: true }),
        service: fc.double({ min: 0, max: 5, noNaN: true }),
      }),
      componentWeights: fc.record({
        documentReview: fc.double({ min: 0.01, max: 5, noNaN: true }),
        interview: fc.double({ min: 0, max: 5, noNaN: true }),
        serviceQuality: fc.double({ min: 0, max: 5, noNaN: true }),
        financialStrength: fc.double({ min: 0, max: 5, noNaN: true }),
      }),
    });
    fc.assert(
      fc.property(inputArb({ jurors: [1, 6], nominations: [2, 8] }), settingsArb, weightsArb, (input, settings, weights) => {
        const result = rankNominations(input, { ...settings, ...weights });
        const rows = result.rows.filter((r) => r.composite !== null);
        for (const a of rows) {
          for (const b of rows) {
            const e = explainDifference(a, b);
            expect(e.difference).toBe(a.composite! - b.composite!);
            expect(Math.abs(e.contributions.reduce((s, x) => s + x.contribution, 0) - e.difference)).toBeLessThan(1e-9);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
