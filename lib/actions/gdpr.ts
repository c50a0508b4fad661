'use server';
/** GDPR: erasing a person (their export is a GET route, app/api/arrangor/personer/[id]/export). */
import { vt } from '@/lib/i18n/validation';
import { findPerson } from '@/lib/gdpr/person-data';
import { erasePerson } from '@/lib/gdpr/erase-person';
import { defineAction } from '@/lib/actions/define-action';
import { UserError } from '@/lib/errors';
import { erasePersonSchema } from '@/lib/validation/gdpr';

export const erasePersonAction = defineAction({
  name: 'people.erase',
  roles: ['organiser'],
  schema: erasePersonSchema,
  handler: ({ user, input, db }) => {
    const person = findPerson(db, input.userId);
    if (!person) throw new UserError(vt('valActGdpr.noPerson'), 404);
    if (person.name.trim().toLocaleLowerCase('sv') !== input.confirmName.trim().toLocaleLowerCase('sv')) {
      throw new UserError(vt('valActGdpr.nameMismatch'), 400, { confirmName: vt('valActGdpr.nameMismatchField') });
    }
    return erasePerson(db, { userId: person.id, actorId: user.id });
  },
});
