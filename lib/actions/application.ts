import { vt } from '@/lib/i18n/validation';
import 'server-only';
import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { writeTransaction, type Db } from '@/db/client';
import { documentById, documentCountAndBytes, referencesToFile } from '@/db/queries/applications';
import { appendAudit } from '@/db/queries/audit';
import { documentsOf } from '@/db/queries/nominations';
import { documents, nominations } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/session';
import { editableNomination } from '@/lib/applications/access';
import { UserError } from '@/lib/errors';
import { filePath } from '@/lib/storage/files';
import { nowIso } from '@/lib/time';
import {
  deleteDocumentSchema,
  missingForSubmission,
  requiredDocumentTypesOf,
  normalizeAnswers,
  saveDraftSchema,
  submitApplicationSchema,
  type ApplicationAnswers,
} from '@/lib/validation/application';
import { defineAction } from './define-action';

/** The refusals of these actions, in the caller's language when read. */
export const APPLICATION_MESSAGES = {
  get stale() {
    return vt('valActApplication.stale');
  },
  get incomplete() {
    return vt('valActApplication.incomplete');
  },
};

/** A timestamp strictly after `previous`, so every save gets a new version. */
function nextVersion(previous: string, now: Date): string {
  const at = nowIso(now);
  return at > previous ? at : new Date(Date.parse(previous) + 1).toISOString();
}

function changedKeys(before: ApplicationAnswers, after: ApplicationAnswers): string[] {
  const keys: string[] = [];
  if (JSON.stringify(before.contacts) !== JSON.stringify(after.contacts)) keys.push('contacts');
  for (const k of Object.keys(after.selfDescription) as (keyof ApplicationAnswers['selfDescription'])[])
    if (before.selfDescription[k] !== after.selfDescription[k]) keys.push(`selfDescription.${k}`);
  if (before.goals !== after.goals) keys.push('goals');
  if (before.followUp !== after.followUp) keys.push('followUp');
  if (JSON.stringify(before.keyFacts) !== JSON.stringify(after.keyFacts)) keys.push('keyFacts');
  return keys;
}

export function saveDraftInDb(
  db: Db,
  user: CurrentUser,
  input: { nominationId: number; expectedUpdatedAt: string; answers: ApplicationAnswers },
  now: Date,
): { updatedAt: string } {
  return writeTransaction(db, (tx) => {
    const n = editableNomination(tx, user, input.nominationId, 'edit_application', now);
    if (n.updatedAt !== input.expectedUpdatedAt) throw new UserError(APPLICATION_MESSAGES.stale, 409);
    const before = normalizeAnswers(n.answers);
    const changed = changedKeys(before, input.answers);
    if (changed.length === 0) return { updatedAt: n.updatedAt };
    const updatedAt = nextVersion(n.updatedAt, now);
    tx.update(nominations)
      .set({ answers: input.answers, updatedAt, status: 'draft' })
      .where(eq(nominations.id, n.id))
      .run();
    appendAudit(tx, {
      at: nowIso(now),
      actorId: user.id,
      action: 'application.save_draft',
      entity: 'nomination',
      entityId: n.id,
      cycleId: n.cycleId,
      after: { changed },
    });
    return { updatedAt };
  });
}

export function submitApplicationInDb(
  db: Db,
  user: CurrentUser,
  input: { nominationId: number; expectedUpdatedAt: string },
  now: Date,
): { submittedAt: string } {
  return writeTransaction(db, (tx) => {
    const n = editableNomination(tx, user, input.nominationId, 'submit_application', now);
    if (n.updatedAt !== input.expectedUpdatedAt) throw new UserError(APPLICATION_MESSAGES.stale, 409);
    const { count } = documentCountAndBytes(tx, n.id);
    const present = documentsOf(tx, n.id).map((d) => d.type);
    const missing = missingForSubmission(normalizeAnswers(n.answers), count, { present, required: requiredDocumentTypesOf(n.settings) });
    if (missing.length > 0) {
      throw new UserError(APPLICATION_MESSAGES.incomplete, 422, Object.fromEntries(missing.map((m) => [m.field, m.message])));
    }
    const submittedAt = nowIso(now);
    tx.update(nominations)
      .set({ status: 'submitted', submittedAt, updatedAt: nextVersion(n.updatedAt, now) })
      .where(eq(nominations.id, n.id))
      .run();
    appendAudit(tx, {
      at: submittedAt,
      actorId: user.id,
      action: 'application.submit',
      entity: 'nomination',
      entityId: n.id,
      cycleId: n.cycleId,
      before: { status: n.status },
      after: { status: 'submitted', documents: count },
    });
    return { submittedAt };
  });
}

export function deleteDocumentInDb(db: Db, user: CurrentUser, input: { documentId: number }, now: Date): { deleted: number } {
  const removed = writeTransaction(db, (tx) => {
    const doc = documentById(tx, input.documentId);
    if (!doc) throw new UserError(vt('valActApplication.documentMissing'), 404);
    let n;
    try {
      n = editableNomination(tx, user, doc.nominationId, 'upload_document', now);
    } catch (err) {
      // Never tell a stranger that the document exists.
      if (err instanceof UserError && err.status === 404) throw new UserError(vt('valActApplication.documentMissing'), 404);
      throw err;
    }
    tx.delete(documents).where(eq(documents.id, doc.id)).run();
    appendAudit(tx, {
      at: nowIso(now),
      actorId: user.id,
      action: 'document.delete',
      entity: 'document',
      entityId: doc.id,
      cycleId: n.cycleId,
      before: { title: doc.title, type: doc.type, sha256: doc.sha256, sizeBytes: doc.sizeBytes, nominationId: doc.nominationId },
    });
    return { sha256: doc.sha256, unused: referencesToFile(tx, doc.sha256) === 0 };
  });
  if (removed.unused) fs.rmSync(filePath(removed.sha256), { force: true });
  return { deleted: input.documentId };
}

export const saveDraft = defineAction({
  name: 'application.saveDraft',
  roles: ['municipality'],
  schema: saveDraftSchema,
  handler: ({ user, input, db }) => saveDraftInDb(db, user, input, new Date()),
});

export const submitApplication = defineAction({
  name: 'application.submit',
  roles: ['municipality'],
  schema: submitApplicationSchema,
  handler: ({ user, input, db }) => submitApplicationInDb(db, user, input, new Date()),
});

export const deleteDocument = defineAction({
  name: 'application.deleteDocument',
  roles: ['municipality'],
  schema: deleteDocumentSchema,
  handler: ({ user, input, db }) => deleteDocumentInDb(db, user, input, new Date()),
});
