/**
 * Key-figure screening of all municipalities against a model of weighted
 * components of KPIs.
 *
 * - Window: the last `years` calendar years in which any model KPI has a value.
 *   A model KPI without any value in the window is an error (ScreeningError).
 * - Per KPI × year: the direction-aware mid-rank percentile among all listed
 *   municipalities with a value (percentile.ts). A KPI-year where every reporting
 *   municipality has the same value is left out for everyone and reported.
 * - Component index: mean of the municipality's percentiles over the
 *   component's KPI × year cells present (missing cells left out).
 * - Composite: weighted mean of the component indices present, with the weights
 *   renormalised over those components (a missing component neither counts as
 *   zero nor shifts weight to one particular other component).
 * - Coverage: share of the model's informative KPI × year cells (those not left
 *   out as constant) where the municipality has a value. Below minCoverage, or
 *   with no component at all, the municipality is "insufficient": rank null,
 *   listed last (by kommunkod).
 * - Rank: competition ranking ("1224"); composites within 1e-9 count as equal.
 * Values of municipalities not in the list are ignored.
 */
import { z } from 'zod';
import { vk, vt } from '@/lib/i18n/validation';
import { allEqual, percentileRanks, type ConstantKpiYear } from './percentile';
import { groupValues, type KpiValue } from './finance-index';

const WEIGHT_TOLERANCE = 0.01;
const TIE_EPSILON = 1e-9;

const kpiSchema = z.object({
  id: z.string().trim().min(1, { error: vk('valScreening.kpiId') }),
  direction: z.enum(['higher', 'lower'], { error: vk('valScreening.kpiDirection') }),
});

const componentSchema = z.object({
  name: z.string().trim().min(1, { error: vk('valScreening.componentName') }),
  weight: z
    .number({ error: vk('valScreening.weightNumber') })
    .min(0, { error: vk('valScreening.weightMin') })
    .max(100, { error: vk('valScreening.weightMax') }),
  kpis: z.array(kpiSchema).min(1, { error: vk('valScreening.componentKpis') }),
});

export const screeningModelSchema = z
  .object({
    components: z.array(componentSchema).min(1, { error: vk('valScreening.components') }),
    years: z
      .number({ error: vk('valScreening.yearsNumber') })
      .int({ error: vk('valScreening.yearsInteger') })
      .min(1, { error: vk('valScreening.yearsMin') })
      .max(20, { error: vk('valScreening.yearsMax') }),
    /** Share 0–1 of the model's KPI × year cells a municipality must have. */
    minCoverage: z
      .number({ error: vk('valScreening.coverageNumber') })
      .min(0, { error: vk('valScreening.coverageMin') })
      .max(1, { error: vk('valScreening.coverageMax') }),
  })
  .superRefine((model, ctx) => {
    const total = model.components.reduce((s, c) => s + c.weight, 0);
    if (Math.abs(total - 100) > WEIGHT_TOLERANCE) {
      const shown = Math.round(total * 100) / 100;
      ctx.addIssue({ code: 'custom', path: ['components'], message: vt('valScreening.weightSum', { total: shown }) });
    }
    const names = new Set<string>();
    const ids = new Set<string>();
    model.components.forEach((c, ci) => {
      if (names.has(c.name)) ctx.addIssue({ code: 'custom', path: ['components', ci, 'name'], message: vt('valScreening.componentTwice', { name: c.name }) });
      names.add(c.name);
      c.kpis.forEach((k, ki) => {
        if (ids.has(k.id)) ctx.addIssue({ code: 'custom', path: ['components', ci, 'kpis', ki, 'id'], message: vt('valScreening.kpiTwice', { id: k.id }) });
        ids.add(k.id);
      });
    });
  });

export type ScreeningModel = z.infer<typeof screeningModelSchema>;
export type Municipality = { kommunkod: string; namn: string; population: number };

/**
 * Why a screening cannot run, as a code and its values (kpis: the key figures concerned); its
 * message says it in the language of the running call (vt: the organiser's in an action,
 * Swedish elsewhere, e.g. the CLI).
 */
export type ScreeningErrorCode = 'modelInvalid' | 'kpiMissing';
export class ScreeningError extends Error {
  constructor(
    readonly code: ScreeningErrorCode,
    readonly kpis: string[] = [],
    readonly params: { detail?: string; from?: number; to?: number } = {},
  ) {
    super(screeningErrorText(code, kpis, params));
    this.name = 'ScreeningError';
  }
}

function screeningErrorText(code: ScreeningErrorCode, kpis: string[], p: { detail?: string; from?: number; to?: number }): string {
  if (code === 'modelInvalid') return vt('valScreening.errModelInvalid', { detail: p.detail ?? '' });
  const span = p.from !== undefined && p.to !== undefined ? `${p.from}–${p.to}` : vt('valScreening.errAnyPeriod');
  return vt(kpis.length === 1 ? 'valScreening.errKpiMissingOne' : 'valScreening.errKpiMissingMany', { kpis: kpis.join(', '), span });
}

