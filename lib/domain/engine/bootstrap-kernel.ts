/**
 * Evaluating an EngineModel for one juror weighting: the hot loop of the bootstrap.
 * Same formulas as pipeline.ts, on typed arrays, without allocation per call.
 */
import type { EngineModel } from './bootstrap-model';
import { TIE_TOLERANCE } from './rank';

// Codes shared with bootstrap-model.ts; defined here, as plain locals, because this is the hot path.
export const AGG_MEAN = 0;
export const AGG_MEDIAN = 1;
export const AGG_TRIMMED = 2;
export const AGG_AUTO = 3;

/** All jurors in the cell raw: value = key. */
export const CELL_RAW = 0;
/** All jurors in the cell calibrated: value = M + S·key, so the order of keys never changes. */
export const CELL_CALIBRATED = 1;
/** Both kinds: values depend on M and S, the cell is re-sorted per evaluation. */
export const CELL_MIXED = 2;

const TOLERANCE = TIE_TOLERANCE;

export type ModelWorkspace = {
  scratchKey: Float64Array;
  scratchJuror: Int32Array;
  /** Per cell: Σ w·key and Σ w over the drawn jurors. */
  cellSum: Float64Array;
  cellWeight: Float64Array;
  /** Indices of the jurors with weight > 0. */
  drawn: Int32Array;
  /** Composite per nomination after evaluateComposites (NaN = none). */
  composites: Float64Array;
  sortKey: Float64Array;
  /** Nominations from highest to lowest composite; kept between calls (next sort is nearly done). */
  order: Int32Array;
  /** Rank per nomination after rankComposites; no composite → shared rank after all others. */
  ranks: Int32Array;
};

export function createWorkspace(model: EngineModel): ModelWorkspace {
  const N = model.nominationIds.length;
  const size = Math.max(1, model.maxCellSize);
  return {
    scratchKey: new Float64Array(size),
    scratchJuror: new Int32Array(size),
    cellSum: new Float64Array(N * model.areaKeys.length),
    cellWeight: new Float64Array(N * model.areaKeys.length),
    drawn: new Int32Array(model.jurorIds.length),
    composites: new Float64Array(N),
    sortKey: new Float64Array(N),
    order: Int32Array.from({ length: N }, (_, i) => i),
    ranks: new Int32Array(N),
  };
}

/** Sum of the `units` lowest positions of the multiset with sorted keys [start, …), juror j counted jw[j] times. */
function lowTail(keys: Float64Array, jurors: Int32Array, start: number, jw: Int32Array, units: number): number {
  let s = 0;
  let need = units;
  // Branch-free body (take = 0 for undrawn jurors); ends within the run because units < W.
  for (let e = start; need > 0; e++) {
    const take = Math.min(jw[jurors[e]], need);
    s += take * keys[e];
    need -= take;
  }
  return s;
}

/** Sum of the `units` highest positions of the multiset with sorted keys (…, end). */
function highTail(keys: Float64Array, jurors: Int32Array, end: number, jw: Int32Array, units: number): number {
  let s = 0;
  let need = units;
  for (let e = end - 1; need > 0; e--) {
    const take = Math.min(jw[jurors[e]], need);
    s += take * keys[e];
    need -= take;
  }
  return s;
}

/** Type 7 median of the same multiset: positions ⌊h⌋ and ⌈h⌉, h = (W − 1)/2, interpolated. */
function weightedMedian(keys: Float64Array, jurors: Int32Array, start: number, end: number, jw: Int32Array, W: number): number {
  const h = (W - 1) * 0.5;
  const iLo = Math.floor(h);
  const iHi = Math.ceil(h);
  let lo = NaN;
  let pos = 0;
  for (let e = start; e < end; e++) {
    pos += jw[jurors[e]];
    if (lo !== lo && iLo < pos) lo = keys[e];
    if (iHi < pos) return lo + (h - iLo) * (keys[e] - lo);
  }
  return NaN;
}

/**
 * mean = total / W; trimmed = (total − lowest k − highest k) / (W − 2k), k = ⌊W·p⌋;
 * median = type 7. `total` = Σ w·x over the run.
 */
