import { vt } from '@/lib/i18n/validation';
import 'server-only';
import { revalidatePath } from 'next/cache';
import { writeTransaction } from '@/db/client';
import { appendAudit } from '@/db/queries/audit';
import { cycleById } from '@/db/queries/cycles';
import { setCycleSetting } from '@/db/queries/reports';
import { UserError } from '@/lib/errors';
import { nowIso } from '@/lib/time';
import { feedbackReleaseSchema, pressQuoteSchema } from '@/lib/validation/reports';
import { defineAction } from './define-action';

/**
 * The two settings of the reports page. Each sets ONE key of cycles.settings (json_set, so
 * other keys — weights method, decisionVisibleToJurors … — are never overwritten), audited
 * with before and after in the same transaction.
 */

const exportPage = (cycleId: number) => `/arrangor/omgang/${cycleId}/export`;

export const savePressReleaseQuote = defineAction({
  name: 'reports.savePressQuote',
  roles: ['organiser'],
  schema: pressQuoteSchema,
  handler: ({ user, input, db }) => {
    const cycle = cycleById(db, input.cycleId);
    if (!cycle) throw new UserError(vt('valActCommon.noCycle'), 404);
    if (input.text === '' && input.by !== '') throw new UserError(vt('valActReports.quoteMissing'), 422, { text: vt('valActReports.quoteMissing') });
    const before = cycle.settings?.pressReleaseQuote ?? null;
    const after = input.text === '' ? null : { text: input.text, by: input.by };
    const at = nowIso();
    writeTransaction(db, (tx) => {
      setCycleSetting(tx, cycle.id, 'pressReleaseQuote', after);
      appendAudit(tx, { actorId: user.id, action: 'reports.pressQuoteSaved', entity: 'cycle', entityId: cycle.id, cycleId: cycle.id, before: { pressReleaseQuote: before }, after: { pressReleaseQuote: after }, at });
    });
    revalidatePath(exportPage(cycle.id));
    return { at };
  },
});

export const setFeedbackLettersReleased = defineAction({
  name: 'reports.releaseFeedbackLetters',
  roles: ['organiser'],
  schema: feedbackReleaseSchema,
  handler: ({ user, input, db }) => {
    const cycle = cycleById(db, input.cycleId);
    if (!cycle) throw new UserError(vt('valActCommon.noCycle'), 404);
    const before = cycle.settings?.feedbackLettersReleased === true;
    const at = nowIso();
    writeTransaction(db, (tx) => {
      setCycleSetting(tx, cycle.id, 'feedbackLettersReleased', input.released);
      appendAudit(tx, {
        actorId: user.id,
        action: input.released ? 'reports.feedbackLettersReleased' : 'reports.feedbackLettersWithdrawn',
        entity: 'cycle',
        entityId: cycle.id,
        cycleId: cycle.id,
        before: { feedbackLettersReleased: before },
        after: { feedbackLettersReleased: input.released },
        at,
      });
    });
    revalidatePath(exportPage(cycle.id));
    return { released: input.released, at };
  },
});
