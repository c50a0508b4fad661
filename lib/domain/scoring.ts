/**
 * Scoring rules, as pure functions: is a score valid on the rubric's scale, does
 * it need a comment, is a score sheet complete (and what is missing), and how a
 * set of scores is distributed over the scale.
 *
 * A score is one of three things: a value on the scale, "kan inte bedöma"
 * (cannotAssess, no value), or nothing yet (a draft: value null, perhaps a comment).
 * A draft and a missing comment may be saved (nothing typed is lost) but make the
 * sheet incomplete; a value off the scale is never saved.
 */
import { vt } from '@/lib/i18n/validation';

export type Scale = { min: number; max: number };

export type ScoreInput = { value: number | null; cannotAssess: boolean; comment: string };

export type ScoreRefusal = { field: 'value' | 'cannotAssess'; message: string };

/** Every value of the scale, lowest first. */
export function scaleValues(scale: Scale): number[] {
  const out: number[] = [];
  for (let v = scale.min; v <= scale.max; v++) out.push(v);
  return out;
}

/** The scale's middle (3 on 1–5; 2.5 on 1–4). */
export function scaleMiddle(scale: Scale): number {
  return (scale.min + scale.max) / 2;
}

/** Whether a scale is usable: whole numbers, at least two values. */
export function isValidScale(scale: Scale): boolean {
  return Number.isInteger(scale.min) && Number.isInteger(scale.max) && scale.max > scale.min;
}

/**
 * Whether a score may be stored at all: the value is a whole number on the scale,
 * and "kan inte bedöma" carries no value. null when it may.
 */
export function refuseScore(scale: Scale, s: ScoreInput): ScoreRefusal | null {
  if (s.cannotAssess && s.value !== null)
    return { field: 'cannotAssess', message: vt('valActScore.valueOrCannot') };
  if (s.value !== null && (!Number.isInteger(s.value) || s.value < scale.min || s.value > scale.max))
    return { field: 'value', message: vt('valActScore.range', { min: scale.min, max: scale.max }) };
  return null;
}

/** A comment is required for the lowest and the highest value and for "kan inte bedöma". */
export function commentRequired(scale: Scale, s: Pick<ScoreInput, 'value' | 'cannotAssess'>): boolean {
  return s.cannotAssess || s.value === scale.min || s.value === scale.max;
}

export type CriterionState = 'missing' | 'comment_required' | 'complete';

/** Where one criterion stands: not scored, scored but the required comment is missing, or done. */
export function criterionState(scale: Scale, s: ScoreInput | undefined): CriterionState {
  if (!s || (s.value === null && !s.cannotAssess)) return 'missing';
  if (commentRequired(scale, s) && s.comment.trim() === '') return 'comment_required';
  return 'complete';
}

export type MissingCriterion = { criterionId: number; reason: Exclude<CriterionState, 'complete'> };

export type Completeness = { complete: boolean; done: number; total: number; missing: MissingCriterion[] };

/** How complete a sheet is, with the missing criteria in the rubric's order. */
export function sheetCompleteness(
  scale: Scale,
  criterionIds: readonly number[],
  scores: ReadonlyMap<number, ScoreInput>,
): Completeness {
  const missing: MissingCriterion[] = [];
  for (const id of criterionIds) {
    const state = criterionState(scale, scores.get(id));
    if (state !== 'complete') missing.push({ criterionId: id, reason: state });
  }
  return { complete: missing.length === 0, done: criterionIds.length - missing.length, total: criterionIds.length, missing };
}

export type Distribution = {
  /** How many scores per scale value, lowest first. */
  counts: { value: number; count: number }[];
  cannotAssess: number;
  /** Scores with a value. */
  n: number;
  mean: number | null;
  median: number | null;
};

/** The distribution of scores on the scale; "kan inte bedöma" counted apart, drafts ignored. */
export function distributionOf(scale: Scale, scores: readonly Pick<ScoreInput, 'value' | 'cannotAssess'>[]): Distribution {
  const values = scores.filter((s) => !s.cannotAssess && s.value !== null).map((s) => s.value as number);
  const counts = scaleValues(scale).map((value) => ({ value, count: values.filter((v) => v === value).length }));
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const mean = n === 0 ? null : sorted.reduce((a, b) => a + b, 0) / n;
  const median = n === 0 ? null : n % 2 === 1 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  return { counts, cannotAssess: scores.filter((s) => s.cannotAssess).length, n, mean, median };
}

export type Tendency = 'lenient' | 'strict' | 'balanced' | 'too_few';

export type OwnProfile = Distribution & {
  middle: number;
  /** mean − middle; positive = above the middle. */
  offset: number | null;
  tendency: Tendency;
};

/** Fewer scores than this say nothing about a juror's leniency. */
export const MIN_SCORES_FOR_TENDENCY = 10;
/** A mean this far (in scale steps) from the middle counts as lenient or strict. */
export const TENDENCY_THRESHOLD = 0.5;

/**
 * A juror's own scores against the scale's middle, so they can see whether they
 * are consistently lenient or strict before submitting.
 */
export function ownProfile(scale: Scale, scores: readonly Pick<ScoreInput, 'value' | 'cannotAssess'>[]): OwnProfile {
  const d = distributionOf(scale, scores);
  const middle = scaleMiddle(scale);
  const offset = d.mean === null ? null : d.mean - middle;
  let tendency: Tendency = 'too_few';
  if (offset !== null && d.n >= MIN_SCORES_FOR_TENDENCY) {
    tendency = offset >= TENDENCY_THRESHOLD ? 'lenient' : offset <= -TENDENCY_THRESHOLD ? 'strict' : 'balanced';
  }
  return { ...d, middle, offset, tendency };
}
