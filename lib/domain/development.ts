/**
 * The best development municipality (the honour mention since 2025): steady
 * positive development over the last three to four years, on the screening
 * model's KPIs.
 *
 * Per KPI k and year y: the direction-aware percentile p_{k,y} among all listed
 * municipalities with a value (percentile.ts; a KPI-year where everyone has the
 * same value is left out). Per municipality:
 *   c_y  = Σ_c w_c·I_{c,y} / Σ_c w_c over the components present in year y,
 *          I_{c,y} = mean of its KPI percentiles in year y (as the screening);
 *   T    = Theil–Sen slope of c_y over the years (percentile points per year);
 *   s_k  = Theil–Sen slope of p_{k,y} for every KPI with ≥ minYears values;
 *   u    = share of year-on-year steps of c_y that go up;
 *   a    = share of the KPI slopes s_k that are positive (agreement in sign);
 *   D    = MAD of the s_k = median |s_k − median(s_k)| (spread across KPIs);
 *   score S = T · u · a / (1 + D / SPREAD_SCALE), only when T > 0.
 * A municipality is a candidate when c_y exists in ≥ minYears years and the
 * KPIs with a slope are ≥ minCoverage of the model's KPIs; the others get
 * score null. Ranked by S (higher first), then T, then kommunkod.
 * Mann–Kendall on c_y is reported as a note (few years give little power).
 */
import { groupValues, type KpiValue } from './finance-index';
import { allEqual, percentileRanks } from './percentile';
import type { Municipality, ScreeningModel } from './screening';
import { median } from './stats';
import { mannKendall, theilSen } from './trend';

export const DEFAULT_DEVELOPMENT_YEARS = 4;
export const DEFAULT_MIN_YEARS = 3;
export const SPREAD_SCALE = 10;

export type DevelopmentOptions = { years?: number; minYears?: number; minCoverage?: number };

export type DevelopmentRow = {
  kommunkod: string;
  namn: string;
  /** c_y per window year (null where missing). */
  composite: (number | null)[];
  slope: number | null;
  upSteps: number;
  steps: number;
  positiveShare: number | null;
  spread: number | null;
  kpisWithTrend: number;
  componentSlopes: Record<string, number | null>;
  mannKendallP: number | null;
  score: number | null;
  rank: number | null;
};

export type DevelopmentResult = { years: number[]; rows: DevelopmentRow[] };

const slopeOf = (xs: number[], ys: number[]) => (xs.length >= 2 ? theilSen(xs, ys).slope : NaN);

