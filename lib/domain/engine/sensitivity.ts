/**
 * Weight sensitivity: does first place or the top-k set change when one weight (an area
 * weight inside the document review, or a component weight) moves by up to ±10
 * percentage points, the other weights of the same set rescaled proportionally so the
 * set still sums to 1? Area scores and components are kept as they are.
 *
 * The result is data (weight references, signed changes, shares), no sentences: the reader's
 * language words it (lib/assessment/sensitivity-text.ts).
 */
import { compositeScore, documentReviewScore } from './composite';
import type { RankedRow, RankingResult } from './pipeline';
import { firstPlace, rankScores, topSet } from './rank';
import { COMPONENT_KEYS, type ComponentKey, type ComponentWeights } from './types';

export type WeightRef = { kind: 'area'; key: string } | { kind: 'component'; key: ComponentKey };

export type SensitivityFlip = {
  weight: WeightRef;
  /** Signed change in percentage points. */
  changePp: number;
  from: number;
  to: number;
  firstPlaceChanged: boolean;
  topKChanged: boolean;
  firstPlace: string[];
  topK: string[];
};

export type WeightSensitivity = {
  weight: WeightRef;
  value: number;
  /** Smallest increase / decrease that changes the outcome, or null (stable in that direction). */
  smallestIncrease: SensitivityFlip | null;
  smallestDecrease: SensitivityFlip | null;
};

export type SensitivityResult = {
  verdict: 'stable' | 'sensitive';
  /** The largest change searched, in percentage points (the "±10" of a stable verdict). */
  maxPp: number;
  /** The smallest change over all weights (ties: areas in rubric order, then components; increase first). */
  smallestFlip: SensitivityFlip | null;
  topK: number;
  firstPlace: string[];
  topKSet: string[];
  weights: WeightSensitivity[];
};

const EPS = 1e-12;

/**
 * w_i' = w_i + δ; others w_k' = w_k · (1 − w_i') / (1 − w_i) (shared equally if all were 0).
 * Null when w_i' would leave [0, 1]. Weights are assumed to sum to 1.
 */
export function shiftWeight<K extends string>(weights: Record<K, number>, keys: readonly K[], key: K, delta: number): Record<K, number> | null {
  const target = weights[key] + delta;
  if (target < -EPS || target > 1 + EPS) return null;
  const moved = Math.min(1, Math.max(0, target));
  const rest = 1 - weights[key];
  const out = {} as Record<K, number>;
  for (const k of keys) {
    if (k === key) out[k] = moved;
    else out[k] = rest > EPS ? (weights[k] * (1 - moved)) / rest : (1 - moved) / (keys.length - 1);
  }
  return out;
}

function rankWith(rows: readonly RankedRow[], areaKeys: readonly string[], areaWeights: Record<string, number>, componentWeights: ComponentWeights) {
  return rankScores(
    rows.map((row) => {
      const used: Record<string, number | null> = {};
      for (const key of areaKeys) used[key] = row.areaScores[key].calibrated;
      const doc = documentReviewScore(used, areaWeights, areaKeys);
      return { id: row.nominationId, score: compositeScore({ ...row.components, documentReview: doc.score }, componentWeights).composite };
    }),
  );
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function analyseSensitivity(
  result: RankingResult,
  options: { topK?: number; maxPp?: number; stepPp?: number } = {},
): SensitivityResult {
  const topK = options.topK ?? result.settingsUsed.topK;
  const maxPp = options.maxPp ?? 10;
  const stepPp = options.stepPp ?? 1;
  const { areaWeights, componentWeights } = result.settingsUsed;
  const areaKeys = result.areaKeys;
  const base = rankWith(result.rows, areaKeys, areaWeights, componentWeights);
  const baseFirst = firstPlace(base);
  const baseTop = topSet(base, topK);

  const refs: WeightRef[] = [
    ...areaKeys.map((key) => ({ kind: 'area' as const, key })),
    ...COMPONENT_KEYS.map((key) => ({ kind: 'component' as const, key })),
  ];

  /** The flip at a signed change of pp percentage points, or null if nothing changes (or the move is impossible). */
  const tryChange = (ref: WeightRef, pp: number): SensitivityFlip | null => {
    const delta = pp / 100;
    let ranking;
    let from: number;
    let to: number;
    if (ref.kind === 'area') {
      const shifted = shiftWeight(areaWeights, areaKeys, ref.key, delta);
      if (!shifted) return null;
      ranking = rankWith(result.rows, areaKeys, shifted, componentWeights);
      [from, to] = [areaWeights[ref.key], shifted[ref.key]];
    } else {
      const shifted = shiftWeight(componentWeights, COMPONENT_KEYS, ref.key, delta);
      if (!shifted) return null;
      ranking = rankWith(result.rows, areaKeys, areaWeights, shifted);
      [from, to] = [componentWeights[ref.key], shifted[ref.key]];
    }
    const first = firstPlace(ranking);
    const top = topSet(ranking, topK);
    const firstPlaceChanged = !sameSet([...first].sort(), [...baseFirst].sort());
    const topKChanged = !sameSet(top, baseTop);
    if (!firstPlaceChanged && !topKChanged) return null;
    return { weight: ref, changePp: pp, from, to, firstPlaceChanged, topKChanged, firstPlace: first, topK: top };
  };

  const steps: number[] = [];
  for (let pp = stepPp; pp <= maxPp + EPS; pp += stepPp) steps.push(Math.round(pp * 1e6) / 1e6);

  const weights: WeightSensitivity[] = refs.map((ref) => {
    const find = (sign: 1 | -1) => {
      for (const pp of steps) {
        const flip = tryChange(ref, sign * pp);
        if (flip) return flip;
      }
      return null;
    };
    const value = ref.kind === 'area' ? areaWeights[ref.key] : componentWeights[ref.key];
    return { weight: ref, value, smallestIncrease: find(1), smallestDecrease: find(-1) };
  });

  let smallestFlip: SensitivityFlip | null = null;
  for (const w of weights) {
    for (const flip of [w.smallestIncrease, w.smallestDecrease]) {
      if (flip && (!smallestFlip || Math.abs(flip.changePp) < Math.abs(smallestFlip.changePp) - EPS)) smallestFlip = flip;
    }
  }

  return {
    verdict: smallestFlip ? 'sensitive' : 'stable',
    maxPp,
    smallestFlip,
    topK,
    firstPlace: baseFirst,
    topKSet: baseTop,
    weights,
  };
}
