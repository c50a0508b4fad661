import { describe, expect, it } from 'vitest';
import {
  DEFAULT_COMPONENT_WEIGHTS,
  normalizeWeights,
  resolveSettings,
} from '@/lib/domain/engine/settings';
import { RUBRIC } from './arbitraries';

describe('resolveSettings', () => {
  it('fills in the documented defaults and normalises the rubric area weights', () => {
    const s = resolveSettings(RUBRIC);
    // Rubric area weights 3, 3, 2, 2 → sum 10 → 0.3, 0.3, 0.2, 0.2.
    expect(s.areaWeights).toEqual({ democracy: 0.3, service: 0.3, workEnvironment: 0.2, communityBuilding: 0.2 });
    expect(s.componentWeights).toEqual({ documentReview: 0.6, interview: 0.2, serviceQuality: 0.1, financialStrength: 0.1 });
    expect(s).toMatchObject({
      aggregation: 'auto',
      trimProportion: 0.2,
      minJurorsForTrim: 5,
      calibration: true,
      minNominationsForCalibration: 5,
      topK: 5,
    });
  });

  it.each([
    // [given component weights, expected after normalising]
    [{ documentReview: 3, interview: 1 }, { documentReview: 3 / 4.2, interview: 1 / 4.2, serviceQuality: 0.1 / 4.2, financialStrength: 0.1 / 4.2 }],
    [{ documentReview: 1, interview: 1, serviceQuality: 1, financialStrength: 1 }, { documentReview: 0.25, interview: 0.25, serviceQuality: 0.25, financialStrength: 0.25 }],
  ])('normalises component weights %o', (given, expected) => {
    const w = resolveSettings(RUBRIC, { componentWeights: given }).componentWeights;
    for (const [k, v] of Object.entries(expected)) expect(w[k as keyof typeof w]).toBeCloseTo(v, 12);
  });

  it('overrides single area weights and keeps the rest from the rubric', () => {
    // democracy 5, service 3, workEnvironment 2, communityBuilding 0 → sum 10.
    const s = resolveSettings(RUBRIC, { areaWeights: { democracy: 5, communityBuilding: 0 } });
    expect(s.areaWeights).toEqual({ democracy: 0.5, service: 0.3, workEnvironment: 0.2, communityBuilding: 0 });
  });

  it.each([
    [{ areaWeights: { unknown: 1 } }, /Okänt område/],
    [{ componentWeights: { interview: -1 } }, /Ogiltig vikt/],
    [{ componentWeights: { documentReview: 0, interview: 0, serviceQuality: 0, financialStrength: 0 } }, /större än noll/],
    [{ trimProportion: 0.5 }, /Trimningsandelen/],
    [{ topK: 0 }, /topK/],
  ])('rejects %o', (input, message) => {
    expect(() => resolveSettings(RUBRIC, input)).toThrow(message);
  });

  it('rejects a rubric with an empty scale or duplicate criteria', () => {
    expect(() => resolveSettings({ ...RUBRIC, scale: { min: 3, max: 3 } })).toThrow(/skala/);
    const dup = { ...RUBRIC, areas: [...RUBRIC.areas, { key: 'extra', weight: 1, criteria: [{ id: 'd1', weight: 1 }] }] };
    expect(() => resolveSettings(dup)).toThrow(/d1/);
  });

  it('default component weights sum to 1', () => {
    expect(Object.values(DEFAULT_COMPONENT_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(normalizeWeights({ a: 2, b: 6 }, ['a', 'b'])).toEqual({ a: 0.25, b: 0.75 });
  });
});

