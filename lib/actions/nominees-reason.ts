import { vt } from '@/lib/i18n/validation';
import 'server-only';
/**
 * Editing the reason of a nomination by key figures after nominating (the reason
 * the invitation and the municipality's page show). Audited with the text before
 * and after; a nomination that was declined keeps the reason it was declined with.
 */
import { revalidatePath } from 'next/cache';
import { writeTransaction } from '@/db/client';
import { appendAudit } from '@/db/queries/audit';
import { nominationWithCycle, updateNominationReason } from '@/db/queries/nominees';
import { UserError } from '@/lib/errors';
import { nowIso } from '@/lib/time';
import { editReasonSchema } from '@/lib/validation/nominees';
import { defineAction } from './define-action';

export const editNominationReason = defineAction({
  name: 'nominees.editReason',
  roles: ['organiser'],
  schema: editReasonSchema,
  handler: ({ user, input, db }) => {
    const out = writeTransaction(db, (tx) => {
      const n = nominationWithCycle(tx, input.nominationId);
      if (!n || n.mode !== 'key_figures' || n.reason === null) throw new UserError(vt('valActNominees.notFound'), 404);
      if (n.status === 'declined') throw new UserError(vt('valActNominees.declined', { municipality: n.municipality }), 409);
      if (n.reason === input.reason) return { cycleId: n.cycleId, changed: false };
      const at = nowIso();
      updateNominationReason(tx, n.id, input.reason, at);
      appendAudit(tx, {
        at,
        actorId: user.id,
        action: 'nomination.reason_edited',
        entity: 'nomination',
        entityId: n.id,
        cycleId: n.cycleId,
        before: { reason: n.reason },
        after: { reason: input.reason },
      });
      return { cycleId: n.cycleId, changed: true };
    });
    revalidatePath(`/arrangor/omgang/${out.cycleId}/nominerade`);
    revalidatePath('/kommun');
    return { changed: out.changed, reason: input.reason };
  },
});