function aggregateRun(
  keys: Float64Array,
  jurors: Int32Array,
  start: number,
  end: number,
  jw: Int32Array,
  total: number,
  W: number,
  method: number,
  p: number,
): number {
  if (method === AGG_MEDIAN) return weightedMedian(keys, jurors, start, end, jw, W);
  const k = method === AGG_TRIMMED ? Math.floor(W * p) : 0;
  if (k === 0) return total / W;
  const low = lowTail(keys, jurors, start, jw, k);
  const high = highTail(keys, jurors, end, jw, k);
  return (total - low - high) / (W - 2 * k);
}

/** out[c] = Σ over drawn jurors of w_j · matrix[j·C + c], four jurors per pass to spare loads and stores of out. */
function accumulate(matrix: Float64Array, drawn: Int32Array, d: number, jw: Int32Array, C: number, out: Float64Array): void {
  out.fill(0);
  let i = 0;
  for (; i + 4 <= d; i += 4) {
    const o0 = drawn[i] * C, o1 = drawn[i + 1] * C, o2 = drawn[i + 2] * C, o3 = drawn[i + 3] * C;
    const w0 = jw[drawn[i]], w1 = jw[drawn[i + 1]], w2 = jw[drawn[i + 2]], w3 = jw[drawn[i + 3]];
    for (let c = 0; c < C; c++) {
      out[c] += w0 * matrix[o0 + c] + w1 * matrix[o1 + c] + w2 * matrix[o2 + c] + w3 * matrix[o3 + c];
    }
  }
  for (; i < d; i++) {
    const o = drawn[i] * C;
    const w = jw[drawn[i]];
    for (let c = 0; c < C; c++) out[c] += w * matrix[o + c];
  }
}