/** Population bands for grouped ranking (inhabitants, lower bound inclusive). */
export const POPULATION_BANDS = [
  { id: 'under_10k', min: 0, label: 'Under 10 000 invånare' },
  { id: '10k_25k', min: 10_000, label: '10 000–24 999 invånare' },
  { id: '25k_50k', min: 25_000, label: '25 000–49 999 invånare' },
  { id: '50k_100k', min: 50_000, label: '50 000–99 999 invånare' },
  { id: 'from_100k', min: 100_000, label: '100 000 invånare eller fler' },
] as const;
export type PopulationBand = (typeof POPULATION_BANDS)[number]['id'];

export function populationBand(population: number): PopulationBand {
  for (let b = POPULATION_BANDS.length - 1; b > 0; b--) if (population >= POPULATION_BANDS[b].min) return POPULATION_BANDS[b].id;
  return POPULATION_BANDS[0].id;
}

/**
 * Everything that does not change between variants of the model: per model KPI k
 * and municipality i, the sum of its percentiles over the informative window
 * years present (sums[k][i]) and their number (counts[k][i]).
 */
export type PreparedScreening = {
  years: number[];
  municipalities: Municipality[];
  kpiIds: string[];
  kpiComponent: number[];
  componentNames: string[];
  weights: number[];
  minCoverage: number;
  sums: Float64Array[];
  counts: Float64Array[];
  informative: number[];
  excluded: ConstantKpiYear[];
};

export function prepareScreening(values: readonly KpiValue[], model: ScreeningModel, municipalities: readonly Municipality[]): PreparedScreening {
  const checked = screeningModelSchema.safeParse(model);
  if (!checked.success) throw new ScreeningError('modelInvalid', [], { detail: checked.error.issues[0].message });
  const list = [...municipalities].sort((a, b) => (a.kommunkod < b.kommunkod ? -1 : a.kommunkod > b.kommunkod ? 1 : 0));
  const position = new Map(list.map((m, i) => [m.kommunkod, i]));
  const kpis = model.components.flatMap((c, ci) => c.kpis.map((k) => ({ ...k, component: ci })));
  const ids = new Set(kpis.map((k) => k.id));
  const grouped = groupValues(values.filter((v) => position.has(v.kommunkod)), (kpi) => ids.has(kpi));
  const allYears = new Set<number>();
  for (const byYear of grouped.values()) for (const y of byYear.keys()) allYears.add(y);
  const years = [...allYears].sort((a, b) => a - b).slice(-model.years);

  const missing = kpis.filter((k) => !years.some((y) => grouped.get(k.id)?.has(y))).map((k) => k.id);
  if (missing.length > 0) {
    throw new ScreeningError('kpiMissing', missing, years.length ? { from: years[0], to: years[years.length - 1] } : {});
  }

  const n = list.length;
  const sums: Float64Array[] = [];
  const counts: Float64Array[] = [];
  const informative: number[] = [];
  const excluded: ConstantKpiYear[] = [];
  for (const k of kpis) {
    const s = new Float64Array(n);
    const c = new Float64Array(n);
    let info = 0;
    for (const year of years) {
      const cell = grouped.get(k.id)?.get(year);
      if (!cell) {
        info++; // nobody reported: informative but missing for all
        continue;
      }
      const codes = [...cell.keys()];
      const vals = codes.map((code) => cell.get(code)!);
      if (allEqual(vals)) {
        excluded.push({ kpi: k.id, year, value: vals[0], reporting: vals.length });
        continue;
      }
      info++;
      const pct = percentileRanks(vals, k.direction);
      codes.forEach((code, j) => {
        const i = position.get(code)!;
        s[i] += pct[j]!;
        c[i] += 1;
      });
    }
    sums.push(s);
    counts.push(c);
    informative.push(info);
  }
  return {
    years,
    municipalities: list,
    kpiIds: kpis.map((k) => k.id),
    kpiComponent: kpis.map((k) => k.component),
    componentNames: model.components.map((c) => c.name),
    weights: model.components.map((c) => c.weight),
    minCoverage: model.minCoverage,
    sums,
    counts,
    informative,
    excluded,
  };
}

export type Scores = { composite: Float64Array; coverage: Float64Array; components: Float64Array[]; eligible: Uint8Array };

/**
 * Scores for one variant: multiplicity[k] is how often KPI k counts (1 = as in
 * the model, 0 = left out, bootstrap draws), weights[c] the component weights.
 */
