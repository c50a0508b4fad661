import { vk } from '@/lib/i18n/validation';
import { z } from 'zod/mini';
import { PASSWORD_MAX } from './password-limits';

/**
 * The sign-in form, used by the form in the browser and by the server. Written with
 * zod/mini (the same zod, functional checks) because the sign-in page is the first page
 * everyone loads: it keeps zod's full method API out of that page's JavaScript.
 */
export const signInSchema = z.object({
  email: z.pipe(
    z.string().check(z.trim(), z.minLength(1, { error: vk('valCommon.yourEmailRequired') })),
    z.email({ error: vk('valCommon.emailFormat') }),
  ),
  password: z.string().check(z.minLength(1, { error: vk('valSignIn.password') }), z.maxLength(PASSWORD_MAX, { error: vk('valCommon.passwordTooLong') })),
  /** The six digits of the authenticator app, or a recovery code; asked for only when the account has two-factor sign-in. */
  code: z.pipe(
    z.optional(z.string().check(z.trim(), z.maxLength(32, { error: vk('valSignIn.codeTooLong') }))),
    z.transform((v: string | undefined) => (v ? v : undefined)),
  ),
});

export type SignInInput = z.input<typeof signInSchema>;
