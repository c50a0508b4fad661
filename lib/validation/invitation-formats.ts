/**
 * The columns of a pasted invitation list, in order, as the form shows them; apart from the
 * schemas (lib/validation/invitation.ts re-exports them) so that the form does not send zod
 * with the page. Their names are the file format (the same in every language); a note on a
 * column (orgInvite.columnNotes) is said in the reader's language.
 */
import type { InviteKind } from './invitation';

export const CSV_COLUMNS: Record<InviteKind, readonly { name: string; note?: 'fourDigits' | 'optional' }[]> = {
  juror: [{ name: 'namn' }, { name: 'organisation' }, { name: 'e-post' }],
  municipality: [{ name: 'e-post' }, { name: 'kommunkod', note: 'fourDigits' }, { name: 'namn', note: 'optional' }],
};
