'use server';
/** The organiser's changes to an application (reopening a submitted one). */
import { defineAction } from '@/lib/actions/define-action';
import { reopenApplication } from '@/lib/applications/reopen';
import { setRequiredDocumentTypes } from '@/lib/applications/required-documents';
import { requiredDocumentsSchema, reopenApplicationSchema } from '@/lib/validation/application-admin';

export const reopenApplicationAction = defineAction({
  name: 'application.reopen',
  roles: ['organiser'],
  schema: reopenApplicationSchema,
  handler: ({ user, input, db }) => reopenApplication(db, { ...input, actorId: user.id }),
});

export const setRequiredDocumentsAction = defineAction({
  name: 'cycles.requiredDocuments',
  roles: ['organiser'],
  schema: requiredDocumentsSchema,
  handler: ({ user, input, db }) => setRequiredDocumentTypes(db, { ...input, actorId: user.id }),
});
