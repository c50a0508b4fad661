/**
 * A compact, precomputed form of the method for running it thousands of times with
 * jurors reweighted (bootstrap: weight = how often a juror was drawn; leave-one-out:
 * weight 0). Built once from the input with the same steps as pipeline.ts; evaluated
 * by bootstrap-kernel.ts. A juror with weight w counts as w identical jurors.
 */
import { areaScoresOf } from './area-scores';
import { AGG_AUTO, AGG_MEAN, AGG_MEDIAN, AGG_TRIMMED, CELL_CALIBRATED, CELL_MIXED, CELL_RAW } from './bootstrap-kernel';
import { calibrate, ZERO_SPREAD } from './calibration';
import { compareIds } from './ids';
import { componentsByNomination, nominationUniverse } from './pipeline';
import { resolveSettings } from './settings';
import type { EngineInput, EngineSettings, EngineSettingsInput } from './types';

export type EngineModel = {
  nominationIds: string[];
  jurorIds: string[];
  areaKeys: string[];
  settings: EngineSettings;
  /** Cell = nomination × area (index n·A + a); its entries are [cellStart[c], cellStart[c+1]). */
  cellStart: Int32Array;
  cellKind: Uint8Array;
  /** 1 when every juror assessed the cell, so its total weight is the panel's total weight. */
  cellComplete: Uint8Array;
  maxCellSize: number;
  /** Per entry (one juror's area score): juror index; sorted within the cell by full-sample value. */
  entryJuror: Int32Array;
  /** z = (x − m_j)/s_j for a calibrated juror (0 when s_j is zero), else the raw area score x. */
  entryKey: Float64Array;
  entryCalibrated: Uint8Array;
  /** Juror-major copies for fast sums: jurorKeys[j·C + c] = key of juror j in cell c (0 if absent), jurorPresent = 1/0. */
  jurorKeys: Float64Array;
  jurorPresent: Float64Array;
  /** Every cell assessed by every juror (then no per-cell weight sums are needed). */
  allComplete: boolean;
  /** Per juror: Σx, n and Σ(x − m_j)², to recompute the calibration reference of a panel. */
  jurorSum: Float64Array;
  jurorCount: Float64Array;
  jurorSquares: Float64Array;
  anyCalibrated: boolean;
  areaWeights: Float64Array;
  /** documentReview, interview, serviceQuality, financialStrength. */
  componentWeights: Float64Array;
  /** Per nomination: interview, serviceQuality, financialStrength (NaN = missing). */
  componentValues: Float64Array;
  aggregation: number;
};

export function buildEngineModel(input: EngineInput, settingsInput: EngineSettingsInput = {}): EngineModel {
  const settings = resolveSettings(input.rubric, settingsInput);
  const areaScores = areaScoresOf(input);
  const cal = calibrate(areaScores, { enabled: settings.calibration, minNominations: settings.minNominationsForCalibration });
  const nominationIds = [...new Set([...nominationUniverse(input), ...areaScores.map((s) => s.nominationId)])].sort(compareIds);
  const areaKeys = input.rubric.areas.map((a) => a.key);
  const jurorIds = cal.jurors.map((j) => j.jurorId);
  const N = nominationIds.length;
  const A = areaKeys.length;
  const nIndex = new Map(nominationIds.map((id, i) => [id, i]));
  const jIndex = new Map(jurorIds.map((id, i) => [id, i]));
  const aIndex = new Map(areaKeys.map((k, i) => [k, i]));

  type Entry = { juror: number; key: number; calibrated: boolean; full: number };
  const cells: Entry[][] = Array.from({ length: N * A }, () => []);
  for (const s of cal.scores) {
    if (s.value === null || s.calibrated === null) continue;
    const j = jIndex.get(s.jurorId)!;
    const juror = cal.jurors[j];
    const key = !juror.calibrated ? s.value : juror.sd > ZERO_SPREAD ? (s.value - juror.mean) / juror.sd : 0;
    const cell = nIndex.get(s.nominationId)! * A + aIndex.get(s.areaKey)!;
    cells[cell].push({ juror: j, key, calibrated: juror.calibrated, full: s.calibrated });
  }

  const total = cells.reduce((t, c) => t + c.length, 0);
  const cellStart = new Int32Array(N * A + 1);
  const cellKind = new Uint8Array(N * A);
  const cellComplete = new Uint8Array(N * A);
  const entryJuror = new Int32Array(total);
  const entryKey = new Float64Array(total);
  const entryCalibrated = new Uint8Array(total);
  const jurorKeys = new Float64Array(jurorIds.length * N * A);
  const jurorPresent = new Float64Array(jurorIds.length * N * A);
  let e = 0;
  let maxCellSize = 0;
  cells.forEach((entries, c) => {
    const calibrated = entries.filter((x) => x.calibrated).length;
    const kind = calibrated === 0 ? CELL_RAW : calibrated === entries.length ? CELL_CALIBRATED : CELL_MIXED;
    cellKind[c] = kind;
    cellComplete[c] = entries.length === jurorIds.length ? 1 : 0;
    // Fixed cells by key (their order never changes); mixed cells by full-sample value (nearly sorted later).
    entries.sort((x, y) => (kind === CELL_MIXED ? x.full - y.full : x.key - y.key) || x.juror - y.juror);
    cellStart[c] = e;
    for (const x of entries) {
      entryJuror[e] = x.juror;
      entryKey[e] = x.key;
      entryCalibrated[e] = x.calibrated ? 1 : 0;
      jurorKeys[x.juror * N * A + c] = x.key;
      jurorPresent[x.juror * N * A + c] = 1;
      e++;
    }
    maxCellSize = Math.max(maxCellSize, entries.length);
  });
  cellStart[N * A] = e;

  const components = componentsByNomination(input.components);
  const componentValues = new Float64Array(N * 3);
  nominationIds.forEach((id, n) => {
    const c = components.get(id);
    componentValues[n * 3] = c?.interview ?? NaN;
    componentValues[n * 3 + 1] = c?.serviceQuality ?? NaN;
    componentValues[n * 3 + 2] = c?.financialStrength ?? NaN;
  });
  const w = settings.componentWeights;
  return {
    nominationIds,
    jurorIds,
    areaKeys,
    settings,
    cellStart,
    cellKind,
    cellComplete,
    maxCellSize,
    entryJuror,
    entryKey,
    entryCalibrated,
    jurorKeys,
    jurorPresent,
    allComplete: cellComplete.every((x) => x === 1),
    jurorSum: Float64Array.from(cal.jurors, (j) => j.sum),
    jurorCount: Float64Array.from(cal.jurors, (j) => j.count),
    jurorSquares: Float64Array.from(cal.jurors, (j) => j.sumOfSquares),
    anyCalibrated: cal.jurors.some((j) => j.calibrated),
    areaWeights: Float64Array.from(areaKeys, (k) => settings.areaWeights[k]),
    componentWeights: Float64Array.of(w.documentReview, w.interview, w.serviceQuality, w.financialStrength),
    componentValues,
    aggregation: { mean: AGG_MEAN, median: AGG_MEDIAN, trimmed: AGG_TRIMMED, auto: AGG_AUTO }[settings.aggregation],
  };
}
