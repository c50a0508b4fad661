import { vk } from '@/lib/i18n/validation';
import { z } from 'zod';

/** A code from the authenticator app: six digits (spaces allowed, as apps show "123 456"). */
export const totpCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .transform((v) => v.replace(/\s+/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, { error: vk('valAccount.totpCode') })),
});
export type TotpCodeInput = z.input<typeof totpCodeSchema>;

/** Starting two-factor enrolment: an explicit yes, so a stray call with no input changes nothing. */
export const startTotpSchema = z.object({ start: z.literal(true) });
