/**
 * An error whose message is written for the user (short, Swedish, says what to do).
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

export const MESSAGES = {
  signedOut: 'Du är inte inloggad längre. Logga in igen – det du skrev finns kvar i formuläret.',
  forbidden: 'Du har inte behörighet att göra detta.',
  invalid: 'Kontrollera de markerade fälten och försök igen.',
  totpEnrolment: 'Aktivera tvåfaktorsinloggning under Konto → Tvåfaktorsinloggning innan du fortsätter.',
  server: 'Något gick fel på servern. Försök igen om en stund; kvarstår felet, kontakta arrangören.',
} as const;
