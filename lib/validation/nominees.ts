import { vk } from '@/lib/i18n/validation';
import { z } from 'zod';
import { kommunkodSchema } from './invitation';
import { embargoSchema } from './publication';

/** The forms of nominating by key figures, shared by the browser and the server. */

const id = z.coerce.number().int().positive();

// Shown by the forms, so apart from the schemas (zod-free).
export { REASON_MAX } from './nominee-limits';
import { REASON_MAX } from './nominee-limits';

const reason = z
  .string()
  .trim()
  .min(10, { error: vk('valNominees.reasonMin') })
  .max(REASON_MAX, { error: vk('valNominees.reasonMax', { max: REASON_MAX }) });

/** Editing a nomination's reason afterwards: the same rules as when nominating. */
export const editReasonSchema = z.object({ nominationId: id, reason });
export type EditReasonInput = z.input<typeof editReasonSchema>;

/** The instant the nominees become public: date and time in Stockholm (seconds optional), read exactly as the results' embargo. */
export const announceSchema = embargoSchema;
export type AnnounceInput = z.input<typeof announceSchema>;

export const clearAnnouncementSchema = z.object({ cycleId: id });

export const nominateSchema = z.object({
  cycleId: id,
  runId: id,
  nominees: z
    .array(z.object({ kommunkod: kommunkodSchema, reason }))
    .min(1, { error: vk('valNominees.nomineesMin') })
    .max(50, { error: vk('valNominees.nomineesMax') }),
  /** Required when the choice differs from the proposal (top N of the run). */
  changeReason: z
    .string()
    .trim()
    .max(1000, { error: vk('valCommon.motivation1000') })
    .optional()
    .transform((v) => v || undefined),
});
export type NominateInput = z.input<typeof nominateSchema>;

export const inviteNomineeSchema = z.object({
  nominationId: id,
  email: z
    .string()
    .trim()
    .max(254, { error: vk('valCommon.emailTooLong') })
    .optional()
    .transform((v) => (v ? v.toLowerCase() : undefined))
    .pipe(z.email({ error: vk('valCommon.emailFormat') }).optional()),
  name: z
    .string()
    .trim()
    .max(120, { error: vk('valCommon.nameTooLong120') })
    .optional()
    .transform((v) => v || undefined),
});
export type InviteNomineeInput = z.input<typeof inviteNomineeSchema>;

export const respondNominationSchema = z.object({
  nominationId: id,
  response: z.enum(['accept', 'decline'], { error: vk('valNominees.response') }),
  reason: z
    .string()
    .trim()
    .max(1000, { error: vk('valCommon.reason1000') })
    .optional()
    .transform((v) => v || undefined),
});
export type RespondNominationInput = z.input<typeof respondNominationSchema>;

export const chooseDevelopmentSchema = z.object({
  cycleId: id,
  kommunkod: kommunkodSchema,
  reason: z
    .string()
    .trim()
    .min(10, { error: vk('valNominees.developmentReason') })
    .max(1000, { error: vk('valCommon.motivation1000') }),
});
export type ChooseDevelopmentInput = z.input<typeof chooseDevelopmentSchema>;
