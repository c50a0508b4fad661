/**
 * From area scores to the document-review score, and from the four components to the
 * composite. A missing value is never read as zero: its weight is taken out and the
 * remaining weights are renormalised, and the caller is told which values were missing.
 */
import { COMPONENT_KEYS, type ComponentKey, type ComponentValues, type ComponentWeights } from './types';

export type WeightedCombination<K extends string> = {
  /** Σ w̃_k · x_k over present k, or null when nothing (with weight > 0) is present. */
  value: number | null;
  missing: K[];
  /** w̃_k = w_k / Σ_{present} w (0 for missing keys). */
  effectiveWeights: Record<K, number>;
};

/** Weighted mean over the present values, weights renormalised: Σ w_k x_k / Σ_{present} w_k. */
export function combineWeighted<K extends string>(
  values: Record<K, number | null>,
  weights: Record<K, number>,
  keys: readonly K[],
): WeightedCombination<K> {
  const missing: K[] = [];
  let presentWeight = 0;
  for (const k of keys) {
    if (values[k] === null || values[k] === undefined) missing.push(k);
    else presentWeight += weights[k];
  }
  const effectiveWeights = {} as Record<K, number>;
  let value = 0;
  for (const k of keys) {
    const x = values[k];
    const w = x === null || x === undefined || presentWeight <= 0 ? 0 : weights[k] / presentWeight;
    effectiveWeights[k] = w;
    if (w > 0) value += w * (x as number);
  }
  return { value: presentWeight > 0 ? value : null, missing, effectiveWeights };
}

export type DocumentReview = {
  score: number | null;
  missingAreas: string[];
  effectiveAreaWeights: Record<string, number>;
};

/** Document review = Σ ã_a · s_a over the areas with a score (area weights renormalised). */
export function documentReviewScore(
  areaScores: Record<string, number | null>,
  areaWeights: Record<string, number>,
  areaKeys: readonly string[],
): DocumentReview {
  const r = combineWeighted(areaScores, areaWeights, areaKeys);
  return { score: r.value, missingAreas: r.missing, effectiveAreaWeights: r.effectiveWeights };
}

export type Composite = {
  composite: number | null;
  missingComponents: ComponentKey[];
  effectiveWeights: ComponentWeights;
};

/** Composite = Σ W̃_c · x_c over the present components (W̃ renormalised over them). */
export function compositeScore(values: ComponentValues, weights: ComponentWeights): Composite {
  const r = combineWeighted(values, weights, COMPONENT_KEYS);
  return { composite: r.value, missingComponents: r.missing, effectiveWeights: r.effectiveWeights };
}
