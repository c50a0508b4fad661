/**
 * Area score of one juror for one nomination in one area: the weighted mean of the
 * juror's criterion scores in that area, rescaled to 0–100. "Kan inte bedöma" (null)
 * is left out — the weights are renormalised over the criteria actually assessed —
 * and never counted as zero.
 */
import { compareIds } from './ids';
import type { EngineInput, Rubric, Score } from './types';

export type AreaScore = {
  jurorId: string;
  nominationId: string;
  areaKey: string;
  /** 0–100, or null when the juror assessed no criterion of the area. */
  value: number | null;
  /** Number of criteria the juror assessed in this area. */
  assessedCriteria: number;
};

/** (v − min) / (max − min) · 100 */
export function rescale(value: number, scale: { min: number; max: number }): number {
  return ((value - scale.min) / (scale.max - scale.min)) * 100;
}

/**
 * s = Σ w_c · rescale(v_c) / Σ w_c over the assessed criteria c (v_c ≠ null);
 * null when no criterion (or only weight-0 criteria) was assessed.
 */
export function areaScore(items: readonly { value: number | null; weight: number }[], scale: { min: number; max: number }): number | null {
  let weighted = 0;
  let weightSum = 0;
  for (const { value, weight } of items) {
    if (value === null) continue;
    weighted += weight * rescale(value, scale);
    weightSum += weight;
  }
  return weightSum > 0 ? weighted / weightSum : null;
}

/**
 * All area scores, one per juror × nomination × area for every juror × nomination pair
 * that occurs in `scores`, sorted by juror, nomination, then rubric area order. Sums run
 * in rubric criterion order, so the result does not depend on the order of `scores`.
 * Throws on unknown criteria, values outside the scale and duplicate scores.
 */
export function computeAreaScores(rubric: Rubric, scores: readonly Score[]): AreaScore[] {
  const { scale } = rubric;
  const criterionIndex = new Map<string, number>();
  const criteria = rubric.areas.flatMap((area) => area.criteria);
  criteria.forEach((c, i) => criterionIndex.set(c.id, i));

  // Per juror × nomination: the criterion values in rubric order (undefined = not given).
  type Sheet = { values: (number | null | undefined)[] };
  // Nested maps rather than one map keyed by a joined string: no key string built per score.
  const byJuror = new Map<string, Map<string, Sheet>>();
  // Scores usually arrive sheet by sheet: the previous score's sheet is tried first.
  let sheet: Sheet | undefined;
  let sheetJuror = '';
  let sheetNomination = '';
  for (const s of scores) {
    const ci = criterionIndex.get(s.criterionId);
    if (ci === undefined) throw new Error(`Okänt kriterium: ${s.criterionId}`);
    if (s.value !== null && !(Number.isFinite(s.value) && s.value >= scale.min && s.value <= scale.max)) {
      throw new Error(`Poängen ${s.value} ligger utanför skalan ${scale.min}–${scale.max}`);
    }
    if (sheet === undefined || s.jurorId !== sheetJuror || s.nominationId !== sheetNomination) {
      let ofJuror = byJuror.get(s.jurorId);
      if (!ofJuror) {
        ofJuror = new Map();
        byJuror.set(s.jurorId, ofJuror);
      }
      sheet = ofJuror.get(s.nominationId);
      if (!sheet) {
        sheet = { values: new Array(criteria.length) };
        ofJuror.set(s.nominationId, sheet);
      }
      sheetJuror = s.jurorId;
      sheetNomination = s.nominationId;
    }
    if (sheet.values[ci] !== undefined) {
      throw new Error(`Dubbel poäng: jurymedlem ${s.jurorId}, nominering ${s.nominationId}, kriterium ${s.criterionId}`);
    }
    sheet.values[ci] = s.value;
  }

  // Sorted by juror, then nomination: the juror × nomination pairs are unique, so sorting
  // the jurors and, within each, the nominations gives the same order as one sort by both.
  const out: AreaScore[] = [];
  const areas = rubric.areas;
  for (const jurorId of [...byJuror.keys()].sort(compareIds)) {
    const ofJuror = byJuror.get(jurorId)!;
    for (const nominationId of [...ofJuror.keys()].sort(compareIds)) {
      const values = ofJuror.get(nominationId)!.values;
      let offset = 0;
      for (const area of areas) {
        // Same sums as areaScore(), in criterion order, without building an item list per area.
        let weighted = 0;
        let weightSum = 0;
        let assessed = 0;
        const n = area.criteria.length;
        for (let i = 0; i < n; i++) {
          const value = values[offset + i] ?? null;
          if (value === null) continue;
          assessed++;
          const weight = area.criteria[i].weight;
          weighted += weight * rescale(value, scale);
          weightSum += weight;
        }
        offset += n;
        out.push({ jurorId, nominationId, areaKey: area.key, value: weightSum > 0 ? weighted / weightSum : null, assessedCriteria: assessed });
      }
    }
  }
  return out;
}

/** The input's area scores: the precomputed ones when given, else computed from the criterion scores. */
export function areaScoresOf(input: Pick<EngineInput, 'rubric' | 'scores' | 'areaScores'>): readonly AreaScore[] {
  return input.areaScores ?? computeAreaScores(input.rubric, input.scores);
}

/** The same input with the area scores computed once (so later steps and the browser skip the criterion scores). */
export function withAreaScores(input: EngineInput): EngineInput {
  return { ...input, scores: [], areaScores: areaScoresOf(input) };
}
