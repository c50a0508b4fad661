import { z } from 'zod';

/** The sign-in form, used by the form in the browser and by the server. */
export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, { error: 'Fyll i din e-postadress.' })
    .pipe(z.email({ error: 'Skriv e-postadressen i formen namn@exempel.se.' })),
  password: z.string().min(1, { error: 'Fyll i ditt lösenord.' }).max(200, { error: 'Lösenordet är för långt.' }),
});

export type SignInInput = z.infer<typeof signInSchema>;