export function rankDevelopment(
  values: readonly KpiValue[],
  model: ScreeningModel,
  municipalities: readonly Municipality[],
  options: DevelopmentOptions = {},
): DevelopmentResult {
  const windowSize = options.years ?? DEFAULT_DEVELOPMENT_YEARS;
  const minYears = options.minYears ?? DEFAULT_MIN_YEARS;
  const minCoverage = options.minCoverage ?? model.minCoverage;
  const list = [...municipalities].sort((a, b) => (a.kommunkod < b.kommunkod ? -1 : 1));
  const position = new Map(list.map((m, i) => [m.kommunkod, i]));
  const kpis = model.components.flatMap((c, ci) => c.kpis.map((k) => ({ ...k, component: ci })));
  const ids = new Set(kpis.map((k) => k.id));
  const grouped = groupValues(values.filter((v) => position.has(v.kommunkod)), (kpi) => ids.has(kpi));
  const allYears = new Set<number>();
  for (const byYear of grouped.values()) for (const y of byYear.keys()) allYears.add(y);
  const years = [...allYears].sort((a, b) => a - b).slice(-windowSize);
  const n = list.length;

  // pct[k][y][i]: percentile of municipality i on KPI k in window year y (NaN = missing or left out)
  const pct = kpis.map((k) =>
    years.map((year) => {
      const out = new Float64Array(n).fill(NaN);
      const cell = grouped.get(k.id)?.get(year);
      if (!cell) return out;
      const codes = [...cell.keys()];
      const vals = codes.map((c) => cell.get(c)!);
      if (allEqual(vals)) return out;
      const ranks = percentileRanks(vals, k.direction);
      codes.forEach((c, j) => (out[position.get(c)!] = ranks[j]!));
      return out;
    }),
  );

  const rows = list.map((m, i): DevelopmentRow => {
    const componentSeries = model.components.map((_, c) =>
      years.map((_, y) => {
        const ps = kpis.flatMap((k, ki) => (k.component === c && !Number.isNaN(pct[ki][y][i]) ? [pct[ki][y][i]] : []));
        return ps.length ? ps.reduce((s, v) => s + v, 0) / ps.length : null;
      }),
    );
    const composite = years.map((_, y) => {
      let acc = 0;
      let ws = 0;
      model.components.forEach((comp, c) => {
        const v = componentSeries[c][y];
        if (v !== null) {
          acc += comp.weight * v;
          ws += comp.weight;
        }
      });
      return ws > 0 ? acc / ws : null;
    });
    const present = years.flatMap((yr, y) => (composite[y] !== null ? [{ x: yr, v: composite[y]! }] : []));
    const kpiSlopes = kpis.flatMap((_, ki) => {
      const pts = years.flatMap((yr, y) => (Number.isNaN(pct[ki][y][i]) ? [] : [{ x: yr, v: pct[ki][y][i] }]));
      return pts.length >= minYears ? [slopeOf(pts.map((p) => p.x), pts.map((p) => p.v))] : [];
    });
    let upSteps = 0;
    for (let j = 1; j < present.length; j++) if (present[j].v > present[j - 1].v) upSteps++;
    const steps = Math.max(0, present.length - 1);
    const slope = present.length >= 2 ? slopeOf(present.map((p) => p.x), present.map((p) => p.v)) : NaN;
    const positiveShare = kpiSlopes.length ? kpiSlopes.filter((s) => s > 0).length / kpiSlopes.length : null;
    const mid = kpiSlopes.length ? median(kpiSlopes) : NaN;
    const spread = kpiSlopes.length ? median(kpiSlopes.map((s) => Math.abs(s - mid))) : null;
    const eligible = present.length >= minYears && kpis.length > 0 && kpiSlopes.length / kpis.length >= minCoverage - 1e-12;
    // S = T · u · a / (1 + D / SPREAD_SCALE), only for T > 0
    const score =
      eligible && slope > 0 && positiveShare !== null && spread !== null ? (slope * (upSteps / steps) * positiveShare) / (1 + spread / SPREAD_SCALE) : null;
    const componentSlopes: Record<string, number | null> = {};
    model.components.forEach((comp, c) => {
      const pts = years.flatMap((yr, y) => (componentSeries[c][y] !== null ? [{ x: yr, v: componentSeries[c][y]! }] : []));
      const s = pts.length >= 2 ? slopeOf(pts.map((p) => p.x), pts.map((p) => p.v)) : NaN;
      componentSlopes[comp.name] = Number.isNaN(s) ? null : s;
    });
    return {
      kommunkod: m.kommunkod,
      namn: m.namn,
      composite,
      slope: Number.isNaN(slope) ? null : slope,
      upSteps,
      steps,
      positiveShare,
      spread,
      kpisWithTrend: kpiSlopes.length,
      componentSlopes,
      mannKendallP: present.length >= 2 ? mannKendall(present.map((p) => p.v)).p : null,
      score,
      rank: null,
    };
  });

  const ranked = rows
    .filter((r) => r.score !== null)
    .sort((a, b) => b.score! - a.score! || b.slope! - a.slope! || (a.kommunkod < b.kommunkod ? -1 : 1));
  ranked.forEach((r, j) => (r.rank = j + 1));
  const rest = rows.filter((r) => r.score === null);
  return { years, rows: [...ranked, ...rest] };
}
