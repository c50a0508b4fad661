/**
 * Defaults of the method, the reasons for them, and turning what a caller passes
 * into a complete, validated EngineSettings.
 */
import { COMPONENT_KEYS, type ComponentWeights, type EngineSettings, type EngineSettingsInput, type Rubric } from './types';

/**
 * Default component weights (sum 1):
 * - documentReview 0.6: the jury's structured assessment of all four areas by several
 *   independent jurors — the broadest evidence, so it carries most of the weight;
 * - interview 0.2: deepens and verifies the document review, but is short and held by
 *   one panel, so it refines rather than decides;
 * - serviceQuality 0.1 and financialStrength 0.1: external key figures — objective but
 *   narrow, and service is already assessed in the document review, so a small weight
 *   avoids counting the same thing twice.
 */
export const DEFAULT_COMPONENT_WEIGHTS: ComponentWeights = {
  documentReview: 0.6,
  interview: 0.2,
  serviceQuality: 0.1,
  financialStrength: 0.1,
};

/**
 * 'auto': trimmed mean (20 % at each end) from 5 jurors, else plain mean. With 5–9
 * jurors this drops the single highest and lowest score, so one outlier cannot move a
 * nomination; below 5 jurors there is too little to drop anything.
 */
export const DEFAULT_AGGREGATION = 'auto' as const;
export const DEFAULT_TRIM_PROPORTION = 0.2;
export const DEFAULT_MIN_JURORS_FOR_TRIM = 5;

/**
 * Calibration on by default, for jurors with ≥ 5 scored nominations: fewer data points
 * make a juror's own mean and SD too noisy to correct for leniency or severity.
 */
export const DEFAULT_CALIBRATION = true;
export const DEFAULT_MIN_NOMINATIONS_FOR_CALIBRATION = 5;

/** Top k = the number of finalists usually named. */
export const DEFAULT_TOP_K = 5;

/** Weights divided by their sum: w_i / Σ w. Throws on negative, non-finite or all-zero weights. */
export function normalizeWeights<K extends string>(weights: Record<K, number>, keys: readonly K[]): Record<K, number> {
  let total = 0;
  for (const k of keys) {
    const w = weights[k];
    if (!Number.isFinite(w) || w < 0) throw new Error(`Ogiltig vikt för ${k}: ${w}`);
    total += w;
  }
  if (total <= 0) throw new Error('Minst en vikt måste vara större än noll');
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = weights[k] / total;
  return out;
}

/** Checks the rubric's shape: a real scale, unique keys and criterion ids, valid weights. */
export function validateRubric(rubric: Rubric): void {
  const { min, max } = rubric.scale;
  if (!Number.isFinite(min) || !Number.isFinite(max) || max <= min) {
    throw new Error(`Ogiltig skala: ${min}–${max}`);
  }
  if (rubric.areas.length === 0) throw new Error('Bedömningsmallen saknar områden');
  const areaKeys = new Set<string>();
  const criterionIds = new Set<string>();
  for (const area of rubric.areas) {
    if (areaKeys.has(area.key)) throw new Error(`Området ${area.key} förekommer två gånger`);
    areaKeys.add(area.key);
    for (const c of area.criteria) {
      if (criterionIds.has(c.id)) throw new Error(`Kriteriet ${c.id} förekommer två gånger`);
      criterionIds.add(c.id);
      if (!Number.isFinite(c.weight) || c.weight < 0) throw new Error(`Ogiltig vikt för kriteriet ${c.id}`);
    }
  }
}

/** Fills in defaults, checks ranges and normalises both weight sets to sum 1. */
export function resolveSettings(rubric: Rubric, input: EngineSettingsInput = {}): EngineSettings {
  validateRubric(rubric);
  const areaKeys = rubric.areas.map((a) => a.key);
  for (const key of Object.keys(input.areaWeights ?? {})) {
    if (!areaKeys.includes(key)) throw new Error(`Okänt område i vikterna: ${key}`);
  }
  const rawAreaWeights: Record<string, number> = {};
  for (const area of rubric.areas) rawAreaWeights[area.key] = input.areaWeights?.[area.key] ?? area.weight;
  const rawComponentWeights = { ...DEFAULT_COMPONENT_WEIGHTS, ...input.componentWeights };

  const trimProportion = input.trimProportion ?? DEFAULT_TRIM_PROPORTION;
  if (!(trimProportion >= 0 && trimProportion < 0.5)) throw new Error('Trimningsandelen måste vara i [0, 0.5)');
  const minJurorsForTrim = input.minJurorsForTrim ?? DEFAULT_MIN_JURORS_FOR_TRIM;
  const minNominations = input.minNominationsForCalibration ?? DEFAULT_MIN_NOMINATIONS_FOR_CALIBRATION;
  const topK = input.topK ?? DEFAULT_TOP_K;
  for (const [name, n] of [['minJurorsForTrim', minJurorsForTrim], ['minNominationsForCalibration', minNominations], ['topK', topK]] as const) {
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name} måste vara ett positivt heltal`);
  }
  const aggregation = input.aggregation ?? DEFAULT_AGGREGATION;
  if (!['auto', 'mean', 'median', 'trimmed'].includes(aggregation)) throw new Error(`Okänd sammanvägning: ${aggregation}`);

  return {
    areaWeights: normalizeWeights(rawAreaWeights, areaKeys),
    componentWeights: normalizeWeights(rawComponentWeights, COMPONENT_KEYS),
    aggregation,
    trimProportion,
    minJurorsForTrim,
    calibration: input.calibration ?? DEFAULT_CALIBRATION,
    minNominationsForCalibration: minNominations,
    topK,
  };
}
