import { z } from 'zod';

/** A code from the authenticator app: six digits (spaces allowed, as apps show "123 456"). */
export const totpCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .transform((v) => v.replace(/\s+/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, { error: 'Skriv de sex siffrorna som appen visar just nu.' })),
});
export type TotpCodeInput = z.input<typeof totpCodeSchema>;

/** Starting two-factor enrolment: an explicit yes, so a stray call with no input changes nothing. */
export const startTotpSchema = z.object({ start: z.literal(true) });
