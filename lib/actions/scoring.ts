import { vt } from '@/lib/i18n/validation';
import 'server-only';
import { writeTransaction, type Db } from '@/db/client';
import { appendAudit } from '@/db/queries/audit';
import { jurorRelation } from '@/db/queries/jury';
import { findUserLocale } from '@/db/queries/preferences';
import {
  areaInCycle,
  createSheet,
  criteriaOfCycle,
  cycleStateOf,
  lockRubricIfOpen,
  markReopened,
  markSubmitted,
  queueMessage,
  scoresOfSheet,
  scoringContextOf,
  sheetOf,
  sheetWithOwner,
  upsertInterviewNote,
  upsertScoreFast,
  scoreBefore,
  scoreSaveFacts,
  sheetStateOf,
} from '@/db/queries/scoring';
import { defineAction } from '@/lib/actions/define-action';
import type { CurrentUser } from '@/lib/auth/session';
import { permits, type Activity } from '@/lib/domain/phases';
import { canOnNomination } from '@/lib/domain/policies';
import { criterionState, refuseScore, sheetCompleteness, type Scale, type ScoreInput } from '@/lib/domain/scoring';
import { UserError } from '@/lib/errors';
import { reopenSheetMail } from '@/lib/mail/templates';
import { nowIso } from '@/lib/time';
import { interviewNoteSchema, reopenSheetSchema, saveScoreSchema, submitSheetSchema } from '@/lib/validation/scoring';
import type { z } from 'zod';
import { refusalText } from '@/lib/i18n/refusal';

/** One score as the schema hands it on (defaults filled in). */
export type SaveScoreData = z.infer<typeof saveScoreSchema>;

/** The refusals of the scoring actions, in the caller's language when read. */
export const SCORING_MESSAGES = {
  get notFound() {
    return vt('valActScoring.notFound');
  },
  get locked() {
    return vt('valActScoring.locked');
  },
  get stale() {
    return vt('valActScoring.stale');
  },
  get unknownCriterion() {
    return vt('valActScoring.unknownCriterion');
  },
  get unknownArea() {
    return vt('valActScoring.unknownArea');
  },
  get nothingScored() {
    return vt('valActScoring.nothingScored');
  },
  get notFinalist() {
    return vt('valActScoring.notFinalist');
  },
  get notSubmitted() {
    return vt('valActScoring.notSubmitted');
  },
  get reopenPhase() {
    return vt('valActScoring.reopenPhase');
  },
  get sheetMissing() {
    return vt('valActScoring.sheetMissing');
  },
};

/**
 * The guard of every juror action on a nomination: it exists, the juror is
 * assigned and has no conflict (404 otherwise, so nothing leaks), and the phase
 * (with its dates) permits the activity.
 */
function guardJuror(db: Db, user: CurrentUser, nominationId: number, activity: Activity, now: Date) {
  const facts = jurorRelation(db, user.id, nominationId);
  const context = scoringContextOf(db, nominationId);
  if (!facts || !context) throw new UserError(SCORING_MESSAGES.notFound, 404);
  const decision = canOnNomination(user, 'score', facts);
  if (!decision.ok) throw new UserError(decision.status === 404 ? SCORING_MESSAGES.notFound : decision.reason, decision.status);
  const verdict = permits(cycleStateOf(db, context), activity, now);
  if (!verdict.ok) throw new UserError(refusalText(verdict), 409);
  return context;
}

const scaleOf = (c: { scaleMin: number; scaleMax: number }): Scale => ({ min: c.scaleMin, max: c.scaleMax });

/**
 * Autosaves one criterion's score (value or "kan inte bedöma", and a comment). The hot path
 * of the gala week: the checks read one prepared statement (nomination, assignment, conflict,
 * own sheet, criterion, phase dates), then one short transaction writes the score and its
 * audit entry. No revalidatePath: the workspace keeps its own state, nothing is re-rendered.
 * Called after the session, role and zod checks: by the server action below and by the
 * autosave route POST /api/jury/poang (app/api/jury/poang/route.ts). Refuses with a UserError.
 */
