'use server';
/** Balanced assignment: preview (no change) and save (one transaction, audited). */
import { vt } from '@/lib/i18n/validation';
import { writeTransaction } from '@/db/client';
import { appendAudit } from '@/db/queries/audit';
import { deleteAssignmentsExcept, insertAssignment, setAssignmentPinned, updateCycleSettings } from '@/db/queries/assignments';
import { defineAction } from '@/lib/actions/define-action';
import { UserError } from '@/lib/errors';
import { assignmentPhaseRefusal, assignmentPreviewDto, computeAssignment } from '@/lib/loaders/assignment';
import { progressOfCycle, reminderDrafts } from '@/lib/loaders/progress';
import { sendMail } from '@/lib/mail/send';
import { nowIso } from '@/lib/time';
import { assignmentSchema, reminderSchema } from '@/lib/validation/assignment';

function dedupe<T extends { jurorId: number; nominationId: number }>(pairs: T[]): T[] {
  const seen = new Set<string>();
  return pairs.filter((p) => {
    const k = `${p.nominationId}:${p.jurorId}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Computes the assignment the organiser would save, without changing anything. */
export const previewAssignment = defineAction({
  name: 'assignments.preview',
  roles: ['organiser'],
  schema: assignmentSchema,
  handler: ({ input, db }) => {
    const computed = computeAssignment(db, input.cycleId, {
      jurorsPerNomination: input.jurorsPerNomination,
      pins: dedupe(input.pins),
      exclusions: dedupe(input.exclusions),
    });
    if (!computed) throw new UserError(vt('valActCommon.noCycle'), 404);
    return assignmentPreviewDto(computed);
  },
});

/**
 * Saves the assignment: recomputed inside the transaction from the same choices
 * (the function is deterministic, so it equals the preview unless the data
 * changed meanwhile), replacing every assignment of the cycle that is not pinned
 * or started, and remembering the exclusions and the target in cycles.settings.
 */
export const saveAssignment = defineAction({
  name: 'assignments.save',
  roles: ['organiser'],
  schema: assignmentSchema,
  handler: ({ user, input, db }) =>
    writeTransaction(db, (tx) => {
      const pins = dedupe(input.pins);
      const exclusions = dedupe(input.exclusions);
      const computed = computeAssignment(tx, input.cycleId, { jurorsPerNomination: input.jurorsPerNomination, pins, exclusions });
      if (!computed) throw new UserError(vt('valActCommon.noCycle'), 404);
      const refusal = assignmentPhaseRefusal(computed.cycle.phase);
      if (refusal) throw new UserError(refusal, 409);
      const key = (p: { jurorId: number; nominationId: number }) => `${p.nominationId}:${p.jurorId}`;
      const pinKeys = new Set(pins.map(key));
      const proposed = computed.result.assignments.map((a) => ({ jurorId: Number(a.jurorId), nominationId: Number(a.nominationId) }));
      const current = new Map(computed.current.map((a) => [key(a), a]));
      const keep = proposed.flatMap((p) => (current.has(key(p)) ? [current.get(key(p))!.id] : []));
      const removed = computed.current.filter((a) => !keep.includes(a.id)).map((a) => ({ jurorId: a.jurorId, nominationId: a.nominationId }));
      deleteAssignmentsExcept(tx, input.cycleId, keep);
      const at = nowIso();
      const added: { jurorId: number; nominationId: number }[] = [];
      for (const p of proposed) {
        const existing = current.get(key(p));
        const pinned = pinKeys.has(key(p));
        if (!existing) {
          insertAssignment(tx, { ...p, pinned, createdAt: at });
          added.push(p);
        } else if (existing.pinned !== pinned) setAssignmentPinned(tx, existing.id, pinned);
      }
      const settings = { ...computed.cycle.settings, assignment: { jurorsPerNomination: input.jurorsPerNomination, exclusions } };
      updateCycleSettings(tx, input.cycleId, settings);
      appendAudit(tx, {
        actorId: user.id,
        action: 'assignment.saved',
        entity: 'cycle',
        entityId: input.cycleId,
        cycleId: input.cycleId,
        before: { count: computed.current.length, pins: computed.current.filter((a) => a.pinned).length },
        after: {
          count: proposed.length,
          jurorsPerNomination: input.jurorsPerNomination,
          pins,
          exclusions,
          added,
          removed,
          short: computed.result.short.map((s) => ({ nominationId: s.nominationId, assigned: s.assigned, wanted: s.wanted })),
        },
        at,
      });
      return { count: proposed.length, added: added.length, removed: removed.length };
    }),
});

/** Sends a reminder to the chosen jurors who are behind; everyone chosen must still be behind. */
export const sendReminders = defineAction({
  name: 'reminders.send',
  roles: ['organiser'],
  schema: reminderSchema,
  handler: ({ user, input, db }) =>
    writeTransaction(db, (tx) => {
      const data = progressOfCycle(tx, input.cycleId);
      if (!data) throw new UserError(vt('valActCommon.noCycle'), 404);
      const drafts = new Map(reminderDrafts(data).map((d) => [d.jurorId, d]));
      const chosen = [...new Set(input.jurorIds)];
      const notBehind = chosen.filter((id) => !drafts.has(id));
      if (notBehind.length > 0)
        throw new UserError(vt('valActAssignments.reminderRefused'), 409);
      const at = nowIso();
      for (const id of chosen) sendMail(tx, drafts.get(id)!.message);
      appendAudit(tx, {
        actorId: user.id,
        action: 'reminder.sent',
        entity: 'cycle',
        entityId: input.cycleId,
        cycleId: input.cycleId,
        after: { jurors: chosen.map((id) => ({ jurorId: id, outstanding: drafts.get(id)!.outstanding })) },
        at,
      });
      return { sent: chosen.length };
    }),
});
