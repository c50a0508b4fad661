/**
 * The organiser sets which document types an application must include before it
 * can be submitted (`cycles.settings.requiredDocumentTypes`). Changeable until
 * the review starts; a change applies to submissions from then on. Audited.
 */
import { eq } from 'drizzle-orm';
import { writeTransaction, type Db } from '@/db/client';
import { appendAudit } from '@/db/queries/audit';
import { cycleById } from '@/db/queries/cycles';
import { cycles, type DocumentType } from '@/db/schema';
import { UserError } from '@/lib/errors';
import { vt } from '@/lib/i18n/validation';
import { nowIso } from '@/lib/time';
import { requiredDocumentTypesOf } from '@/lib/validation/application';

const EDITABLE_PHASES = new Set(['draft', 'screening', 'applications_open']);

export function setRequiredDocumentTypes(db: Db, input: { cycleId: number; types: DocumentType[]; actorId: number }, now = new Date()): { types: DocumentType[] } {
  return writeTransaction(db, (tx) => {
    const cycle = cycleById(tx, input.cycleId);
    if (!cycle) throw new UserError(vt('valActCommon.noCycle'), 404);
    if (!EDITABLE_PHASES.has(cycle.phase)) throw new UserError(vt('valActApplication.requirementsLocked'), 409);
    const before = requiredDocumentTypesOf(cycle.settings);
    const types = [...new Set(input.types)];
    tx.update(cycles).set({ settings: { ...cycle.settings, requiredDocumentTypes: types } }).where(eq(cycles.id, cycle.id)).run();
    appendAudit(tx, { actorId: input.actorId, action: 'cycle.required_documents', entity: 'cycle', entityId: cycle.id, cycleId: cycle.id, before, after: types, at: nowIso(now) });
    return { types };
  });
}
