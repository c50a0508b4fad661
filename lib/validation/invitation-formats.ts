/**
 * The column order of a pasted invitation list, as the form shows it; apart from the schemas
 * (lib/validation/invitation.ts re-exports it) so that the form does not send zod with the page.
 */
import type { InviteKind } from './invitation';

export const CSV_FORMATS: Record<InviteKind, string> = {
  juror: 'namn; organisation; e-post',
  municipality: 'e-post; kommunkod (fyra siffror); namn (frivilligt)',
};
