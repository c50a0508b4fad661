/**
 * Per-juror standardisation (calibration) against leniency and severity.
 *
 * Choice: each juror is standardised over ALL their area scores pooled across the four
 * areas (not per area). Leniency is a trait of the juror rather than of an area, four
 * times as many data points give a steadier mean and SD, and the juror's own view of a
 * municipality's relative strengths between areas is kept intact.
 *
 * z = (x − m_j) / s_j with m_j, s_j the juror's own mean and sample SD; the calibrated
 * score is M + S · z, where M is the mean of all jurors' area scores and S the pooled
 * within-juror SD. Only jurors with ≥ minNominations scored nominations are calibrated;
 * the others keep their raw scores. Calibrated scores are not clipped to 0–100 (clipping
 * would merge distinct scores and break the juror's order).
 */
import type { AreaScore } from './area-scores';
import { compareIds } from './ids';

/** Below this a juror's SD counts as zero (all scores equal up to rounding). */
export const ZERO_SPREAD = 1e-9;

export type JurorStatistics = {
  jurorId: string;
  /** Nominations with at least one assessed area. */
  nominations: number;
  /** Number of (non-null) area scores. */
  count: number;
  sum: number;
  mean: number;
  /** Σ (x − m_j)², the juror's sum of squared deviations. */
  sumOfSquares: number;
  /** Sample SD, √(Σ (x − m_j)² / (count − 1)); NaN with fewer than 2 scores. */
  sd: number;
};

export type JurorCalibration = JurorStatistics & {
  /** Whether this juror's scores were standardised. */
  calibrated: boolean;
  /** Calibrated but SD 0: all of the juror's scores map to M (they distinguish nothing). */
  zeroSpread: boolean;
};

export type CalibrationReference = { mean: number; sd: number };
export type CalibratedAreaScore = AreaScore & { calibrated: number | null };
export type CalibrationResult = {
  scores: CalibratedAreaScore[];
  jurors: JurorCalibration[];
  reference: CalibrationReference;
};

/** Each juror's count, mean and spread over their non-null area scores, sorted by jurorId. */
export function jurorStatistics(areaScores: readonly AreaScore[]): JurorStatistics[] {
  const byJuror = new Map<string, { values: number[]; nominations: Set<string> }>();
  for (const s of areaScores) {
    let entry = byJuror.get(s.jurorId);
    if (!entry) byJuror.set(s.jurorId, (entry = { values: [], nominations: new Set() }));
    if (s.value === null) continue;
    entry.values.push(s.value);
    entry.nominations.add(s.nominationId);
  }
  const ids = [...byJuror.keys()].sort(compareIds);
  return ids.map((jurorId) => {
    const { values, nominations } = byJuror.get(jurorId)!;
    let sum = 0;
    for (const v of values) sum += v;
    const mean = values.length > 0 ? sum / values.length : NaN;
    let sumOfSquares = 0;
    for (const v of values) sumOfSquares += (v - mean) * (v - mean);
    const sd = values.length >= 2 ? Math.sqrt(sumOfSquares / (values.length - 1)) : NaN;
    return { jurorId, nominations: nominations.size, count: values.length, sum, mean, sumOfSquares, sd };
  });
}

/**
 * M = Σ_j sum_j / Σ_j n_j (mean of all area scores);
 * S = √(Σ_j Σ(x − m_j)² / Σ_j (n_j − 1)) (pooled within-juror SD; 0 when undefined).
 */
export function calibrationReference(stats: readonly JurorStatistics[]): CalibrationReference {
  let sum = 0;
  let count = 0;
  let squares = 0;
  let dof = 0;
  for (const j of stats) {
    if (j.count === 0) continue;
    sum += j.sum;
    count += j.count;
    squares += j.sumOfSquares;
    dof += j.count - 1;
  }
  return { mean: count > 0 ? sum / count : NaN, sd: dof > 0 ? Math.sqrt(squares / dof) : 0 };
}

/** M + S · (x − m_j) / s_j, or M when the juror's SD is zero. */
export function calibrateValue(x: number, juror: { mean: number; sd: number }, ref: CalibrationReference): number {
  if (!(juror.sd > ZERO_SPREAD)) return ref.mean;
  return ref.mean + ref.sd * ((x - juror.mean) / juror.sd);
}

/** Raw and calibrated area scores side by side, plus each juror's statistics and the reference. */
export function calibrate(
  areaScores: readonly AreaScore[],
  options: { enabled: boolean; minNominations: number },
): CalibrationResult {
  const stats = jurorStatistics(areaScores);
  const reference = calibrationReference(stats);
  const jurors: JurorCalibration[] = stats.map((j) => {
    const calibrated = options.enabled && j.nominations >= options.minNominations;
    return { ...j, calibrated, zeroSpread: calibrated && !(j.sd > ZERO_SPREAD) };
  });
  const byId = new Map(jurors.map((j) => [j.jurorId, j]));
  const scores: CalibratedAreaScore[] = new Array(areaScores.length);
  let juror: JurorCalibration | undefined;
  for (let i = 0; i < areaScores.length; i++) {
    const s = areaScores[i];
    // Area scores arrive grouped by juror: look the juror up only when it changes.
    if (juror?.jurorId !== s.jurorId) juror = byId.get(s.jurorId)!;
    const value = s.value === null ? null : juror.calibrated ? calibrateValue(s.value, juror, reference) : s.value;
    // An explicit literal rather than a spread: this runs once per area score (~35,000 on a large cycle).
    scores[i] = { jurorId: s.jurorId, nominationId: s.nominationId, areaKey: s.areaKey, value: s.value, assessedCriteria: s.assessedCriteria, calibrated: value };
  }
  return { scores, jurors, reference };
}