export function saveOneScore(db: Db, user: CurrentUser, input: SaveScoreData) {
  const now = new Date();
  const at = nowIso(now);
  const facts = scoreSaveFacts(db, { nominationId: input.nominationId, jurorId: user.id, criterionId: input.criterionId });
  if (!facts) throw new UserError(SCORING_MESSAGES.notFound, 404);
  const decision = canOnNomination(user, 'score', facts.relation);
  if (!decision.ok) throw new UserError(decision.status === 404 ? SCORING_MESSAGES.notFound : decision.reason, decision.status);
  const verdict = permits(facts.state, 'score', now);
  if (!verdict.ok) throw new UserError(refusalText(verdict), 409);
  if (!facts.criterionInCycle) throw new UserError(SCORING_MESSAGES.unknownCriterion, 422);
  const scale = scaleOf(facts);
  const score: ScoreInput = { value: input.value, cannotAssess: input.cannotAssess, comment: input.comment };
  const refusal = refuseScore(scale, score);
  if (refusal) throw new UserError(refusal.message, 422, { [refusal.field]: refusal.message });
  return writeTransaction(db, (tx) => {
    let sheet = sheetStateOf(tx, input.nominationId, user.id);
    if (sheet?.status === 'submitted') throw new UserError(SCORING_MESSAGES.locked, 409);
    if ((sheet?.revision ?? 0) !== input.revision) throw new UserError(SCORING_MESSAGES.stale, 409);
    sheet ??= createSheet(tx, { nominationId: input.nominationId, jurorId: user.id, at });
    const before = scoreBefore(tx, sheet.id, input.criterionId) ?? null;
    upsertScoreFast(tx, { sheetId: sheet.id, criterionId: input.criterionId, ...score, at });
    appendAudit(tx, {
      actorId: user.id,
      action: 'score.saved',
      entity: 'score',
      entityId: `${sheet.id}:${input.criterionId}`,
      cycleId: facts.cycleId,
      before,
      after: score,
      at,
    });
    return { savedAt: at, revision: sheet.revision, state: criterionState(scale, score) };
  });
}

export const saveScore = defineAction({
  name: 'scoring.saveScore',
  roles: ['juror'],
  schema: saveScoreSchema,
  handler: ({ user, input, db }) => saveOneScore(db, user, input),
});

/** Submits a complete sheet, which locks it (and, the first time in a cycle, the rubric). */
export const submitSheet = defineAction({
  name: 'scoring.submitSheet',
  roles: ['juror'],
  schema: submitSheetSchema,
  handler: ({ user, input, db }) => {
    const now = new Date();
    const at = nowIso(now);
    const context = guardJuror(db, user, input.nominationId, 'submit_score_sheet', now);
    const criteria = criteriaOfCycle(db, context.cycleId);
    return writeTransaction(db, (tx) => {
      const sheet = sheetOf(tx, input.nominationId, user.id);
      if (!sheet) throw new UserError(SCORING_MESSAGES.nothingScored, 422);
      if (sheet.status === 'submitted') throw new UserError(SCORING_MESSAGES.locked, 409);
      if (sheet.revision !== input.revision) throw new UserError(SCORING_MESSAGES.stale, 409);
      const given = new Map(scoresOfSheet(tx, sheet.id).map((s) => [s.criterionId, s]));
      const completeness = sheetCompleteness(scaleOf(context), criteria.map((c) => c.id), given);
      if (!completeness.complete) {
        const title = new Map(criteria.map((c) => [c.id, c.title]));
        const fieldErrors: Record<string, string> = {};
        for (const m of completeness.missing)
          fieldErrors[`kriterium-${m.criterionId}`] = vt(m.reason === 'missing' ? 'valActScoring.criterionMissing' : 'valActScoring.commentMissing', { title: title.get(m.criterionId) ?? '' });
        const n = completeness.missing.length;
        throw new UserError(vt('valActScoring.incomplete', { count: n }), 422, fieldErrors);
      }
      markSubmitted(tx, sheet.id, at);
      lockRubricIfOpen(tx, context.cycleId, at);
      appendAudit(tx, {
        actorId: user.id,
        action: 'score_sheet.submitted',
        entity: 'score_sheet',
        entityId: sheet.id,
        cycleId: context.cycleId,
        before: { status: sheet.status, revision: sheet.revision },
        after: { status: 'submitted', revision: sheet.revision + 1, nominationId: input.nominationId },
        at,
      });
      return { submittedAt: at, revision: sheet.revision + 1 };
    });
  },
});

