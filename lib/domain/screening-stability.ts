/**
 * How stable is the proposed top N of a screening? For every municipality in
 * the top N (rank ≤ N, ties included) we count how often it stays there under
 * three families of variants of the model:
 *  1. leave-one-out: each model KPI left out in turn (a component whose only
 *     KPI is left out drops out and the weights renormalise over the rest);
 *  2. weights: each component weight moved +step and −step percentage points
 *     (clamped to 0–100), the other weights rescaled to keep the sum 100; if all
 *     other weights are 0 the freed weight is shared equally; variants that
 *     equal the model after clamping are skipped;
 *  3. bootstrap: `rounds` times, the KPIs of each component are drawn with
 *     replacement (as many draws as the component has KPIs), seeded Random.
 * Percentiles are computed once (prepareScreening); each variant only
 * recombines the per-KPI sums, so 1 000 rounds cost little.
 *
 * Classification, from the lowest share in top N over the three families
 * (a family without variants counts as 1):
 *  - "stabil": in top N under every variant (share 1);
 *  - "på gränsen": at least `borderlineShare` (default 0.8) in every family;
 *  - "beror på urvalet": otherwise.
 * "Moves it most": among the leave-one-out and weight variants, the one that
 * gives the worst rank (out of the ranking counts as worst); null if no variant
 * changes its rank.
 */
import { createRandom, randomInt, type Random } from './random';
import type { KpiValue } from './finance-index';
import { competitionRanks, prepareScreening, scorePrepared, type Municipality, type ScreeningModel } from './screening';

export const DEFAULT_ROUNDS = 1000;
export const DEFAULT_TOP_N = 10;
export const DEFAULT_WEIGHT_STEP = 10;
export const DEFAULT_BORDERLINE_SHARE = 0.8;
export const DEFAULT_SEED = 2025;

export type StabilityClass = 'stabil' | 'på gränsen' | 'beror på urvalet';

export type StabilityOptions = {
  topN?: number;
  rounds?: number;
  random?: Random;
  weightStep?: number;
  borderlineShare?: number;
};

export type Mover =
  | { kind: 'kpi'; kpi: string; rank: number | null }
  | { kind: 'weight'; component: string; delta: number; rank: number | null };

export type Tally = { inTop: number; total: number };

export type StabilityRow = {
  kommunkod: string;
  namn: string;
  rank: number;
  leaveOut: Tally;
  weights: Tally;
  bootstrap: Tally;
  /** Lowest share in top N over the three families. */
  share: number;
  classification: StabilityClass;
  mostMovedBy: Mover | null;
  explanation: string;
};

export type StabilityResult = { topN: number; rounds: number; years: number[]; rows: StabilityRow[] };

/** Weights with component c moved by delta points, the others rescaled to keep the total. */
export function shiftedWeights(weights: readonly number[], c: number, delta: number): number[] | null {
  const total = weights.reduce((s, w) => s + w, 0);
  const moved = Math.min(total, Math.max(0, weights[c] + delta));
  if (moved === weights[c] || weights.length < 2) return null;
  const restBefore = total - weights[c];
  const restAfter = total - moved;
  // others scaled by (total − w'_c)/(total − w_c); equal shares when they all weigh 0
  return weights.map((w, i) =>
    i === c ? moved : restBefore > 0 ? (w * restAfter) / restBefore : restAfter / (weights.length - 1),
  );
}

function describe(m: Mover): string {
  const where = m.rank === null ? 'faller ur rangordningen' : `hamnar på plats ${m.rank}`;
  if (m.kind === 'kpi') return `Rör sig mest när nyckeltalet ${m.kpi} utelämnas (${where}).`;
  const sign = m.delta > 0 ? '+' : '−';
  return `Rör sig mest när vikten för ${m.component} ändras ${sign}${Math.abs(m.delta)} procentenheter (${where}).`;
}

const fmt = (t: Tally) => `${t.inTop} av ${t.total}`;

