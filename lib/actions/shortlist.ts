import { vt } from '@/lib/i18n/validation';
import 'server-only';
import { revalidatePath } from 'next/cache';
import { writeTransaction, type Db } from '@/db/client';
import { decisionOfCycle, insertDecision, insertWeightSet, rankableNominations, setFinalists } from '@/db/queries/assessment';
import { appendAudit } from '@/db/queries/audit';
import { readAssessmentData, type AssessmentData } from '@/lib/assessment/data';
import { computeRankingView, snapshotOf } from '@/lib/assessment/ranking-view';
import { engineSettings, weightsFromStored, weightsToStored } from '@/lib/assessment/weights';
import { updateCyclePhase } from '@/db/queries/cycles';
import { canMovePhase, permits } from '@/lib/domain/phases';
import { UserError } from '@/lib/errors';
import { nowIso } from '@/lib/time';
import { decisionSchema, finalistsSchema, snapshotSchema, weightsSchema } from '@/lib/validation/weights';
import { defineAction } from './define-action';
import { refusalText, whatMoveLocks } from '@/lib/i18n/refusal';

/** Weights are frozen once the decision is taken. */
const WEIGHTS_LOCKED_PHASES = ['decided', 'published'] as const;

function dataOrThrow(db: Db, cycleId: number): AssessmentData {
  const data = readAssessmentData(db, cycleId);
  if (!data) throw new UserError(vt('valActCommon.noCycle'), 404);
  if (data.areas.length === 0) throw new UserError(vt('valActShortlist.noRubric'), 409);
  return data;
}

/**
 * The ranking with the cycle's saved weights (the snapshot every decision names). If the
 * cycle has no saved weights yet, the defaults are saved first as version 1, so that
 * every recorded ranking names a weight set.
 */
function snapshotWithWeightSet(tx: Db, data: AssessmentData, actorId: number, calibrated: boolean, at: string) {
  let weightSet = data.weightSet;
  if (!weightSet) {
    weightSet = insertWeightSet(tx, { cycleId: data.cycle.id, weights: weightsToStored(data.weights), createdBy: actorId, createdAt: at });
    appendAudit(tx, {
      actorId,
      action: 'weights.saved',
      entity: 'weight_set',
      entityId: weightSet.id,
      cycleId: data.cycle.id,
      after: { version: weightSet.version, weights: weightSet.weights, reason: 'Standardvikterna sparades för att rangordningen ska kunna hänvisa till dem.' },
      at,
    });
  }
  const weights = weightsFromStored(weightSet.weights, data.input.rubric);
  const view = computeRankingView(data.input, engineSettings(weights, data.method, calibrated));
  return { weightSet, snapshot: { weightSetId: weightSet.id, weightSetVersion: weightSet.version, dataRevision: data.revision, ...snapshotOf(view) } };
}

export const saveWeights = defineAction({
  name: 'shortlist.saveWeights',
  roles: ['organiser'],
  schema: weightsSchema,
  handler: ({ user, input, db }) => {
    const data = dataOrThrow(db, input.cycleId);
    if ((WEIGHTS_LOCKED_PHASES as readonly string[]).includes(data.cycle.phase)) {
      throw new UserError(vt('valActShortlist.weightsDecided'), 409);
    }
    const areaKeys = data.areas.map((a) => a.key);
    const given = Object.keys(input.areaWeights);
    const unknown = given.filter((k) => !areaKeys.includes(k));
    const missing = areaKeys.filter((k) => !given.includes(k));
    if (unknown.length > 0 || missing.length > 0) {
      throw new UserError(vt('valActShortlist.weightsMismatch'), 422);
    }
    const at = nowIso();
    const saved = writeTransaction(db, (tx) => {
      const stored = weightsToStored({ areaWeights: input.areaWeights, componentWeights: input.componentWeights });
      const row = insertWeightSet(tx, { cycleId: data.cycle.id, weights: stored, createdBy: user.id, createdAt: at });
      appendAudit(tx, {
        actorId: user.id,
        action: 'weights.saved',
        entity: 'weight_set',
        entityId: row.id,
        cycleId: data.cycle.id,
        before: data.weightSet ? { version: data.weightSet.version, weights: data.weightSet.weights } : null,
        after: { version: row.version, weights: row.weights },
        at,
      });
      return { id: row.id, version: row.version, createdAt: row.createdAt };
    });
    revalidatePath(`/arrangor/omgang/${data.cycle.id}/topplista`);
    return saved;
  },
});

/**
 * Records the current ranking (with the cycle's saved weights) as an audited snapshot.
 * There is no table for snapshots yet; the audit entry (append-only, hash-chained) holds it.
 */
export const saveRankingSnapshot = defineAction({
  name: 'shortlist.saveSnapshot',
  roles: ['organiser'],
  schema: snapshotSchema,
  handler: ({ user, input, db }) => {
    const data = dataOrThrow(db, input.cycleId);
    const at = nowIso();
    return writeTransaction(db, (tx) => {
      const { weightSet, snapshot } = snapshotWithWeightSet(tx, data, user.id, input.calibrated, at);
      appendAudit(tx, { actorId: user.id, action: 'ranking.snapshot', entity: 'cycle', entityId: data.cycle.id, cycleId: data.cycle.id, after: snapshot, at });
      return { weightSetVersion: weightSet.version, at };
    });
  },
});

