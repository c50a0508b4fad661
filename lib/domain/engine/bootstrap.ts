/**
 * Bootstrap over jurors: how sure is the ranking, given who happened to be on the jury?
 * Each replicate draws as many jurors as there are, with replacement, and reruns the
 * whole method (calibration reference, aggregation, composite, ranking) on that panel;
 * the nomination components are kept fixed. Replicates where a nomination gets no
 * composite rank it after all ranked nominations.
 */
import { randomInt, type Random } from '../random';
import { createWorkspace, evaluateComposites, rankComposites } from './bootstrap-kernel';
import { buildEngineModel, type EngineModel } from './bootstrap-model';
import type { EngineInput, EngineSettingsInput } from './types';

export const DEFAULT_REPLICATES = 2000;

export type BootstrapOptions = {
  /** Seeded source; the same seed gives the same result. */
  random: Random;
  replicates?: number;
  /** Defaults to the settings' topK. */
  topK?: number;
};

export type BootstrapRow = {
  nominationId: string;
  /** Share of replicates with rank 1 (shared first places count). */
  pFirst: number;
  /** Share of replicates with rank ≤ k. */
  pTopK: number;
  /** 90 % rank interval: 5th and 95th percentile (type 7) of the replicate ranks. */
  rankInterval: { low: number; high: number };
  medianRank: number;
};

export type BootstrapResult = { replicates: number; topK: number; jurors: number; rows: BootstrapRow[] };

/** Quantile type 7 of the replicate ranks, read from a histogram (counts[r − 1] = replicates with rank r). */
export function histogramQuantile(counts: ArrayLike<number>, offset: number, length: number, total: number, p: number): number {
  const h = (total - 1) * p;
  const at = (index: number): number => {
    let cumulative = 0;
    for (let r = 0; r < length; r++) {
      cumulative += counts[offset + r];
      if (index < cumulative) return r + 1;
    }
    return length;
  };
  const lo = at(Math.floor(h));
  return lo + (h - Math.floor(h)) * (at(Math.ceil(h)) - lo);
}

export function bootstrapRanking(input: EngineInput, settings: EngineSettingsInput, options: BootstrapOptions): BootstrapResult {
  return runBootstrap(buildEngineModel(input, settings), options);
}

export function runBootstrap(model: EngineModel, options: BootstrapOptions): BootstrapResult {
  const replicates = options.replicates ?? DEFAULT_REPLICATES;
  const topK = options.topK ?? model.settings.topK;
  if (!Number.isInteger(replicates) || replicates < 1) throw new Error('Antalet replikat måste vara ett positivt heltal');
  const N = model.nominationIds.length;
  const J = model.jurorIds.length;
  const ws = createWorkspace(model);
  const counts = new Int32Array(J);
  const histogram = new Uint32Array(N * N);

  for (let r = 0; r < replicates; r++) {
    counts.fill(0);
    for (let i = 0; i < J; i++) counts[randomInt(options.random, J)]++;
    evaluateComposites(model, counts, ws);
    rankComposites(ws);
    for (let n = 0; n < N; n++) histogram[n * N + ws.ranks[n] - 1]++;
  }

  const rows = model.nominationIds.map((nominationId, n) => {
    let first = 0;
    let top = 0;
    for (let r = 0; r < N; r++) {
      const c = histogram[n * N + r];
      if (r === 0) first += c;
      if (r < topK) top += c;
    }
    return {
      nominationId,
      pFirst: first / replicates,
      pTopK: top / replicates,
      rankInterval: {
        low: histogramQuantile(histogram, n * N, N, replicates, 0.05),
        high: histogramQuantile(histogram, n * N, N, replicates, 0.95),
      },
      medianRank: histogramQuantile(histogram, n * N, N, replicates, 0.5),
    };
  });
  return { replicates, topK, jurors: J, rows };
}