/** The organiser opens a submitted sheet again, with a reason the juror is told. */
export const reopenSheet = defineAction({
  name: 'scoring.reopenSheet',
  roles: ['organiser'],
  schema: reopenSheetSchema,
  handler: ({ user, input, db }) => {
    const at = nowIso();
    const found = sheetWithOwner(db, input.sheetId);
    if (!found) throw new UserError(SCORING_MESSAGES.sheetMissing, 404);
    const context = scoringContextOf(db, found.sheet.nominationId);
    if (!context || context.phase !== 'review') throw new UserError(SCORING_MESSAGES.reopenPhase, 409);
    return writeTransaction(db, (tx) => {
      const sheet = sheetOf(tx, found.sheet.nominationId, found.sheet.jurorId);
      if (!sheet || sheet.status !== 'submitted') throw new UserError(SCORING_MESSAGES.notSubmitted, 409);
      markReopened(tx, sheet.id, input.reason, at);
      // In the juror's own language (users.locale).
      const mail = reopenSheetMail({ to: found.jurorEmail, name: found.jurorName, municipality: found.municipality, reason: input.reason, locale: findUserLocale(tx, sheet.jurorId) });
      queueMessage(tx, { ...mail, at });
      appendAudit(tx, {
        actorId: user.id,
        action: 'score_sheet.reopened',
        entity: 'score_sheet',
        entityId: sheet.id,
        cycleId: context.cycleId,
        before: { status: sheet.status, revision: sheet.revision },
        after: { status: 'in_progress', revision: sheet.revision + 1, reason: input.reason, jurorId: sheet.jurorId },
        at,
      });
      return { revision: sheet.revision + 1 };
    });
  },
});

/** A juror's notes on one area of a finalist's interview (autosaved like scores). */
export const saveInterviewNote = defineAction({
  name: 'scoring.saveInterviewNote',
  roles: ['juror'],
  schema: interviewNoteSchema,
  handler: ({ user, input, db }) => {
    const now = new Date();
    const at = nowIso(now);
    const context = guardJuror(db, user, input.nominationId, 'write_interview_notes', now);
    if (!context.finalist) throw new UserError(SCORING_MESSAGES.notFinalist, 409);
    if (!areaInCycle(db, input.areaId, context.cycleId)) throw new UserError(SCORING_MESSAGES.unknownArea, 422);
    const refusal = input.score === null ? null : refuseScore(scaleOf(context), { value: input.score, cannotAssess: false, comment: '' });
    if (refusal) throw new UserError(refusal.message, 422, { score: refusal.message });
    return writeTransaction(db, (tx) => {
      const note = {
        nominationId: input.nominationId,
        jurorId: user.id,
        areaId: input.areaId,
        interviewedRoles: input.interviewedRoles,
        interviewDate: input.interviewDate === '' ? null : input.interviewDate,
        observations: input.observations,
        strengths: input.strengths,
        concerns: input.concerns,
        score: input.score,
        at,
      };
      const { id } = upsertInterviewNote(tx, note);
      appendAudit(tx, {
        actorId: user.id,
        action: 'interview_note.saved',
        entity: 'interview_note',
        entityId: id,
        cycleId: context.cycleId,
        after: { ...note, at: undefined },
        at,
      });
      return { savedAt: at };
    });
  },
});