export function scorePrepared(p: PreparedScreening, multiplicity: ArrayLike<number>, weights: ArrayLike<number>): Scores {
  const n = p.municipalities.length;
  const nc = p.componentNames.length;
  const num = Array.from({ length: nc }, () => new Float64Array(n));
  const den = Array.from({ length: nc }, () => new Float64Array(n));
  const present = new Float64Array(n);
  let cells = 0;
  for (let k = 0; k < p.kpiIds.length; k++) {
    const m = multiplicity[k];
    if (m === 0) continue;
    const c = p.kpiComponent[k];
    const s = p.sums[k];
    const cnt = p.counts[k];
    cells += m * p.informative[k];
    for (let i = 0; i < n; i++) {
      num[c][i] += m * s[i];
      den[c][i] += m * cnt[i];
      present[i] += m * cnt[i];
    }
  }
  const composite = new Float64Array(n);
  const coverage = new Float64Array(n);
  const eligible = new Uint8Array(n);
  const components = Array.from({ length: nc }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    let ws = 0;
    let acc = 0;
    for (let c = 0; c < nc; c++) {
      // component index = Σ percentiles / number of cells present
      const idx = den[c][i] > 0 ? num[c][i] / den[c][i] : NaN;
      components[c][i] = idx;
      if (!Number.isNaN(idx)) {
        acc += weights[c] * idx;
        ws += weights[c];
      }
    }
    // composite = Σ w_c·I_c / Σ w_c over the components present
    composite[i] = ws > 0 ? acc / ws : NaN;
    // coverage = cells present / informative model cells
    coverage[i] = cells > 0 ? present[i] / cells : 0;
    eligible[i] = !Number.isNaN(composite[i]) && coverage[i] >= p.minCoverage ? 1 : 0;
  }
  return { composite, coverage, components, eligible };
}

/** Competition ranks ("1224") of the eligible, within each group; 0 = not ranked. */
export function competitionRanks(score: Float64Array, eligible: Uint8Array, group?: Int32Array): Int32Array {
  const order: number[] = [];
  for (let i = 0; i < score.length; i++) if (eligible[i]) order.push(i);
  const g = (i: number) => (group ? group[i] : 0);
  order.sort((a, b) => g(a) - g(b) || score[b] - score[a] || a - b);
  const rank = new Int32Array(score.length);
  let pos = 0;
  let leader = -1;
  for (let j = 0; j < order.length; j++) {
    const i = order[j];
    if (j === 0 || g(i) !== g(order[j - 1])) pos = 0;
    pos++;
    if (leader >= 0 && pos > 1 && score[leader] - score[i] <= TIE_EPSILON) rank[i] = rank[leader];
    else {
      rank[i] = pos;
      leader = i;
    }
  }
  return rank;
}

export type ScreeningRow = {
  kommunkod: string;
  namn: string;
  rank: number | null;
  composite: number | null;
  components: Record<string, number | null>;
  coverage: number;
  insufficient: boolean;
  /** Population band when ranked within bands, otherwise null. */
  group: PopulationBand | null;
};

export type ScreeningResult = { years: number[]; rows: ScreeningRow[]; excluded: ConstantKpiYear[] };
export type ScreeningOptions = { groupByPopulation?: boolean };

export function runScreening(
  values: readonly KpiValue[],
  model: ScreeningModel,
  municipalities: readonly Municipality[],
  options: ScreeningOptions = {},
): ScreeningResult {
  const p = prepareScreening(values, model, municipalities);
  const s = scorePrepared(p, new Array(p.kpiIds.length).fill(1), p.weights);
  const bandIndex = (m: Municipality) => POPULATION_BANDS.findIndex((b) => b.id === populationBand(m.population));
  const group = options.groupByPopulation ? Int32Array.from(p.municipalities, bandIndex) : undefined;
  const rank = competitionRanks(s.composite, s.eligible, group);
  const rows = p.municipalities.map((m, i): ScreeningRow => {
    const components: Record<string, number | null> = {};
    p.componentNames.forEach((name, c) => (components[name] = Number.isNaN(s.components[c][i]) ? null : s.components[c][i]));
    return {
      kommunkod: m.kommunkod,
      namn: m.namn,
      rank: rank[i] > 0 ? rank[i] : null,
      composite: Number.isNaN(s.composite[i]) ? null : s.composite[i],
      components,
      coverage: s.coverage[i],
      insufficient: s.eligible[i] === 0,
      group: options.groupByPopulation ? populationBand(m.population) : null,
    };
  });
  const groupOf = (r: ScreeningRow) => (r.group ? POPULATION_BANDS.findIndex((b) => b.id === r.group) : 0);
  const rankKey = (r: ScreeningRow) => r.rank ?? Number.MAX_SAFE_INTEGER;
  rows.sort((a, b) => groupOf(a) - groupOf(b) || rankKey(a) - rankKey(b) || (a.kommunkod < b.kommunkod ? -1 : 1));
  return { years: p.years, rows, excluded: p.excluded };
}
