import { describe, expect, it } from 'vitest';
import { engineSettings, methodSettingsFromCycle, toPercent, weightsFromStored, weightsToStored } from '@/lib/assessment/weights';
import { resolveSettings } from '@/lib/domain/engine';
import { weightsSchema } from '@/lib/validation/weights';

const rubric = {
  scale: { min: 1, max: 5 },
  areas: ['democracy', 'service', 'workEnvironment', 'communityBuilding'].map((key) => ({ key, weight: 1, criteria: [{ id: key, weight: 1 }] })),
};

describe('weight sets', () => {
  it('defaults to equal area weights and the documented component weights, in percent', () => {
    expect(weightsFromStored(null, rubric)).toEqual({
      areaWeights: { democracy: 25, service: 25, workEnvironment: 25, communityBuilding: 25 },
      componentWeights: { documentReview: 60, interview: 20, serviceQuality: 10, financialStrength: 10 },
    });
  });

  it('round-trips through the stored JSON, keeping the values as the organiser left them', () => {
    const w = { areaWeights: { democracy: 40, service: 20, workEnvironment: 20, communityBuilding: 20 }, componentWeights: { documentReview: 70, interview: 10, serviceQuality: 10, financialStrength: 10 } };
    const stored = weightsToStored(w);
    expect(stored).toMatchObject({ 'area:democracy': 40, 'component:documentReview': 70 });
    expect(weightsFromStored(stored, rubric)).toEqual(w);
    const unnormalised = { ...w, areaWeights: { democracy: 100, service: 25, workEnvironment: 25, communityBuilding: 25 } };
    expect(weightsFromStored(weightsToStored(unnormalised), rubric)).toEqual(unnormalised);
    // An area added to the rubric after saving takes the mean of the stored area weights.
    const { 'area:communityBuilding': _dropped, ...partial } = weightsToStored(unnormalised);
    expect(weightsFromStored(partial, rubric).areaWeights.communityBuilding).toBe(50);
    expect(toPercent({ a: 1, b: 3 })).toEqual({ a: 25, b: 75 });
    expect(toPercent({ a: 0, b: 0 })).toEqual({ a: 50, b: 50 });
  });

  it('gives the engine the weights, the cycle method settings and the calibration choice', () => {
    const method = methodSettingsFromCycle({ topK: 3, aggregation: 'median', trimProportion: 0.9, junk: 1 });
    expect(method).toEqual({ topK: 3, aggregation: 'median' });
    expect(methodSettingsFromCycle(null)).toEqual({ topK: 5 });
    const settings = resolveSettings(rubric, engineSettings(weightsFromStored(null, rubric), method, false));
    expect(settings.calibration).toBe(false);
    expect(settings.componentWeights.documentReview).toBeCloseTo(0.6, 12);
    expect(settings.areaWeights.service).toBeCloseTo(0.25, 12);
  });

  it('validates the weight panel: 0–100, at least one weight above 0 per group, Swedish messages', () => {
    const ok = { cycleId: 1, areaWeights: { democracy: 50, service: 50 }, componentWeights: { documentReview: 100, interview: 0, serviceQuality: 0, financialStrength: 0 } };
    expect(weightsSchema.safeParse(ok).success).toBe(true);
    const zero = weightsSchema.safeParse({ ...ok, areaWeights: { democracy: 0, service: 0 } });
    expect(zero.success).toBe(false);
    expect(zero.error?.issues[0].message).toBe('Minst ett område måste ha en vikt över 0.');
    const negative = weightsSchema.safeParse({ ...ok, componentWeights: { ...ok.componentWeights, interview: -1 } });
    expect(negative.error?.issues[0].message).toBe('En vikt kan inte vara negativ.');
    expect(weightsSchema.safeParse({ ...ok, componentWeights: { documentReview: 1 } }).success).toBe(false);
  });
});