/** Fills ws.composites (NaN = no composite) for juror weights jw (one per model juror). */
export function evaluateComposites(model: EngineModel, jw: Int32Array, ws: ModelWorkspace): void {
  const { cellStart, cellKind, cellComplete, entryJuror, entryKey, entryCalibrated, jurorKeys, jurorPresent } = model;
  const { areaWeights, componentWeights, componentValues } = model;
  const { scratchKey, scratchJuror, composites, cellSum, cellWeight, drawn } = ws;
  const N = model.nominationIds.length;
  const A = model.areaKeys.length;
  const C = N * A;
  const p = model.settings.trimProportion;
  const minTrim = model.settings.minJurorsForTrim;
  const aggregation = model.aggregation;

  // Juror-major pass over the drawn jurors only: cellSum[c] = Σ_j w_j·key_jc, cellWeight[c] = Σ_j w_j·present_jc.
  let totalWeight = 0;
  let d = 0;
  for (let j = 0; j < jw.length; j++) {
    if (jw[j] === 0) continue;
    drawn[d++] = j;
    totalWeight += jw[j];
  }
  accumulate(jurorKeys, drawn, d, jw, C, cellSum);
  if (!model.allComplete) accumulate(jurorPresent, drawn, d, jw, C, cellWeight);

  // Calibration reference of this panel: M = Σ w·sum / Σ w·n, S = √(Σ w·SS / Σ w·(n − 1)).
  let M = NaN;
  let S = 0;
  if (model.anyCalibrated) {
    let sum = 0, count = 0, squares = 0, dof = 0;
    for (let j = 0; j < jw.length; j++) {
      if (jw[j] === 0 || model.jurorCount[j] === 0) continue;
      sum += jw[j] * model.jurorSum[j];
      count += jw[j] * model.jurorCount[j];
      squares += jw[j] * model.jurorSquares[j];
      dof += jw[j] * (model.jurorCount[j] - 1);
    }
    M = count > 0 ? sum / count : NaN;
    S = dof > 0 ? Math.sqrt(squares / dof) : 0;
  }

  for (let n = 0; n < N; n++) {
    let docSum = 0;
    let docWeight = 0;
    for (let a = 0; a < A; a++) {
      const cell = n * A + a;
      const start = cellStart[cell];
      const end = cellStart[cell + 1];
      if (start === end) continue;
      const kind = cellKind[cell];
      let value: number;
      if (kind === CELL_MIXED) {
        // Values depend on M and S: build the sorted run in the scratch (nearly sorted already).
        let len = 0;
        let W = 0;
        let total = 0;
        for (let e = start; e < end; e++) {
          const j = entryJuror[e];
          if (jw[j] === 0) continue;
          const v = entryCalibrated[e] === 1 ? M + S * entryKey[e] : entryKey[e];
          let k = len - 1;
          while (k >= 0 && scratchKey[k] > v) {
            scratchKey[k + 1] = scratchKey[k];
            scratchJuror[k + 1] = scratchJuror[k];
            k--;
          }
          scratchKey[k + 1] = v;
          scratchJuror[k + 1] = j;
          len++;
          W += jw[j];
          total += jw[j] * v;
        }
        if (W === 0) continue;
        const method = aggregation === AGG_AUTO ? (W >= minTrim ? AGG_TRIMMED : AGG_MEAN) : aggregation;
        value = aggregateRun(scratchKey, scratchJuror, 0, len, jw, total, W, method, p);
      } else {
        const W = cellComplete[cell] === 1 ? totalWeight : cellWeight[cell];
        if (W === 0) continue;
        const method = aggregation === AGG_AUTO ? (W >= minTrim ? AGG_TRIMMED : AGG_MEAN) : aggregation;
        const k = method === AGG_TRIMMED ? Math.floor(W * p) : 0;
        let t: number;
        if (k > 0) {
          // The trimmed mean of aggregateRun, inlined (the hottest loop of the bootstrap):
          // the same sums in the same order as lowTail/highTail, so the same bits.
          let low = 0;
          let need = k;
          for (let e = start; need > 0; e++) {
            const w = jw[entryJuror[e]];
            const take = w < need ? w : need;
            low += take * entryKey[e];
            need -= take;
          }
          let high = 0;
          need = k;
          for (let e = end - 1; need > 0; e--) {
            const w = jw[entryJuror[e]];
            const take = w < need ? w : need;
            high += take * entryKey[e];
            need -= take;
          }
          t = (cellSum[cell] - low - high) / (W - 2 * k);
        } else {
          t = aggregateRun(entryKey, entryJuror, start, end, jw, cellSum[cell], W, method, p);
        }
        // The aggregates are affine-equivariant: agg(M + S·z) = M + S·agg(z) for S ≥ 0.
        value = kind === CELL_CALIBRATED ? M + S * t : t;
      }
      docSum += areaWeights[a] * value;
      docWeight += areaWeights[a];
    }
    // Composite = Σ W_c x_c / Σ_{present} W_c, with document review = Σ w_a s_a / Σ_{present} w_a.
    let num = 0;
    let den = 0;
    if (docWeight > 0) {
      num += componentWeights[0] * (docSum / docWeight);
      den += componentWeights[0];
    }
    for (let c = 0; c < 3; c++) {
      const x = componentValues[n * 3 + c];
      if (x === x) {
        num += componentWeights[c + 1] * x;
        den += componentWeights[c + 1];
      }
    }
    composites[n] = den > 0 ? num / den : NaN;
  }
}

/**
 * Fills ws.ranks from ws.composites with the tie rule of rank.ts: from the top, a new
 * group starts when the one above is more than 1e-9 higher; a group shares the position
 * of its first member ("1224"). No composite counts as −∞ (ranked after all others).
 */
export function rankComposites(ws: ModelWorkspace): void {
  const { composites, sortKey, order, ranks } = ws;
  const N = composites.length;
  for (let i = 0; i < N; i++) sortKey[i] = composites[i] === composites[i] ? composites[i] : -Infinity;
  // Insertion sort (descending) starting from the previous call's order.
  for (let i = 1; i < N; i++) {
    const x = order[i];
    const v = sortKey[x];
    let k = i - 1;
    while (k >= 0 && sortKey[order[k]] < v) {
      order[k + 1] = order[k];
      k--;
    }
    order[k + 1] = x;
  }
  for (let i = 0; i < N; i++) {
    const x = order[i];
    ranks[x] = i === 0 || sortKey[order[i - 1]] - sortKey[x] > TOLERANCE ? i + 1 : ranks[order[i - 1]];
  }
}