/** Names exactly the chosen nominations as finalists (audited, with the ranking they were chosen from). */
export const markFinalists = defineAction({
  name: 'shortlist.markFinalists',
  roles: ['organiser'],
  schema: finalistsSchema,
  handler: ({ user, input, db }) => {
    const data = dataOrThrow(db, input.cycleId);
    const verdict = permits({ mode: data.cycle.mode, phase: data.cycle.phase, dates: {} }, 'name_finalists', new Date());
    if (!verdict.ok) throw new UserError(refusalText(verdict), 409);
    if (input.nominationIds.length === 0) throw new UserError(vt('valActShortlist.chooseFinalist'), 422, { nominationIds: vt('valActShortlist.chooseFinalist') });
    const valid = new Set(rankableNominations(db, data.cycle.id).map((n) => n.id));
    if (input.nominationIds.some((id) => !valid.has(id))) {
      throw new UserError(vt('valActShortlist.notInCycle'), 422);
    }
    const chosen = [...input.nominationIds].sort((a, b) => a - b);
    const at = nowIso();
    const named = writeTransaction(db, (tx) => {
      const { snapshot } = snapshotWithWeightSet(tx, data, user.id, true, at);
      const { before } = setFinalists(tx, data.cycle.id, chosen);
      appendAudit(tx, {
        actorId: user.id,
        action: 'finalists.named',
        entity: 'cycle',
        entityId: data.cycle.id,
        cycleId: data.cycle.id,
        before: { finalists: before },
        after: { finalists: chosen, ranking: snapshot },
        at,
      });
      // Naming the finalists moves them (the cycle) on to the interviews: the list is then fixed
      // and the jurors can write interview notes. The same move and audit entry as the phase page's.
      const move = canMovePhase(data.cycle.mode, data.cycle.phase, 'interviews');
      if (!move.ok) throw new UserError(refusalText(move), 409);
      updateCyclePhase(tx, data.cycle.id, 'interviews');
      appendAudit(tx, {
        actorId: user.id,
        action: 'cycle.phase_moved',
        entity: 'cycle',
        entityId: data.cycle.id,
        cycleId: data.cycle.id,
        before: { phase: data.cycle.phase },
        after: { phase: 'interviews', locks: whatMoveLocks(data.cycle.mode, data.cycle.phase, 'interviews'), reason: 'finalists.named' },
        at,
      });
      return { finalists: chosen, weightSetVersion: snapshot.weightSetVersion, phase: 'interviews' as const };
    });
    revalidatePath(`/arrangor/omgang/${data.cycle.id}`, 'layout');
    return named;
  },
});

/**
 * Records the jury's decision: the winner (one of the finalists), the rationale and the
 * ranking snapshot it was based on (with its weight set). One decision per cycle; only in
 * deliberation. Nothing of it is shown outside the organiser's pages before publication.
 */
export const recordDecision = defineAction({
  name: 'shortlist.recordDecision',
  roles: ['organiser'],
  schema: decisionSchema,
  handler: ({ user, input, db }) => {
    const data = dataOrThrow(db, input.cycleId);
    const verdict = permits({ mode: data.cycle.mode, phase: data.cycle.phase, dates: {} }, 'record_decision', new Date());
    if (!verdict.ok) throw new UserError(refusalText(verdict), 409);
    if (decisionOfCycle(db, data.cycle.id)) throw new UserError(vt('valActShortlist.decided'), 409);
    const winner = rankableNominations(db, data.cycle.id).find((n) => n.id === input.winnerNominationId);
    if (!winner) throw new UserError(vt('valActCommon.reloadTryAgain'), 422, { winnerNominationId: vt('valActShortlist.chooseMunicipality') });
    if (!winner.finalist) {
      throw new UserError(vt('valActShortlist.winnerFinalist'), 422, { winnerNominationId: vt('valActShortlist.chooseFinalistWinner') });
    }
    const at = nowIso();
    const decided = writeTransaction(db, (tx) => {
      const { snapshot } = snapshotWithWeightSet(tx, data, user.id, true, at);
      const id = insertDecision(tx, { cycleId: data.cycle.id, winnerNominationId: input.winnerNominationId, rationale: input.rationale, rankingSnapshot: snapshot, decidedBy: user.id, decidedAt: at });
      appendAudit(tx, {
        actorId: user.id,
        action: 'decision.recorded',
        entity: 'decision',
        entityId: id,
        cycleId: data.cycle.id,
        after: { winnerNominationId: input.winnerNominationId, rationale: input.rationale, weightSetVersion: snapshot.weightSetVersion, dataRevision: snapshot.dataRevision },
        at,
      });
      return { decisionId: id, at };
    });
    revalidatePath(`/arrangor/omgang/${data.cycle.id}/topplista`);
    return decided;
  },
});
