/**
 * Leave-one-out over jurors: the ranking with each juror's scores removed in turn (the
 * rest of the method unchanged, calibration reference recomputed), and which jurors'
 * removal changes first place or the top-k set. Runs on the precomputed model with the
 * juror's weight set to 0 (tested to equal the full pipeline without that juror).
 */
import { createWorkspace, evaluateComposites } from './bootstrap-kernel';
import { buildEngineModel } from './bootstrap-model';
import { firstPlace, rankScores, topSet } from './rank';
import type { EngineInput, EngineSettingsInput } from './types';

export type LeaveOneOutRow = {
  jurorId: string;
  firstPlace: string[];
  changesFirstPlace: boolean;
  topK: string[];
  changesTopK: boolean;
  /** Rank of every nomination without this juror (null = no composite). */
  ranks: Record<string, number | null>;
};

export type LeaveOneOutResult = {
  topK: number;
  firstPlace: string[];
  topKSet: string[];
  jurors: LeaveOneOutRow[];
  /** Jurors whose removal alone changes first place. */
  jurorsChangingFirstPlace: string[];
};

const sameSet = (a: readonly string[], b: readonly string[]) => {
  const x = [...a].sort();
  const y = [...b].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
};

export function leaveOneOut(input: EngineInput, settingsInput: EngineSettingsInput = {}): LeaveOneOutResult {
  const model = buildEngineModel(input, settingsInput);
  const { topK } = model.settings;
  const ws = createWorkspace(model);
  const weights = new Int32Array(model.jurorIds.length);
  const rankPanel = () => {
    evaluateComposites(model, weights, ws);
    return rankScores(model.nominationIds.map((id, n) => ({ id, score: Number.isNaN(ws.composites[n]) ? null : ws.composites[n] })));
  };

  weights.fill(1);
  const base = rankPanel();
  const baseFirst = firstPlace(base);
  const baseTop = topSet(base, topK);

  const jurors = model.jurorIds.map((jurorId, j) => {
    weights.fill(1);
    weights[j] = 0;
    const ranking = rankPanel();
    const first = firstPlace(ranking);
    const top = topSet(ranking, topK);
    const ranks: Record<string, number | null> = {};
    for (const e of ranking.entries) ranks[e.id] = e.rank;
    return {
      jurorId,
      firstPlace: first,
      changesFirstPlace: !sameSet(first, baseFirst),
      topK: top,
      changesTopK: !sameSet(top, baseTop),
      ranks,
    };
  });
  return {
    topK,
    firstPlace: baseFirst,
    topKSet: baseTop,
    jurors,
    jurorsChangingFirstPlace: jurors.filter((j) => j.changesFirstPlace).map((j) => j.jurorId),
  };
}