export function analyseStability(
  values: readonly KpiValue[],
  model: ScreeningModel,
  municipalities: readonly Municipality[],
  options: StabilityOptions = {},
): StabilityResult {
  const topN = options.topN ?? DEFAULT_TOP_N;
  const rounds = options.rounds ?? DEFAULT_ROUNDS;
  const random = options.random ?? createRandom(DEFAULT_SEED);
  const step = options.weightStep ?? DEFAULT_WEIGHT_STEP;
  const borderline = options.borderlineShare ?? DEFAULT_BORDERLINE_SHARE;

  const p = prepareScreening(values, model, municipalities);
  const nk = p.kpiIds.length;
  const ones = new Array<number>(nk).fill(1);
  const rankOf = (mult: ArrayLike<number>, weights: ArrayLike<number>) => {
    const s = scorePrepared(p, mult, weights);
    return competitionRanks(s.composite, s.eligible);
  };
  const base = rankOf(ones, p.weights);
  const top: number[] = [];
  for (let i = 0; i < base.length; i++) if (base[i] > 0 && base[i] <= topN) top.push(i);
  top.sort((a, b) => base[a] - base[b] || a - b);

  const inTop = (r: Int32Array, i: number) => r[i] > 0 && r[i] <= topN;
  const tallies = top.map(() => ({ leaveOut: { inTop: 0, total: 0 }, weights: { inTop: 0, total: 0 }, bootstrap: { inTop: 0, total: 0 } }));
  const worst = top.map(() => ({ badness: 0, mover: null as Mover | null }));
  const record = (family: 'leaveOut' | 'weights' | 'bootstrap', ranks: Int32Array, mover?: (rank: number | null) => Mover) => {
    top.forEach((i, t) => {
      tallies[t][family].total++;
      if (inTop(ranks, i)) tallies[t][family].inTop++;
      if (!mover) return;
      // badness: how many places it falls (out of the ranking = beyond every rank)
      const badness = ranks[i] > 0 ? ranks[i] - base[i] : p.municipalities.length + 1;
      if (badness > worst[t].badness) worst[t] = { badness, mover: mover(ranks[i] > 0 ? ranks[i] : null) };
    });
  };

  for (let k = 0; k < nk; k++) {
    const mult = ones.slice();
    mult[k] = 0;
    record('leaveOut', rankOf(mult, p.weights), (rank) => ({ kind: 'kpi', kpi: p.kpiIds[k], rank }));
  }
  for (let c = 0; c < p.weights.length; c++) {
    for (const delta of [step, -step]) {
      const w = shiftedWeights(p.weights, c, delta);
      if (w) record('weights', rankOf(ones, w), (rank) => ({ kind: 'weight', component: p.componentNames[c], delta, rank }));
    }
  }
  const members = p.componentNames.map((_, c) => p.kpiComponent.flatMap((kc, k) => (kc === c ? [k] : [])));
  const mult = new Array<number>(nk);
  for (let r = 0; r < rounds; r++) {
    mult.fill(0);
    // each component: |component| draws of its KPIs with replacement
    for (const ks of members) for (let d = 0; d < ks.length; d++) mult[ks[randomInt(random, ks.length)]]++;
    record('bootstrap', rankOf(mult, p.weights));
  }

  const rows = top.map((i, t): StabilityRow => {
    const { leaveOut, weights, bootstrap } = tallies[t];
    const shareOf = (x: Tally) => (x.total === 0 ? 1 : x.inTop / x.total);
    const share = Math.min(shareOf(leaveOut), shareOf(weights), shareOf(bootstrap));
    const classification: StabilityClass = share === 1 ? 'stabil' : share >= borderline ? 'på gränsen' : 'beror på urvalet';
    const mover = worst[t].mover;
    const explanation =
      `I topp ${topN} i ${fmt(leaveOut)} utelämnade nyckeltal, ${fmt(weights)} viktändringar och ${fmt(bootstrap)} bootstrap-omgångar.` +
      (mover ? ` ${describe(mover)}` : '');
    return {
      kommunkod: p.municipalities[i].kommunkod,
      namn: p.municipalities[i].namn,
      rank: base[i],
      leaveOut,
      weights,
      bootstrap,
      share,
      classification,
      mostMovedBy: mover,
      explanation,
    };
  });
  return { topN, rounds, years: p.years, rows };
}
