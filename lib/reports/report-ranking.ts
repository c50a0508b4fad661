import 'server-only';
import type { Db } from '@/db/client';
import { decisionOfCycle, weightSetById } from '@/db/queries/assessment';
import { computeAgreement, type AgreementView } from '@/lib/assessment/agreement-view';
import { readAssessmentData, readAssessmentInput, readAssessmentMeta, type AssessmentMeta } from '@/lib/assessment/data';
import { rubricFromRows } from '@/lib/assessment/engine-input';
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
  return { data, ...basisOf(db, data) };
}

/** The decision, the weight set and the engine settings a report uses, from the cycle's meta (no scores read). */
function basisOf(db: Db, meta: AssessmentMeta) {
  const decision = decisionOfCycle(db, meta.cycle.id);
  const snapshot = (decision?.rankingSnapshot ?? {}) as Snapshot;
  const decided = typeof snapshot.weightSetId === 'number' ? weightSetById(db, snapshot.weightSetId) : undefined;
  const weightSet = decided ?? meta.weightSet ?? null;
  // The engine's rubric is built from the same rows (readAssessmentInput → buildEngineInput).
  const weights = weightSet ? weightsFromStored(weightSet.weights, rubricFromRows(meta.rubric, { min: meta.cycle.scaleMin, max: meta.cycle.scaleMax })) : meta.weights;
  const calibrated = typeof snapshot.calibrated === 'boolean' ? snapshot.calibrated : true;
  return {
    decision,
    weightSet,
    settings: engineSettings(weights, meta.method, calibrated),
    /** The data changed after the decision's snapshot was taken. */
    staleSinceDecision: decision !== null && typeof snapshot.dataRevision === 'string' && snapshot.dataRevision !== meta.revision,
  };
}

export type ReportBasis = NonNullable<ReturnType<typeof reportBasis>>;

/**
 * Computed rankings by (cycle, weight set, data revision, settings), so the report and the
 * exports of an unchanged cycle compute the bootstrap once, not on every download. Small
 * and bounded; any change of data or weights misses the cache.
 */
type Computed = { ranking: RankingView; agreement: AgreementView };
const cache = new Map<string, Computed>();
const CACHE_LIMIT = 8;

const keyOf = (meta: AssessmentMeta, basis: ReturnType<typeof basisOf>) => `${meta.cycle.id}|${basis.weightSet?.id ?? 0}|${meta.revision}|${JSON.stringify(basis.settings)}`;

function computed(key: string, input: () => Pick<ReportBasis['data'], 'input' | 'comments'>, settings: ReportBasis['settings']): Computed {
  let hit = cache.get(key);
  if (!hit) {
    const data = input();
    hit = { ranking: computeRankingView(data.input, settings), agreement: computeAgreement(data.input, data.comments) };
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, hit);
  }
  return hit;
}

/** The basis with its ranking (bootstrap, sensitivity, leave-one-out) and agreement. */
export function reportRanking(db: Db, cycleId: number) {
  const basis = reportBasis(db, cycleId);
  if (!basis) return null;
  return { ...basis, ...computed(keyOf(basis.data, basis), () => basis.data, basis.settings) };
}

export type ReportRanking = NonNullable<ReturnType<typeof reportRanking>>;

/**
 * The same ranking and agreement for the jury report, with the cycle's meta instead of all its
 * data: the criterion scores (174,000 rows in a large cycle) are read only when the ranking is not
 * computed yet for this data revision, weights and settings — not on every download.
 */
export function reportRankingOfMeta(db: Db, cycleId: number) {
  const meta = readAssessmentMeta(db, cycleId);
  if (!meta || meta.areas.length === 0) return null;
  const basis = basisOf(db, meta);
  return { meta, ...basis, ...computed(keyOf(meta, basis), () => readAssessmentInput(db, meta), basis.settings) };
}
