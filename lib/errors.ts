import { vt } from '@/lib/i18n/validation';

/**
 * An error whose message is written for the user (short, in their language, says what to do).
 * Anything else that is thrown is logged and shown as a general message.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 403 | 404 | 409 | 413 | 422 | 429 = 400,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** The general answers of every action, in the caller's language when read (valActErrors). */
export const MESSAGES = {
  get signedOut() {
    return vt('valActErrors.signedOut');
  },
  get forbidden() {
    return vt('valActErrors.forbidden');
  },
  get invalid() {
    return vt('valActErrors.invalid');
  },
  get totpEnrolment() {
    return vt('valActErrors.totpEnrolment');
  },
  get server() {
    return vt('valActErrors.server');
  },
};
