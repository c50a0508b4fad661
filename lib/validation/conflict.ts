import { vk, type ValKey } from '@/lib/i18n/validation';
import { z } from 'zod';
import { kommunkodSchema } from './invitation';

const reason = z
  .string()
  .trim()
  .min(3, { error: vk('valConflict.reasonMin') })
  .max(500, { error: vk('valConflict.reasonTooLong') });

const id = (key: ValKey) => z.coerce.number({ error: vk(key) }).int({ error: vk(key) }).positive({ error: vk(key) });

/** The organiser records a conflict for a juror in a cycle. */
export const recordConflictSchema = z.object({
  cycleId: id('valCommon.cycleMissing'),
  jurorId: id('valConflict.chooseJuror'),
  kommunkod: kommunkodSchema,
  reason,
});
export type RecordConflictInput = z.input<typeof recordConflictSchema>;

/** A juror declares a conflict from the profile: a municipality of the official list and why. */
export const declareConflictSchema = z.object({
  cycleId: id('valCommon.chooseCycle'),
  kommunkod: kommunkodSchema,
  reason,
});
export type DeclareConflictInput = z.input<typeof declareConflictSchema>;

/** A juror declares a conflict from a nomination they were assigned. */
export const declareNominationConflictSchema = z.object({
  nominationId: id('valCommon.nominationMissing'),
  reason,
  confirm: z.literal(true, { error: vk('valConflict.confirm') }),
});
export type DeclareNominationConflictInput = z.input<typeof declareNominationConflictSchema>;

export const removeConflictSchema = z.object({
  conflictId: id('valConflict.conflictMissing'),
  reason: z
    .string()
    .trim()
    .min(3, { error: vk('valConflict.removeReason') })
    .max(500, { error: vk('valConflict.reasonTooLong') }),
});
export type RemoveConflictInput = z.input<typeof removeConflictSchema>;
