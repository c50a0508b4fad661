import 'server-only';
import type { Db } from '@/db/client';
import { decisionOfCycle, weightSetById } from '@/db/queries/assessment';
import { computeAgreement, type AgreementView } from '@/lib/assessment/agreement-view';
import { readAssessmentData } from '@/lib/assessment/data';
import { computeRankingView, type RankingView } from '@/lib/assessment/ranking-view';
import { engineSettings, weightsFromStored } from '@/lib/assessment/weights';

type Snapshot = { weightSetId?: unknown; dataRevision?: unknown; calibrated?: unknown };

/**
 * What a report or export is computed from, with the existing assessment code (nothing
 * re-implemented): the cycle's data, and the weight set the decision named when there is a
 * decision — otherwise the cycle's newest saved weights (or the defaults) — calibrated as the
 * shortlist and the decision are. Null for an unknown cycle or one without a rubric.
 */
export function reportBasis(db: Db, cycleId: number) {
  const data = readAssessmentData(db, cycleId);
  if (!data || data.areas.length === 0) return null;
  const decision = decisionOfCycle(db, cycleId);
  const snapshot = (decision?.rankingSnapshot ?? {}) as Snapshot;
  const decided = typeof snapshot.weightSetId === 'number' ? weightSetById(db, snapshot.weightSetId) : undefined;
  const weightSet = decided ?? data.weightSet ?? null;
  const weights = weightSet ? weightsFromStored(weightSet.weights, data.input.rubric) : data.weights;
  const calibrated = typeof snapshot.calibrated === 'boolean' ? snapshot.calibrated : true;
  return {
    data,
    decision,
    weightSet,
    settings: engineSettings(weights, data.method, calibrated),
    /** The data changed after the decision's snapshot was taken. */
    staleSinceDecision: decision !== null && typeof snapshot.dataRevision === 'string' && snapshot.dataRevision !== data.revision,
  };
}

export type ReportBasis = NonNullable<ReturnType<typeof reportBasis>>;

/**
 * Computed rankings by (cycle, weight set, data revision, settings), so the report and the
 * exports of an unchanged cycle compute the bootstrap once, not on every download. Small
 * and bounded; any change of data or weights misses the cache.
 */
const cache = new Map<string, { ranking: RankingView; agreement: AgreementView }>();
const CACHE_LIMIT = 8;

function computed(basis: ReportBasis) {
  const key = `${basis.data.cycle.id}|${basis.weightSet?.id ?? 0}|${basis.data.revision}|${JSON.stringify(basis.settings)}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = { ranking: computeRankingView(basis.data.input, basis.settings), agreement: computeAgreement(basis.data.input, basis.data.comments) };
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, hit);
  }
  return hit;
}

/** The basis with its ranking (bootstrap, sensitivity, leave-one-out) and agreement. */
export function reportRanking(db: Db, cycleId: number) {
  const basis = reportBasis(db, cycleId);
  if (!basis) return null;
  return { ...basis, ...computed(basis) };
}

export type ReportRanking = NonNullable<ReturnType<typeof reportRanking>>;
