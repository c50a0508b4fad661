import { z } from 'zod';

/** Self-registration of a municipality contact for a cycle whose applications are open. */
export const registrationSchema = z.object({
  cycleId: z.coerce.number({ error: 'Välj omgång.' }).int().positive({ error: 'Välj omgång.' }),
  kommunkod: z.string().regex(/^\d{4}$/, { error: 'Välj er kommun i listan.' }),
  name: z.string().trim().min(2, { error: 'Skriv ditt namn.' }).max(120, { error: 'Namnet får vara högst 120 tecken.' }),
  title: z.string().trim().min(2, { error: 'Skriv din roll i kommunen, t.ex. kvalitetsstrateg.' }).max(120, { error: 'Rollen får vara högst 120 tecken.' }),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, { error: 'Skriv din e-postadress.' })
    .max(200, { error: 'E-postadressen är för lång.' })
    .pipe(z.email({ error: 'Skriv e-postadressen i formen namn@kommun.se.' })),
});

export type RegistrationInput = z.input<typeof registrationSchema>;

export const decideRegistrationSchema = z.object({
  cycleId: z.number().int().positive(),
  registrationId: z.number().int().positive(),
});
