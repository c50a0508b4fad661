import { z } from 'zod';
import { kommunkodSchema } from './invitation';

const reason = z
  .string()
  .trim()
  .min(3, { error: 'Skriv kort varför du har jäv (minst tre tecken), t.ex. ”bor i kommunen”.' })
  .max(500, { error: 'Skälet är för långt (högst 500 tecken).' });

const id = (message: string) => z.coerce.number({ error: message }).int({ error: message }).positive({ error: message });

/** The organiser records a conflict for a juror in a cycle. */
export const recordConflictSchema = z.object({
  cycleId: id('Omgången saknas.'),
  jurorId: id('Välj en jurymedlem.'),
  kommunkod: kommunkodSchema,
  reason,
});
export type RecordConflictInput = z.input<typeof recordConflictSchema>;

/** A juror declares a conflict from the profile: a municipality of the official list and why. */
export const declareConflictSchema = z.object({
  cycleId: id('Välj omgång.'),
  kommunkod: kommunkodSchema,
  reason,
});
export type DeclareConflictInput = z.input<typeof declareConflictSchema>;

/** A juror declares a conflict from a nomination they were assigned. */
export const declareNominationConflictSchema = z.object({
  nominationId: id('Nomineringen saknas.'),
  reason,
  confirm: z.literal(true, { error: 'Bekräfta att du har jäv mot kommunen.' }),
});
export type DeclareNominationConflictInput = z.input<typeof declareNominationConflictSchema>;

export const removeConflictSchema = z.object({
  conflictId: id('Jävet saknas.'),
  reason: z
    .string()
    .trim()
    .min(3, { error: 'Skriv varför jävet tas bort (minst tre tecken).' })
    .max(500, { error: 'Skälet är för långt (högst 500 tecken).' }),
});
export type RemoveConflictInput = z.input<typeof removeConflictSchema>;
