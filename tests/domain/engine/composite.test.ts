import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combineWeighted, compositeScore, documentReviewScore } from '@/lib/domain/engine/composite';
import { DEFAULT_COMPONENT_WEIGHTS } from '@/lib/domain/engine/settings';
import type { ComponentValues } from '@/lib/domain/engine/types';

const AREAS = ['democracy', 'service', 'workEnvironment', 'communityBuilding'];
const AREA_WEIGHTS = { democracy: 0.3, service: 0.3, workEnvironment: 0.2, communityBuilding: 0.2 };

describe('documentReviewScore', () => {
  it.each([
    {
      // 0.3·80 + 0.3·60 + 0.2·50 + 0.2·90 = 24 + 18 + 10 + 18 = 70
      scores: { democracy: 80, service: 60, workEnvironment: 50, communityBuilding: 90 },
      expected: 70,
      missing: [],
    },
    {
      // work environment missing → weights 0.3, 0.3, 0.2 over 0.8: (24 + 18 + 18)/0.8 = 75
      scores: { democracy: 80, service: 60, workEnvironment: null, communityBuilding: 90 },
      expected: 75,
      missing: ['workEnvironment'],
    },
    {
      scores: { democracy: null, service: null, workEnvironment: null, communityBuilding: null },
      expected: null,
      missing: AREAS,
    },
  ])('$scores → $expected', ({ scores, expected, missing }) => {
    const r = documentReviewScore(scores, AREA_WEIGHTS, AREAS);
    if (expected === null) expect(r.score).toBeNull();
    else expect(r.score).toBeCloseTo(expected, 12);
    expect(r.missingAreas).toEqual(missing);
  });
});

describe('compositeScore', () => {
  it.each([
    {
      // all present: 0.6·70 + 0.2·80 + 0.1·50 + 0.1·40 = 42 + 16 + 5 + 4 = 67
      values: { documentReview: 70, interview: 80, serviceQuality: 50, financialStrength: 40 },
      composite: 67,
      missing: [],
      effective: { documentReview: 0.6, interview: 0.2, serviceQuality: 0.1, financialStrength: 0.1 },
    },
    {
      // interview missing → 0.6, 0.1, 0.1 over 0.8 = 0.75, 0.125, 0.125: 52.5 + 6.25 + 5 = 63.75 (not 0.2·0 → 51)
      values: { documentReview: 70, interview: null, serviceQuality: 50, financialStrength: 40 },
      composite: 63.75,
      missing: ['interview'],
      effective: { documentReview: 0.75, interview: 0, serviceQuality: 0.125, financialStrength: 0.125 },
    },
    {
      // only service quality and financial strength: 0.5·50 + 0.5·40 = 45
      values: { documentReview: null, interview: null, serviceQuality: 50, financialStrength: 40 },
      composite: 45,
      missing: ['documentReview', 'interview'],
      effective: { documentReview: 0, interview: 0, serviceQuality: 0.5, financialStrength: 0.5 },
    },
    {
      values: { documentReview: null, interview: null, serviceQuality: null, financialStrength: null },
      composite: null,
      missing: ['documentReview', 'interview', 'serviceQuality', 'financialStrength'],
      effective: { documentReview: 0, interview: 0, serviceQuality: 0, financialStrength: 0 },
    },
  ])('$values → $composite', ({ values, composite, missing, effective }) => {
    const r = compositeScore(values, DEFAULT_COMPONENT_WEIGHTS);
    if (composite === null) expect(r.composite).toBeNull();
    else expect(r.composite).toBeCloseTo(composite, 12);
    expect(r.missingComponents).toEqual(missing);
    for (const [k, w] of Object.entries(effective)) expect(r.effectiveWeights[k as keyof ComponentValues]).toBeCloseTo(w, 12);
  });

  it('present values with zero weight only → no composite', () => {
    const r = combineWeighted({ a: 50, b: null }, { a: 0, b: 1 }, ['a', 'b']);
    expect(r.value).toBeNull();
    expect(r.missing).toEqual(['b']);
  });

  const value = fc.double({ min: 0, max: 100, noNaN: true });
  const weight = fc.double({ min: 0.01, max: 1, noNaN: true });

  it('property: with all components present the composite is the weighted sum Σ w·x / Σ w', () => {
    fc.assert(
      fc.property(fc.tuple(value, value, value, value), fc.tuple(weight, weight, weight, weight), ([d, i, s, f], [wd, wi, ws, wf]) => {
        const total = wd + wi + ws + wf;
        const weights = { documentReview: wd / total, interview: wi / total, serviceQuality: ws / total, financialStrength: wf / total };
        const r = compositeScore({ documentReview: d, interview: i, serviceQuality: s, financialStrength: f }, weights);
        expect(r.missingComponents).toEqual([]);
        for (const [k, w] of Object.entries(weights)) expect(r.effectiveWeights[k as keyof ComponentValues]).toBeCloseTo(w, 12);
        expect(r.composite).toBeCloseTo((wd * d + wi * i + ws * s + wf * f) / total, 9);
      }),
    );
  });

  it('property: a missing component never acts as 0 — the composite stays within the present values', () => {
    fc.assert(
      fc.property(fc.tuple(fc.option(value), fc.option(value), fc.option(value), fc.option(value)), ([d, i, s, f]) => {
        const r = compositeScore({ documentReview: d, interview: i, serviceQuality: s, financialStrength: f }, DEFAULT_COMPONENT_WEIGHTS);
        const present = [d, i, s, f].filter((x): x is number => x !== null);
        if (present.length === 0) {
          expect(r.composite).toBeNull();
          return;
        }
        expect(r.composite!).toBeGreaterThanOrEqual(Math.min(...present) - 1e-9);
        expect(r.composite!).toBeLessThanOrEqual(Math.max(...present) + 1e-9);
        expect(Object.values(r.effectiveWeights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      }),
    );
  });
});
