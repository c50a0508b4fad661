/**
 * The cycle's weights as stored in weight_sets.weights (a flat JSON object of numbers):
 *   "area:<areaKey>"        → relative weight of an area inside the document review
 *   "component:<component>" → relative weight of a component in the composite
 * Values are relative (the engine divides by the sum), entered by the organiser as
 * percentages. A missing key takes the default (the rubric's area weight; the
 * documented component defaults in lib/domain/engine/settings.ts).
 */
import { DEFAULT_COMPONENT_WEIGHTS, DEFAULT_TOP_K } from '@/lib/domain/engine/settings';
import { COMPONENT_KEYS, type AggregationSetting, type ComponentWeights, type EngineSettingsInput, type Rubric } from '@/lib/domain/engine/types';

export type WeightValues = { areaWeights: Record<string, number>; componentWeights: ComponentWeights };

const AREA = 'area:';
const COMPONENT = 'component:';

/**
 * The weights for the panel: the stored set as the organiser left it (relative values), or,
 * when nothing is stored, the defaults as percentages summing to 100 (areas from the rubric).
 * A key missing from a stored set (the rubric changed since) takes that group's mean.
 */
export function weightsFromStored(stored: Record<string, number> | null | undefined, rubric: Rubric): WeightValues {
  const valid = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  if (!stored) {
    const areaRaw: Record<string, number> = {};
    for (const a of rubric.areas) areaRaw[a.key] = a.weight;
    return { areaWeights: toPercent(areaRaw), componentWeights: toPercent({ ...DEFAULT_COMPONENT_WEIGHTS }) };
  }
  const fill = <K extends string>(keys: readonly K[], prefix: string, fallback: (k: K) => number): Record<K, number> => {
    const given = keys.map((k) => stored[`${prefix}${k}`]).filter(valid);
    const mean = given.length > 0 ? given.reduce((s, v) => s + v, 0) / given.length : null;
    const out = {} as Record<K, number>;
    for (const k of keys) {
      const v = stored[`${prefix}${k}`];
      out[k] = valid(v) ? v : (mean ?? fallback(k));
    }
    return out;
  };
  return {
    areaWeights: fill(rubric.areas.map((a) => a.key), AREA, () => 1),
    componentWeights: fill(COMPONENT_KEYS, COMPONENT, (k) => DEFAULT_COMPONENT_WEIGHTS[k] * 100),
  };
}

/** The flat JSON stored in weight_sets.weights. */
export function weightsToStored(w: WeightValues): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(w.areaWeights)) out[`${AREA}${k}`] = v;
  for (const k of COMPONENT_KEYS) out[`${COMPONENT}${k}`] = w.componentWeights[k];
  return out;
}

/** Scales a group to percentages summing to 100 (rounded to 0.1; all-zero groups become equal shares). */
export function toPercent<K extends string>(weights: Record<K, number>): Record<K, number> {
  const keys = Object.keys(weights) as K[];
  const total = keys.reduce((t, k) => t + weights[k], 0);
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = Math.round((total > 0 ? (weights[k] / total) * 100 : 100 / keys.length) * 10) / 10;
  return out;
}

/**
 * Method settings a cycle may keep in cycles.settings (all optional; anything invalid is
 * ignored and the engine default used): topK / finalists (shortlist size), aggregation,
 * trimProportion, minJurorsForTrim, minNominationsForCalibration.
 */
export function methodSettingsFromCycle(settings: Record<string, unknown> | null | undefined): EngineSettingsInput {
  const s = settings ?? {};
  const out: EngineSettingsInput = {};
  const int = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : undefined);
  const topK = int(s.topK) ?? int(s.finalists);
  out.topK = topK ?? DEFAULT_TOP_K;
  if (typeof s.aggregation === 'string' && ['auto', 'mean', 'median', 'trimmed'].includes(s.aggregation)) {
    out.aggregation = s.aggregation as AggregationSetting;
  }
  if (typeof s.trimProportion === 'number' && s.trimProportion >= 0 && s.trimProportion < 0.5) out.trimProportion = s.trimProportion;
  if (int(s.minJurorsForTrim)) out.minJurorsForTrim = int(s.minJurorsForTrim);
  if (int(s.minNominationsForCalibration)) out.minNominationsForCalibration = int(s.minNominationsForCalibration);
  return out;
}

/** Engine settings from the weights, the cycle's method settings and the raw/calibrated choice. */
export function engineSettings(weights: WeightValues, method: EngineSettingsInput, calibrated: boolean): EngineSettingsInput {
  return { ...method, areaWeights: weights.areaWeights, componentWeights: weights.componentWeights, calibration: calibrated };
}
