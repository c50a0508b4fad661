'use server';
/** The organiser's changes to an application (reopening a submitted one). */
import { defineAction } from '@/lib/actions/define-action';
import { reopenApplication } from '@/lib/applications/reopen';
import { reopenApplicationSchema } from '@/lib/validation/application-admin';

export const reopenApplicationAction = defineAction({
  name: 'application.reopen',
  roles: ['organiser'],
  schema: reopenApplicationSchema,
  handler: ({ user, input, db }) => reopenApplication(db, { ...input, actorId: user.id }),
});
