'use server';
/** Deactivating and reactivating a person. Deactivation ends every session at its next request. */
import { vt } from '@/lib/i18n/validation';
import { writeTransaction } from '@/db/client';
import { appendAudit } from '@/db/queries/audit';
import { setUserActive, userById } from '@/db/queries/people';
import { defineAction } from '@/lib/actions/define-action';
import { UserError } from '@/lib/errors';
import { nowIso } from '@/lib/time';
import { personIdSchema } from '@/lib/validation/people';

export const deactivatePerson = defineAction({
  name: 'people.deactivate',
  roles: ['organiser'],
  schema: personIdSchema,
  handler: ({ user, input, db }) =>
    writeTransaction(db, (tx) => {
      const person = userById(tx, input.userId);
      if (!person) throw new UserError(vt('valActGdpr.noPerson'), 404);
      if (person.id === user.id) throw new UserError('Du kan inte inaktivera ditt eget konto.', 409);
      if (!person.active) throw new UserError(vt('valActPeople.alreadyInactive', { name: person.name }), 409);
      setUserActive(tx, person.id, false);
      appendAudit(tx, {
        actorId: user.id,
        action: 'user.deactivated',
        entity: 'user',
        entityId: person.id,
        before: { active: true, sessionVersion: person.sessionVersion },
        after: { active: false, sessionVersion: person.sessionVersion + 1 },
        at: nowIso(),
      });
      return { id: person.id };
    }),
});

export const reactivatePerson = defineAction({
  name: 'people.reactivate',
  roles: ['organiser'],
  schema: personIdSchema,
  handler: ({ user, input, db }) =>
    writeTransaction(db, (tx) => {
      const person = userById(tx, input.userId);
      if (!person) throw new UserError(vt('valActGdpr.noPerson'), 404);
      if (person.active) throw new UserError(vt('valActPeople.alreadyActive', { name: person.name }), 409);
      setUserActive(tx, person.id, true);
      appendAudit(tx, {
        actorId: user.id,
        action: 'user.reactivated',
        entity: 'user',
        entityId: person.id,
        before: { active: false, sessionVersion: person.sessionVersion },
        after: { active: true, sessionVersion: person.sessionVersion + 1 },
        at: nowIso(),
      });
      return { id: person.id };
    }),
});
