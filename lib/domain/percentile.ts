/**
 * Direction-aware percentile ranks of municipalities within one KPI and year.
 *
 * Definition (mid-rank, ties share the average position):
 *   percentile = (count below + 0.5 · count equal) / n · 100
 * where n is the size of the reference set: every municipality with a value
 * for that KPI and year. The municipality itself counts among the "equal", so
 * the scale runs from 50/n (alone at the bottom) to 100 − 50/n (alone at the
 * top), and a municipality alone in its reference set gets (0 + 0.5)/1 · 100 = 50.
 * For direction 'lower' (less is better) the roles of below and above swap:
 *   percentile = (count above + 0.5 · count equal) / n · 100.
 * Missing values (null, NaN, ±Infinity) are not part of the reference set and
 * get null.
 */
export type RankDirection = 'higher' | 'lower';

/** Percentile ranks (0–100, higher is better) in input order; null where the value is missing. */
export function percentileRanks(values: readonly (number | null)[], direction: RankDirection): (number | null)[] {
  const out: (number | null)[] = new Array(values.length).fill(null);
  const present: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== null && Number.isFinite(v)) present.push(i);
  }
  const n = present.length;
  if (n === 0) return out;
  present.sort((a, b) => (values[a] as number) - (values[b] as number));
  let start = 0;
  while (start < n) {
    const v = values[present[start]] as number;
    let end = start + 1;
    while (end < n && values[present[end]] === v) end++;
    const equal = end - start;
    const below = start;
    const above = n - end;
    // mid-rank percentile: (below + 0.5·equal)/n·100, or (above + 0.5·equal)/n·100 for 'lower'
    const pct = (((direction === 'higher' ? below : above) + 0.5 * equal) / n) * 100;
    for (let k = start; k < end; k++) out[present[k]] = pct;
    start = end;
  }
  return out;
}

/**
 * True when every present value is the same (including when only one value is
 * present). Such a KPI-year carries no information for comparing municipalities:
 * the index and screening leave it out and report it.
 */
export function allEqual(values: readonly (number | null)[]): boolean {
  let first: number | null = null;
  for (const v of values) {
    if (v === null || !Number.isFinite(v)) continue;
    if (first === null) first = v;
    else if (v !== first) return false;
  }
  return first !== null;
}

/** A KPI-year left out because all reporting municipalities have the same value. */
export type ConstantKpiYear = { kpi: string; year: number; value: number; reporting: number };
