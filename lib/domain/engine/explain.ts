/**
 * Why is A ahead of B? The composite is a weighted sum, C = Σ_c W̃_c·x_c with the document
 * review x_doc = Σ_a ã_a·s_a, so the difference splits exactly into one contribution per
 * area (through the document review) and per other component:
 *   area a:      W̃_doc(A)·ã_a(A)·s_a(A) − W̃_doc(B)·ã_a(B)·s_a(B)
 *   component c: W̃_c(A)·x_c(A) − W̃_c(B)·x_c(B)
 * using each nomination's own effective (renormalised) weights; a missing value
 * contributes 0. With equal weights this is W̃·(x_A − x_B). The contributions sum to
 * C_A − C_B up to rounding (≪ 1e-9).
 */
import type { ComponentValues, ComponentWeights } from './types';

/** What explain needs of a row (RankedRow has all of it). */
export type CompositeBreakdown = {
  nominationId: string;
  composite: number | null;
  components: ComponentValues;
  effectiveWeights: ComponentWeights;
  /** Area scores as used in the composite (calibrated column). */
  areaScores: Record<string, { calibrated: number | null }>;
  effectiveAreaWeights: Record<string, number>;
};

/** One term of the difference; the page names it (the rubric's area name, the component's name in the reader's language). */
export type Contribution = { kind: 'area' | 'component'; key: string; contribution: number };

export type Explanation = {
  a: string;
  b: string;
  /** C_A − C_B. */
  difference: number;
  /** Areas first (rubric order), then interview, service quality, financial strength. */
  contributions: Contribution[];
};

const OTHER_COMPONENTS = ['interview', 'serviceQuality', 'financialStrength'] as const;

export function explainDifference(a: CompositeBreakdown, b: CompositeBreakdown): Explanation {
  if (a.composite === null || b.composite === null) {
    // A caller's mistake (the shortlist only offers nominations with a composite), not a message for users.
    throw new Error('explainDifference: both nominations need a composite score');
  }
  const areaKeys = [...new Set([...Object.keys(a.effectiveAreaWeights), ...Object.keys(b.effectiveAreaWeights)])];
  const areaTerm = (row: CompositeBreakdown, key: string) => {
    const s = row.areaScores[key]?.calibrated ?? null;
    const w = row.effectiveAreaWeights[key] ?? 0;
    return s === null || w === 0 ? 0 : row.effectiveWeights.documentReview * w * s;
  };
  const componentTerm = (row: CompositeBreakdown, key: (typeof OTHER_COMPONENTS)[number]) => {
    const x = row.components[key];
    return x === null || row.effectiveWeights[key] === 0 ? 0 : row.effectiveWeights[key] * x;
  };

  const contributions: Contribution[] = [
    ...areaKeys.map((key) => ({
      kind: 'area' as const,
      key,
      contribution: areaTerm(a, key) - areaTerm(b, key),
    })),
    ...OTHER_COMPONENTS.map((key) => ({
      kind: 'component' as const,
      key,
      contribution: componentTerm(a, key) - componentTerm(b, key),
    })),
  ];
  return { a: a.nominationId, b: b.nominationId, difference: a.composite - b.composite, contributions };
}
