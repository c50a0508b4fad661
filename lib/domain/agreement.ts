/**
 * Inter-rater reliability: intraclass correlation (Shrout & Fleiss 1979) and
 * Krippendorff's alpha (Krippendorff 2011). Both take the same matrix layout:
 * `ratings[unit][rater]` — rows are the rated units (nominations), columns are
 * the raters (jurors), `null` is a missing rating.
 */

export type IccModel = 'one-way' | 'two-way-random' | 'two-way-mixed';
export type IccUnit = 'single' | 'average';

export type IccOptions = { model: IccModel; unit: IccUnit };

/** Why an ICC could not be computed. */
export type IccNullReason =
  /** Fewer than 2 raters (columns). */
  | 'too-few-raters'
  /** Fewer than 2 rows without a missing rating. */
  | 'too-few-complete-rows'
  /** The formula's denominator is 0, e.g. every rating identical. */
  | 'no-variance';

export type IccResult = {
  /** Shrout & Fleiss name of the form, e.g. "ICC(2,1)" or "ICC(3,k)". */
  form: string;
  /** The coefficient, or null when it cannot be computed (see `reason`). May be negative. */
  value: number | null;
  reason: IccNullReason | null;
  /** Number of complete rows (targets) used. */
  n: number;
  /** Number of raters (columns). */
  k: number;
  /** Rows dropped because they had at least one missing rating. */
  rowsDropped: number;
  /** Between-targets mean square. */
  bms: number;
  /** Within-target mean square (one-way ANOVA). */
  wms: number;
  /** Between-judges (raters) mean square. */
  jms: number;
  /** Residual (error) mean square of the two-way ANOVA. */
  ems: number;
};

function assertFiniteOrNull(ratings: readonly (readonly (number | null)[])[]): void {
  for (const row of ratings) {
    for (const x of row) {
      if (x !== null && !Number.isFinite(x)) throw new RangeError(`rating is not a finite number: ${x}`);
    }
  }
}

function iccForm(model: IccModel, unit: IccUnit): string {
  const m = model === 'one-way' ? 1 : model === 'two-way-random' ? 2 : 3;
  return `ICC(${m},${unit === 'single' ? '1' : 'k'})`;
}

/**
 * Intraclass correlation, the six forms of Shrout & Fleiss (1979):
 * one-way → ICC(1,·), two-way-random (absolute agreement) → ICC(2,·),
 * two-way-mixed (consistency) → ICC(3,·); unit 'single' → ICC(·,1), 'average' → ICC(·,k).
 *
 * ICC needs a complete targets × raters matrix, so every row with a missing
 * rating (null, or shorter than the longest row) is dropped (listwise deletion);
 * `n` and `rowsDropped` report how many rows were used and dropped. The number
 * of raters k is the length of the longest row. A rater without any rating
 * therefore makes every row incomplete — drop such columns before calling.
 * Value is null with a reason when k < 2, fewer than 2 complete rows remain, or
 * the denominator is 0 (no variance).
 */
export function icc(ratings: readonly (readonly (number | null)[])[], opts: IccOptions): IccResult {
  assertFiniteOrNull(ratings);
  const k = ratings.reduce((acc, row) => Math.max(acc, row.length), 0);
  const complete = ratings.filter((row) => row.length === k && row.every((x) => x !== null)) as number[][];
  const n = complete.length;
  const base = { form: iccForm(opts.model, opts.unit), n, k, rowsDropped: ratings.length - n };
  const empty = { bms: NaN, wms: NaN, jms: NaN, ems: NaN };
  if (k < 2) return { ...base, ...empty, value: null, reason: 'too-few-raters' };
  if (n < 2) return { ...base, ...empty, value: null, reason: 'too-few-complete-rows' };

  let total = 0;
  for (const row of complete) for (const x of row) total += x;
  const grand = total / (n * k);
  const rowMeans = complete.map((row) => row.reduce((s, x) => s + x, 0) / k);
  const colMeans = Array.from({ length: k }, (_, j) => complete.reduce((s, row) => s + row[j], 0) / n);

  // Sums of squares of the two-way ANOVA, each computed directly so none can go
  // negative through cancellation (one- and two-way ANOVA, Shrout & Fleiss 1979).
  let ssb = 0;
  for (const m of rowMeans) ssb += k * (m - grand) ** 2;
  let ssj = 0;
  for (const m of colMeans) ssj += n * (m - grand) ** 2;
  let ssw = 0;
  let sse = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < k; j++) {
      const x = complete[i][j];
      ssw += (x - rowMeans[i]) ** 2;
      sse += (x - rowMeans[i] - colMeans[j] + grand) ** 2;
    }
  }
  // Float rounding leaves crumbs (~1e-16 of the data's spread) where a sum of
  // squares is exactly 0 in exact arithmetic; such crumbs would turn a 0/0 into
  // an arbitrary huge ratio, so anything below the tolerance counts as 0.
  let sst = 0;
  for (const row of complete) for (const x of row) sst += (x - grand) ** 2;
  const tol = 1e-10 * (1 + sst);
  if (ssb < tol) ssb = 0;
  if (ssj < tol) ssj = 0;
  if (ssw < tol) ssw = 0;
  if (sse < tol) sse = 0;
  const bms = ssb / (n - 1);
  const wms = ssw / (n * (k - 1));
  const jms = ssj / (k - 1);
  const ems = sse / ((n - 1) * (k - 1));

  let num: number;
  let den: number;
  if (opts.model === 'one-way') {
    num = bms - wms;
    // ICC(1,1) = (BMS − WMS) / (BMS + (k−1)WMS); ICC(1,k) = (BMS − WMS) / BMS (Shrout & Fleiss 1979, Case 1)
    den = opts.unit === 'single' ? bms + (k - 1) * wms : bms;
  } else if (opts.model === 'two-way-random') {
    num = bms - ems;
    // ICC(2,1) = (BMS − EMS) / (BMS + (k−1)EMS + k(JMS − EMS)/n); ICC(2,k) = (BMS − EMS) / (BMS + (JMS − EMS)/n) (Shrout & Fleiss 1979, Case 2)
    den = opts.unit === 'single' ? bms + (k - 1) * ems + (k * (jms - ems)) / n : bms + (jms - ems) / n;
  } else {
    num = bms - ems;
    // ICC(3,1) = (BMS − EMS) / (BMS + (k−1)EMS); ICC(3,k) = (BMS − EMS) / BMS (Shrout & Fleiss 1979, Case 3)
    den = opts.unit === 'single' ? bms + (k - 1) * ems : bms;
  }
  const ms = { bms, wms, jms, ems };
  if (!(Math.abs(den) > tol)) return { ...base, ...ms, value: null, reason: 'no-variance' };
  return { ...base, ...ms, value: num / den, reason: null };
}

