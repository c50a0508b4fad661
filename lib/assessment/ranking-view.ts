/**
 * One computed ranking, shaped for the shortlist page and for snapshots: the point
 * ranking, the bootstrap uncertainty (fixed seed, so the page is reproducible), weight
 * sensitivity and leave-one-juror-out. Pure and client-safe: the page recomputes it in
 * the browser when a weight slider moves, with exactly the same code as the server.
 */
import { bootstrapRanking } from '@/lib/domain/engine/bootstrap';
import { leaveOneOut } from '@/lib/domain/engine/leave-one-out';
import { rankNominations, type RankedRow } from '@/lib/domain/engine/pipeline';
import { analyseSensitivity, type SensitivityResult } from '@/lib/domain/engine/sensitivity';
import { sensitivityFacts } from './sensitivity-text';
import type { ComponentKey, ComponentValues, ComponentWeights, EngineInput, EngineSettingsInput } from '@/lib/domain/engine/types';
import { createRandom } from '@/lib/domain/random';

/** The fixed seed of the shortlist's bootstrap: the same data and weights always give the same intervals. */
export const SHORTLIST_SEED = 20271;
export const SHORTLIST_REPLICATES = 2000;

export type RankingViewRow = {
  nominationId: string;
  rank: number | null;
  tied: boolean;
  /** "1", "2=" (shared place) or "–" (no composite). */
  rankLabel: string;
  composite: number | null;
  components: ComponentValues;
  effectiveWeights: ComponentWeights;
  missingComponents: ComponentKey[];
  areas: Record<string, { raw: number | null; calibrated: number | null; jurors: number }>;
  effectiveAreaWeights: Record<string, number>;
  missingAreas: string[];
  pFirst: number;
  pTopK: number;
  rankInterval: { low: number; high: number };
};

export type RankingView = {
  calibrated: boolean;
  topK: number;
  replicates: number;
  seed: number;
  jurors: number;
  /** Jurors actually standardised (scored ≥ minNominationsForCalibration nominations). */
  calibratedJurors: string[];
  minNominationsForCalibration: number;
  areaWeights: Record<string, number>;
  componentWeights: ComponentWeights;
  rows: RankingViewRow[];
  ties: { rank: number; ids: string[] }[];
  sensitivity: SensitivityResult;
  leaveOneOut: { jurorId: string; firstPlace: string[]; changesFirstPlace: boolean; changesTopK: boolean }[];
};

export function rankLabel(row: Pick<RankedRow, 'rank' | 'tied'>): string {
  if (row.rank === null) return '–';
  return row.tied ? `${row.rank}=` : String(row.rank);
}

export function computeRankingView(
  input: EngineInput,
  settings: EngineSettingsInput,
  options: { seed?: number; replicates?: number } = {},
): RankingView {
  const seed = options.seed ?? SHORTLIST_SEED;
  const replicates = options.replicates ?? SHORTLIST_REPLICATES;
  const ranking = rankNominations(input, settings);
  const used = ranking.settingsUsed;
  const boot = bootstrapRanking(input, settings, { random: createRandom(seed), replicates });
  const bootById = new Map(boot.rows.map((r) => [r.nominationId, r]));
  const loo = leaveOneOut(input, settings);
  const rows: RankingViewRow[] = ranking.rows.map((r) => {
    const b = bootById.get(r.nominationId);
    const areas: RankingViewRow['areas'] = {};
    for (const [k, a] of Object.entries(r.areaScores)) areas[k] = { raw: a.raw, calibrated: a.calibrated, jurors: a.jurors };
    return {
      nominationId: r.nominationId,
      rank: r.rank,
      tied: r.tied,
      rankLabel: rankLabel(r),
      composite: r.composite,
      components: r.components,
      effectiveWeights: r.effectiveWeights,
      missingComponents: r.missingComponents,
      areas,
      effectiveAreaWeights: r.effectiveAreaWeights,
      missingAreas: r.missingAreas,
      pFirst: b?.pFirst ?? 0,
      pTopK: b?.pTopK ?? 0,
      rankInterval: b?.rankInterval ?? { low: ranking.rows.length, high: ranking.rows.length },
    };
  });
  return {
    calibrated: used.calibration,
    topK: used.topK,
    replicates: boot.replicates,
    seed,
    jurors: boot.jurors,
    calibratedJurors: ranking.calibration.jurors.filter((j) => j.calibrated).map((j) => j.jurorId),
    minNominationsForCalibration: used.minNominationsForCalibration,
    areaWeights: used.areaWeights,
    componentWeights: used.componentWeights,
    rows,
    ties: ranking.ties,
    sensitivity: analyseSensitivity(ranking),
    leaveOneOut: loo.jurors.map((j) => ({ jurorId: j.jurorId, firstPlace: j.firstPlace, changesFirstPlace: j.changesFirstPlace, changesTopK: j.changesTopK })),
  };
}

/** What a snapshot keeps of a ranking (small, stable, enough to show and audit it later). */
export function snapshotOf(view: RankingView) {
  return {
    calibrated: view.calibrated,
    topK: view.topK,
    seed: view.seed,
    replicates: view.replicates,
    areaWeights: view.areaWeights,
    componentWeights: view.componentWeights,
    // The facts, worded when shown (sensitivity-text.ts); snapshots from before hold the Swedish sentence.
    sensitivity: sensitivityFacts(view.sensitivity),
    rows: view.rows.map((r) => ({
      nominationId: Number(r.nominationId),
      rank: r.rank,
      tied: r.tied,
      composite: r.composite === null ? null : Math.round(r.composite * 1000) / 1000,
      missingComponents: r.missingComponents,
      rankInterval: r.rankInterval,
      pFirst: r.pFirst,
      pTopK: r.pTopK,
    })),
  };
}
