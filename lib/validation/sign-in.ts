import { z } from 'zod';
import { PASSWORD_MAX } from './password';

/** The sign-in form, used by the form in the browser and by the server. */
export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, { error: 'Fyll i din e-postadress.' })
    .pipe(z.email({ error: 'Skriv e-postadressen i formen namn@exempel.se.' })),
  password: z.string().min(1, { error: 'Fyll i ditt lösenord.' }).max(PASSWORD_MAX, { error: 'Lösenordet är för långt.' }),
  /** The six digits of the authenticator app, or a recovery code; asked for only when the account has two-factor sign-in. */
  code: z
    .string()
    .trim()
    .max(32, { error: 'Koden är för lång.' })
    .optional()
    .transform((v) => (v ? v : undefined)),
});

export type SignInInput = z.input<typeof signInSchema>;
