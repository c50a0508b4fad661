'use server';

import { markFinalists, recordDecision, saveRankingSnapshot, saveWeights } from '@/lib/actions/shortlist';

export async function saveWeightsAction(input: unknown) {
  return saveWeights(input);
}

export async function saveSnapshotAction(input: unknown) {
  return saveRankingSnapshot(input);
}

export async function markFinalistsAction(input: unknown) {
  return markFinalists(input);
}

export async function recordDecisionAction(input: unknown) {
  return recordDecision(input);
}
