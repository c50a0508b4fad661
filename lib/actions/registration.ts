import 'server-only';
import { getDb } from '@/db/client';
import { MESSAGES, UserError } from '@/lib/errors';
import { actionLocale, runInLocale } from '@/lib/i18n/server-locale';
import { decideRegistration, registerSelf } from '@/lib/registration/registrations';
import { decideRegistrationSchema, registrationSchema } from '@/lib/validation/registration';
import { defineAction, fieldErrorsOf, type ActionResult } from './define-action';

/**
 * A municipality contact registers for an open cycle. Not a defineAction: the caller
 * has no session yet (like accepting an invitation). It parses with zod and checks
 * the phase; the write and its audit entry are one transaction.
 */
export async function registerMunicipalityContact(raw: unknown): Promise<ActionResult<{ id: number }>> {
  // The field errors come in the visitor's language (the kk-locale cookie).
  return runInLocale(await actionLocale(null), () => register(raw));
}

function register(raw: unknown): ActionResult<{ id: number }> {
  const parsed = registrationSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: MESSAGES.invalid, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    return { ok: true, data: registerSelf(getDb(), parsed.data, new Date()) };
  } catch (err) {
    if (err instanceof UserError) return { ok: false, error: err.message, fieldErrors: err.fieldErrors };
    console.error('[action registration.register]', err);
    return { ok: false, error: MESSAGES.server };
  }
}

export const approveRegistration = defineAction({
  name: 'registration.approve',
  roles: ['organiser'],
  schema: decideRegistrationSchema,
  handler: ({ user, input, db }) => decideRegistration(db, user.id, input, 'approved', new Date()),
});

export const rejectRegistration = defineAction({
  name: 'registration.reject',
  roles: ['organiser'],
  schema: decideRegistrationSchema,
  handler: ({ user, input, db }) => decideRegistration(db, user.id, input, 'rejected', new Date()),
});
