'use server';
/**
 * Conflicts of interest. A conflict is absolute: recording one removes the
 * juror's assignment to the municipality's nomination in that cycle at once.
 *
 * Score sheets are never deleted here: a sheet the juror had started or even
 * submitted stays in the database (it is evidence of what happened, and the
 * conflict might be recorded by mistake), but it is excluded from every
 * aggregate by the conflict itself (db/queries/conflicts.ts conflictedSheetIds),
 * the juror can no longer open it (the policy answers 404), and the audit entry
 * and the organisers' notice name it.
 */
import { vt } from '@/lib/i18n/validation';
import { writeTransaction, type Db } from '@/db/client';
import { appendAudit } from '@/db/queries/audit';
import { cycleById } from '@/db/queries/assignments';
import {
  assignmentsHitByConflict,
  conflictById,
  deleteAssignments,
  deleteConflict,
  findConflict,
  insertConflict,
} from '@/db/queries/conflicts';
import { jurorRelation } from '@/db/queries/jury';
import { activeUsersByRole, municipalityByCode, userById } from '@/db/queries/people';
import { defineAction } from '@/lib/actions/define-action';
import type { CurrentUser } from '@/lib/auth/session';
import { permits } from '@/lib/domain/phases';
import { UserError } from '@/lib/errors';
import { appBaseUrl } from '@/lib/mail/config';
import { sendMail } from '@/lib/mail/send';
import { conflictNoticeMail } from '@/lib/mail/templates';
import { nowIso } from '@/lib/time';
import {
  declareConflictSchema,
  declareNominationConflictSchema,
  recordConflictSchema,
  removeConflictSchema,
} from '@/lib/validation/conflict';
import { refusalText } from '@/lib/i18n/refusal';

type NewConflict = { cycleId: number; jurorId: number; kommunkod: string; reason: string };

function applyConflict(tx: Db, actor: CurrentUser, c: NewConflict) {
  const cycle = cycleById(tx, c.cycleId);
  if (!cycle) throw new UserError(vt('valActCommon.noCycle'), 404);
  const now = new Date();
  const verdict = permits({ mode: cycle.mode, phase: cycle.phase, dates: {} }, 'declare_conflict', now);
  if (!verdict.ok) throw new UserError(refusalText(verdict), 409);
  const juror = userById(tx, c.jurorId);
  if (!juror || juror.role !== 'juror') throw new UserError(vt('valActConflicts.noJuror'), 404, { jurorId: vt('valActConflicts.chooseJuror') });
  const municipality = municipalityByCode(tx, c.kommunkod);
  if (!municipality)
    throw new UserError(vt('valActConflicts.unknownKommunkod', { code: c.kommunkod }), 422, {
      kommunkod: vt('valActConflicts.chooseMunicipality'),
    });
  if (findConflict(tx, c.cycleId, c.jurorId, c.kommunkod))
    throw new UserError(vt('valActConflicts.already', { juror: juror.name, municipality: municipality.name }), 409, { kommunkod: vt('valActConflicts.alreadyField') });

  const at = now.toISOString();
  const conflict = insertConflict(tx, { ...c, declaredBy: actor.id, createdAt: at });
  const hit = assignmentsHitByConflict(tx, c.cycleId, c.jurorId, c.kommunkod);
  deleteAssignments(
    tx,
    hit.map((h) => h.assignmentId),
  );
  const sheets = hit.filter((h) => h.sheetId !== null).map((h) => ({ sheetId: h.sheetId!, status: h.sheetStatus! }));
  const byJuror = actor.id === c.jurorId;
  appendAudit(tx, {
    actorId: actor.id,
    action: byJuror ? 'conflict.declared' : 'conflict.recorded',
    entity: 'conflict',
    entityId: conflict.id,
    cycleId: c.cycleId,
    after: { jurorId: c.jurorId, kommunkod: c.kommunkod, reason: c.reason, removedAssignments: hit.map((h) => h.nominationId), keptSheets: sheets },
    at,
  });
  for (const h of hit)
    appendAudit(tx, {
      actorId: actor.id,
      action: 'assignment.removed_by_conflict',
      entity: 'assignment',
      entityId: h.assignmentId,
      cycleId: c.cycleId,
      before: { nominationId: h.nominationId, jurorId: c.jurorId, pinned: h.pinned, sheetStatus: h.sheetStatus },
      after: null,
      at,
    });
  if (byJuror || hit.length > 0) {
    for (const organiser of activeUsersByRole(tx, 'organiser'))
      sendMail(
        tx,
        conflictNoticeMail({
          to: organiser.email,
          juror: juror.name,
          municipality: municipality.name,
          cycle: cycle.name,
          reason: c.reason,
          declaredBy: byJuror ? juror.name : actor.name,
          byJuror,
          removedAssignments: hit.length,
          sheets: sheets.map((s) => ({ status: s.status })),
          link: `${appBaseUrl()}/arrangor/omgang/${cycle.id}/jav`,
          locale: organiser.locale,
        }),
      );
  }
  return { id: conflict.id, removedAssignments: hit.length, keptSheets: sheets.length };
}

/** The organiser records a conflict for a juror. */
export const recordConflict = defineAction({
  name: 'conflicts.record',
  roles: ['organiser'],
  schema: recordConflictSchema,
  handler: ({ user, input, db }) => writeTransaction(db, (tx) => applyConflict(tx, user, input)),
});

/** A juror declares a conflict from the profile page. */
export const declareConflict = defineAction({
  name: 'conflicts.declare',
  roles: ['juror'],
  schema: declareConflictSchema,
  handler: ({ user, input, db }) => writeTransaction(db, (tx) => applyConflict(tx, user, { ...input, jurorId: user.id })),
});

/** A juror declares a conflict from a nomination they were assigned; the nomination disappears from their list. */
export const declareNominationConflict = defineAction({
  name: 'conflicts.declareOnNomination',
  roles: ['juror'],
  schema: declareNominationConflictSchema,
  handler: ({ user, input, db }) =>
    writeTransaction(db, (tx) => {
      const facts = jurorRelation(tx, user.id, input.nominationId);
      if (!facts || !facts.assigned || facts.conflicted) throw new UserError(vt('valActConflicts.notYours'), 404);
      return applyConflict(tx, user, { cycleId: facts.cycleId, jurorId: user.id, kommunkod: facts.kommunkod, reason: input.reason });
    }),
});

/**
 * The organiser removes a conflict recorded by mistake, with a reason. The
 * assignment is not restored: run the assignment again if the juror should read it.
 */
export const removeConflict = defineAction({
  name: 'conflicts.remove',
  roles: ['organiser'],
  schema: removeConflictSchema,
  handler: ({ user, input, db }) =>
    writeTransaction(db, (tx) => {
      const conflict = conflictById(tx, input.conflictId);
      if (!conflict) throw new UserError(vt('valActConflicts.noConflict'), 404);
      deleteConflict(tx, conflict.id);
      appendAudit(tx, {
        actorId: user.id,
        action: 'conflict.removed',
        entity: 'conflict',
        entityId: conflict.id,
        cycleId: conflict.cycleId,
        before: { jurorId: conflict.jurorId, kommunkod: conflict.kommunkod, reason: conflict.reason, declaredBy: conflict.declaredBy },
        after: { reason: input.reason },
        at: nowIso(),
      });
      return { id: conflict.id };
    }),
});