export type AlphaLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/**
 * Krippendorff's alpha (Krippendorff 2011, "Computing Krippendorff's
 * Alpha-Reliability"), via the coincidence matrix. Same layout as `icc`:
 * rows = units, columns = coders, null = missing. Units with fewer than 2
 * values are not pairable and are ignored, as Krippendorff defines it.
 *
 * Returns null when there are no pairable values or when all pairable values
 * are identical (expected disagreement 0, alpha undefined). The ratio metric
 * needs non-negative values.
 */
export function krippendorffAlpha(ratings: readonly (readonly (number | null)[])[], level: AlphaLevel): number | null {
  assertFiniteOrNull(ratings);
  const units = ratings
    .map((row) => row.filter((x): x is number => x !== null))
    .filter((values) => values.length >= 2);
  if (level === 'ratio' && units.some((u) => u.some((x) => x < 0))) {
    throw new RangeError('ratio alpha needs non-negative values');
  }

  const values = [...new Set(units.flat())].sort((a, b) => a - b);
  const index = new Map(values.map((v, i) => [v, i]));
  const v = values.length;
  if (v === 0) return null;

  // Coincidence matrix: o_ck = Σ_u (number of c–k pairs in unit u) / (m_u − 1) (Krippendorff 2011, coincidence matrix)
  const o: number[][] = Array.from({ length: v }, () => new Array<number>(v).fill(0));
  for (const u of units) {
    const w = 1 / (u.length - 1);
    for (let a = 0; a < u.length; a++) {
      for (let b = 0; b < u.length; b++) {
        if (a !== b) o[index.get(u[a])!][index.get(u[b])!] += w;
      }
    }
  }
  // Marginals n_c = Σ_k o_ck and n = Σ_c n_c, the number of pairable values (Krippendorff 2011, coincidence matrix)
  const nc = o.map((row) => row.reduce((s, x) => s + x, 0));
  const nTotal = nc.reduce((s, x) => s + x, 0);

  const cumulative: number[] = [];
  for (let i = 0; i < v; i++) cumulative.push((i > 0 ? cumulative[i - 1] : 0) + nc[i]);
  const delta2 = (c: number, k: number): number => {
    if (c === k) return 0;
    const vc = values[c];
    const vk = values[k];
    switch (level) {
      case 'nominal':
        // nominal δ²_ck = 0 if c = k, else 1 (Krippendorff 2011, nominal metric)
        return 1;
      case 'ordinal': {
        // ordinal δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k)/2)² over ranks c ≤ k (Krippendorff 2011, ordinal metric)
        const lo = Math.min(c, k);
        const hi = Math.max(c, k);
        const between = cumulative[hi] - (lo > 0 ? cumulative[lo - 1] : 0);
        return (between - (nc[c] + nc[k]) / 2) ** 2;
      }
      case 'interval':
        // interval δ²_ck = (c − k)² (Krippendorff 2011, interval metric)
        return (vc - vk) ** 2;
      case 'ratio':
        // ratio δ²_ck = ((c − k)/(c + k))² (Krippendorff 2011, ratio metric)
        return ((vc - vk) / (vc + vk)) ** 2;
    }
  };

  let observed = 0;
  let expected = 0;
  for (let c = 0; c < v; c++) {
    for (let k = 0; k < v; k++) {
      const d = delta2(c, k);
      observed += o[c][k] * d;
      expected += nc[c] * nc[k] * d;
    }
  }
  if (!(expected > 0)) return null;
  // α = 1 − D_o/D_e = 1 − (n − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck (Krippendorff 2011, general form)
  return 1 - ((nTotal - 1) * observed) / expected;
}
