import 'server-only';
import type { Db } from '@/db/client';
import { decisionOfCycle, weightSetById } from '@/db/queries/assessment';
import { computeAgreement } from '@/lib/assessment/agreement-view';
import { readAssessmentData } from '@/lib/assessment/data';
import { computeRankingView } from '@/lib/assessment/ranking-view';
import { engineSettings, weightsFromStored } from '@/lib/assessment/weights';

type Snapshot = { weightSetId?: unknown; dataRevision?: unknown; calibrated?: unknown };

/**
 * The ranking a report or export shows, computed with the existing engine (nothing
 * re-implemented): with the weight set the decision named when there is a decision,
 * otherwise the cycle's newest saved weights (or the defaults), calibrated as the
 * shortlist and the decision are. Null for an unknown cycle or one without a rubric.
 */
export function reportRanking(db: Db, cycleId: number) {
  const data = readAssessmentData(db, cycleId);
  if (!data || data.areas.length === 0) return null;
  const decision = decisionOfCycle(db, cycleId);
  const snapshot = (decision?.rankingSnapshot ?? {}) as Snapshot;
  const decided = typeof snapshot.weightSetId === 'number' ? weightSetById(db, snapshot.weightSetId) : undefined;
  const weightSet = decided ?? data.weightSet ?? null;
  const weights = weightSet ? weightsFromStored(weightSet.weights, data.input.rubric) : data.weights;
  const calibrated = typeof snapshot.calibrated === 'boolean' ? snapshot.calibrated : true;
  const ranking = computeRankingView(data.input, engineSettings(weights, data.method, calibrated));
  return {
    data,
    decision,
    weightSet,
    ranking,
    agreement: computeAgreement(data.input, data.comments),
    /** The data changed after the decision's snapshot was taken. */
    staleSinceDecision: decision !== null && typeof snapshot.dataRevision === 'string' && snapshot.dataRevision !== data.revision,
  };
}

export type ReportRanking = NonNullable<ReturnType<typeof reportRanking>>;
