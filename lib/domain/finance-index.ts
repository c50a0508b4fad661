/**
 * The financial-strength and service-quality indices: per municipality and
 * component, the mean of its KPI percentile ranks (see percentile.ts), first
 * within each year, then over the last years available, with a Theil–Sen trend.
 *
 * Rules:
 * - Neutral KPIs and catalogue entries of other components ('screening') are ignored;
 *   so are values of KPIs not in the catalogue and non-finite values.
 * - A missing value is left out of every mean, never counted as zero.
 * - A KPI on which every reporting municipality has the same value in a year
 *   (also: only one municipality reports) carries no information: it is left out
 *   of that year and listed in `excluded` so the page can say so.
 * - Window: the last `years` (default 3) calendar years in which any of the
 *   component's KPIs has a value, the same window for every municipality.
 * - "otillräckliga data" when a municipality has fewer than `minCells` usable
 *   KPI × year cells in the window (default 6, i.e. on average two KPIs a year
 *   over three years, so that no index rests on one or two figures); then
 *   index and trend are null.
 */
import { theilSen } from './trend';
import { allEqual, percentileRanks, type ConstantKpiYear } from './percentile';

export type KpiDirection = 'higher' | 'lower' | 'neutral';
export type FinanceComponent = 'financial_strength' | 'service_quality';
export const FINANCE_COMPONENTS: readonly FinanceComponent[] = ['financial_strength', 'service_quality'];

export type KpiValue = { kommunkod: string; kpi: string; year: number; value: number };
export type CatalogueEntry = { id: string; direction: KpiDirection; component: FinanceComponent | 'screening' };

export const DEFAULT_MIN_CELLS = 6;
export const DEFAULT_INDEX_YEARS = 3;
export const INSUFFICIENT_DATA = 'otillräckliga data';

export type FinanceIndexOptions = {
  /** Minimum number of usable KPI × year cells in the window (default 6). */
  minCells?: number;
  /** Number of most recent years in the window (default 3). */
  years?: number;
  /** All municipalities to report on; default: every kommunkod in the values. */
  kommunkoder?: readonly string[];
};

export type YearlyIndex = { year: number; index: number | null; kpis: number };

export type FinanceIndexRow = {
  kommunkod: string;
  component: FinanceComponent;
  /** Mean of the yearly indices in the window (0–100), null when insufficient. */
  index: number | null;
  /** Theil–Sen slope of the yearly indices, percentile points per year; null with < 2 years or insufficient. */
  trend: number | null;
  yearly: YearlyIndex[];
  cells: number;
  insufficient: boolean;
  status: 'ok' | typeof INSUFFICIENT_DATA;
};

export type ExcludedKpiYear = ConstantKpiYear & { component: FinanceComponent };

export type FinanceIndexResult = {
  windows: Record<FinanceComponent, number[]>;
  rows: FinanceIndexRow[];
  excluded: ExcludedKpiYear[];
};

/** kpi → year → kommunkod → value; conflicting duplicates are an error. */
export function groupValues(values: readonly KpiValue[], keep: (kpi: string) => boolean): Map<string, Map<number, Map<string, number>>> {
  const byKpi = new Map<string, Map<number, Map<string, number>>>();
  for (const v of values) {
    if (!keep(v.kpi) || !Number.isFinite(v.value)) continue;
    let byYear = byKpi.get(v.kpi);
    if (!byYear) byKpi.set(v.kpi, (byYear = new Map()));
    let byKommun = byYear.get(v.year);
    if (!byKommun) byYear.set(v.year, (byKommun = new Map()));
    const prev = byKommun.get(v.kommunkod);
    if (prev !== undefined && prev !== v.value) {
      throw new Error(`Två olika värden för ${v.kpi} år ${v.year} i kommun ${v.kommunkod} (${prev} och ${v.value}).`);
    }
    byKommun.set(v.kommunkod, v.value);
  }
  return byKpi;
}

export function computeFinanceIndex(
  values: readonly KpiValue[],
  catalogue: readonly CatalogueEntry[],
  options: FinanceIndexOptions = {},
): FinanceIndexResult {
  const minCells = options.minCells ?? DEFAULT_MIN_CELLS;
  const windowSize = options.years ?? DEFAULT_INDEX_YEARS;
  const used = new Map<string, CatalogueEntry>();
  for (const c of catalogue) {
    if (c.direction !== 'neutral' && c.component !== 'screening') used.set(c.id, c);
  }
  const grouped = groupValues(values, (kpi) => used.has(kpi));
  const kommunkoder = options.kommunkoder
    ? [...options.kommunkoder]
    : [...new Set(values.map((v) => v.kommunkod))].sort();
  const position = new Map(kommunkoder.map((k, i) => [k, i]));

  const windows = { financial_strength: [], service_quality: [] } as Record<FinanceComponent, number[]>;
  const rows: FinanceIndexRow[] = [];
  const excluded: ExcludedKpiYear[] = [];

  for (const component of FINANCE_COMPONENTS) {
    const kpis = [...used.values()].filter((c) => c.component === component).map((c) => c.id).sort();
    const years = new Set<number>();
    for (const kpi of kpis) for (const y of grouped.get(kpi)?.keys() ?? []) years.add(y);
    const window = [...years].sort((a, b) => a - b).slice(-windowSize);
    windows[component] = window;

    // sums[y][i], counts[y][i]: percentile sum and KPI count per window year and municipality
    const sums = window.map(() => new Float64Array(kommunkoder.length));
    const counts = window.map(() => new Int32Array(kommunkoder.length));
    for (const kpi of kpis) {
      const direction = used.get(kpi)!.direction as 'higher' | 'lower';
      window.forEach((year, yi) => {
        const cell = grouped.get(kpi)?.get(year);
        if (!cell) return;
        const codes = [...cell.keys()].filter((k) => position.has(k));
        const vals = codes.map((k) => cell.get(k)!);
        if (vals.length === 0) return;
        if (allEqual(vals)) {
          excluded.push({ kpi, year, value: vals[0], reporting: vals.length, component });
          return;
        }
        const pct = percentileRanks(vals, direction);
        codes.forEach((k, j) => {
          const i = position.get(k)!;
          sums[yi][i] += pct[j]!;
          counts[yi][i] += 1;
        });
      });
    }

    kommunkoder.forEach((kommunkod, i) => {
      // yearly index = mean of the KPI percentiles present that year
      const yearly: YearlyIndex[] = window.map((year, yi) => ({
        year,
        index: counts[yi][i] > 0 ? sums[yi][i] / counts[yi][i] : null,
        kpis: counts[yi][i],
      }));
      const cells = yearly.reduce((s, y) => s + y.kpis, 0);
      const present = yearly.filter((y) => y.index !== null);
      const insufficient = cells < minCells || present.length === 0;
      let index: number | null = null;
      let trend: number | null = null;
      if (!insufficient) {
        // component index = mean of the yearly indices present in the window
        index = present.reduce((s, y) => s + y.index!, 0) / present.length;
        if (present.length >= 2) {
          trend = theilSen(present.map((y) => y.year), present.map((y) => y.index!)).slope;
        }
      }
      rows.push({ kommunkod, component, index, trend, yearly, cells, insufficient, status: insufficient ? INSUFFICIENT_DATA : 'ok' });
    });
  }
  return { windows, rows, excluded };
}
