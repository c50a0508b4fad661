/**
 * Flags cells (one nomination × one assessment area) where the jurors' area
 * scores disagree enough that the jury should talk about them: a wide spread,
 * or one juror far from the others. The reasons are data (kind, numbers, thresholds); the
 * shortlist and the jury report word them in the reader's language
 * (lib/assessment/disagreement-text.ts).
 */
import { mean, standardDeviation } from './stats';

export type Id = string | number;

export type CellRating = {
  jurorId: Id;
  /** Area score on the scale (default 0–100). */
  score: number;
  comment?: string;
};

export type DisagreementCell = {
  nominationId: Id;
  areaKey: string;
  ratings: readonly CellRating[];
};

export type DisagreementOptions = {
  /** Lowest possible score. Default 0. */
  scaleMin?: number;
  /** Highest possible score. Default 100. */
  scaleMax?: number;
  /** Flag when max − min ≥ this. Default half the scale: (scaleMax − scaleMin) / 2. */
  rangeThreshold?: number;
  /** Flag a juror whose leave-one-out |z| ≥ this. Default 2. */
  zThreshold?: number;
  /** The z rule applies only to cells with at least this many ratings. Default 4 (never below 3). */
  minRatingsForZ?: number;
};

export type DisagreementReason =
  | { kind: 'range'; range: number; threshold: number }
  | {
      kind: 'outlier';
      jurorId: Id;
      score: number;
      /** (score − mean of the others) / sample SD of the others. */
      z: number;
      othersMean: number;
      /** The |z| limit the juror reached. */
      limit: number;
    };

export type FlaggedCell = {
  nominationId: Id;
  areaKey: string;
  /** Highest minus lowest score in the cell. */
  range: number;
  reasons: DisagreementReason[];
  /** The juror(s) with the lowest score (all of them on a tie), with comments. */
  lowest: CellRating[];
  /** The juror(s) with the highest score (all of them on a tie), with comments. */
  highest: CellRating[];
};

/** Tolerance for the threshold comparisons, so 64.1 − 14.1 = 49.99999999999999 counts as 50. */
const EPSILON = 1e-9;

/**
 * Leave-one-out z-score of each score against the others:
 * z_i = (x_i − mean(x_−i)) / sd(x_−i), sd the sample SD (n − 1) of the other scores.
 * NaN when fewer than 2 others or when the others all agree (sd 0), since the
 * z-score is then undefined — such a juror is never flagged by the z rule.
 */
export function leaveOneOutZ(scores: readonly number[]): number[] {
  return scores.map((x, i) => {
    const others = scores.filter((_, j) => j !== i);
    if (others.length < 2) return NaN;
    const sd = standardDeviation(others);
    // z of x_i against the other raters' mean and sample SD (leave-one-out; the project's rule, not from a paper)
    return sd > 0 ? (x - mean(others)) / sd : NaN;
  });
}

/**
 * Returns the cells the jury should discuss, in input order, each with every
 * reason that applies:
 * - range: highest − lowest score ≥ `rangeThreshold` (default half the scale,
 *   50 points on 0–100), e.g. "Spridning 55 poäng (≥ 50)";
 * - outlier: a juror's leave-one-out |z| ≥ `zThreshold` (default 2), only when
 *   the cell has ≥ `minRatingsForZ` (default 4) ratings, so the others' mean and
 *   SD rest on at least 3 scores. Others with SD 0 give no z (see `leaveOneOutZ`).
 *   Note: with exactly 4 evenly spaced scores the two ends have |z| = 2 exactly.
 * Both ends (lowest and highest jurors, with their comments) come with every
 * flagged cell. Cells with fewer than 2 ratings are never flagged. Scores
 * must be finite and within the scale, otherwise a RangeError is thrown.
 */
export function flagDisagreements(
  cells: readonly DisagreementCell[],
  opts: DisagreementOptions = {},
): FlaggedCell[] {
  const scaleMin = opts.scaleMin ?? 0;
  const scaleMax = opts.scaleMax ?? 100;
  if (!(scaleMax > scaleMin)) throw new RangeError(`invalid scale ${scaleMin}–${scaleMax}`);
  const rangeThreshold = opts.rangeThreshold ?? (scaleMax - scaleMin) / 2;
  const zThreshold = opts.zThreshold ?? 2;
  const minRatingsForZ = Math.max(3, opts.minRatingsForZ ?? 4);

  const flagged: FlaggedCell[] = [];
  for (const cell of cells) {
    const scores = cell.ratings.map((r) => r.score);
    for (const s of scores) {
      if (!Number.isFinite(s) || s < scaleMin || s > scaleMax) {
        throw new RangeError(
          `score ${s} outside ${scaleMin}–${scaleMax} (nomination ${cell.nominationId}, area ${cell.areaKey})`,
        );
      }
    }
    if (scores.length < 2) continue;

    const lo = Math.min(...scores);
    const hi = Math.max(...scores);
    const range = hi - lo;
    const reasons: DisagreementReason[] = [];
    if (range >= rangeThreshold - EPSILON) {
      reasons.push({
        kind: 'range',
        range,
        threshold: rangeThreshold,
      });
    }
    if (scores.length >= minRatingsForZ) {
      const zs = leaveOneOutZ(scores);
      cell.ratings.forEach((r, i) => {
        const z = zs[i];
        if (!(Math.abs(z) >= zThreshold - EPSILON)) return;
        const othersMean = mean(scores.filter((_, j) => j !== i));
        reasons.push({
          kind: 'outlier',
          jurorId: r.jurorId,
          score: r.score,
          z,
          othersMean,
          limit: zThreshold,
        });
      });
    }
    if (reasons.length === 0) continue;

    const end = (r: CellRating): CellRating =>
      r.comment === undefined ? { jurorId: r.jurorId, score: r.score } : { jurorId: r.jurorId, score: r.score, comment: r.comment };
    flagged.push({
      nominationId: cell.nominationId,
      areaKey: cell.areaKey,
      range,
      reasons,
      lowest: cell.ratings.filter((r) => r.score === lo).map(end),
      highest: cell.ratings.filter((r) => r.score === hi).map(end),
    });
  }
  return flagged;
}
