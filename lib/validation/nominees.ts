import { z } from 'zod';
import { kommunkodSchema } from './invitation';
import { embargoSchema } from './publication';

/** The forms of nominating by key figures, shared by the browser and the server. */

const id = z.coerce.number().int().positive();

export const REASON_MAX = 600;

const reason = z
  .string()
  .trim()
  .min(10, { error: 'Skriv skälet till nomineringen (minst tio tecken).' })
  .max(REASON_MAX, { error: `Skälet får vara högst ${REASON_MAX} tecken.` });

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
    .min(1, { error: 'Välj minst en kommun att nominera.' })
    .max(50, { error: 'Högst 50 kommuner åt gången.' }),
  /** Required when the choice differs from the proposal (top N of the run). */
  changeReason: z
    .string()
    .trim()
    .max(1000, { error: 'Motiveringen får vara högst 1 000 tecken.' })
    .optional()
    .transform((v) => v || undefined),
});
export type NominateInput = z.input<typeof nominateSchema>;

export const inviteNomineeSchema = z.object({
  nominationId: id,
  email: z
    .string()
    .trim()
    .max(254, { error: 'E-postadressen är för lång.' })
    .optional()
    .transform((v) => (v ? v.toLowerCase() : undefined))
    .pipe(z.email({ error: 'Skriv e-postadressen i formen namn@exempel.se.' }).optional()),
  name: z
    .string()
    .trim()
    .max(120, { error: 'Namnet är för långt (högst 120 tecken).' })
    .optional()
    .transform((v) => v || undefined),
});
export type InviteNomineeInput = z.input<typeof inviteNomineeSchema>;

export const respondNominationSchema = z.object({
  nominationId: id,
  response: z.enum(['accept', 'decline'], { error: 'Välj om ni tackar ja eller nej.' }),
  reason: z
    .string()
    .trim()
    .max(1000, { error: 'Skälet får vara högst 1 000 tecken.' })
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
    .min(10, { error: 'Skriv varför kommunen får hedersomnämnandet (minst tio tecken).' })
    .max(1000, { error: 'Motiveringen får vara högst 1 000 tecken.' }),
});
export type ChooseDevelopmentInput = z.input<typeof chooseDevelopmentSchema>;
