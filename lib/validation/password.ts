import { vk } from '@/lib/i18n/validation';
import { z } from 'zod';
import { COMMON_PASSWORDS } from './common-passwords';
import { PASSWORD_MAX, PASSWORD_MIN } from './password-limits';

/**
 * The one password rule, for every form that sets a password (invitation,
 * reset, change): 12 to 256 characters, any characters, no composition rules
 * (NIST SP 800-63B §3.1.1.2), and not one of the passwords most used in breaches.
 */
export { PASSWORD_MAX, PASSWORD_MIN };

const COMMON = new Set(COMMON_PASSWORDS.map((p) => p.toLowerCase()));

/** True for a password from the shipped breach list, or one character repeated. */
export function isCommonPassword(password: string): boolean {
  const p = password.trim().toLowerCase();
  if (COMMON.has(p)) return true;
  return p.length > 0 && new Set(p).size === 1;
}

export const newPasswordField = z
  .string()
  .min(PASSWORD_MIN, { error: vk('valPassword.min', { min: PASSWORD_MIN }) })
  .max(PASSWORD_MAX, { error: vk('valPassword.max', { max: PASSWORD_MAX }) })
  .refine((p) => !isCommonPassword(p), {
    error: vk('valPassword.common'),
  });

export const PASSWORD_HINT = `Minst ${PASSWORD_MIN} tecken. En mening med några ord är lätt att minnas och svår att gissa.`;

/** A new password typed twice: spread into a form's z.object, then `.refine(...sameTwice)`. */
export const passwordPair = {
  password: newPasswordField,
  confirm: z.string().min(1, { error: vk('valPassword.confirm') }),
};
export const sameTwice: [(v: { password: string; confirm: string }) => boolean, { path: string[]; error: () => string }] = [
  (v) => v.password === v.confirm,
  { path: ['confirm'], error: vk('valPassword.mismatch') },
];

const token = z.string().trim().min(20, { error: vk('valCommon.linkIncomplete') }).max(200);

/** Choosing a password from an e-mailed reset link. */
export const resetPasswordSchema = z.object({ token, ...passwordPair }).refine(...sameTwice);
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

/** A signed-in user changes their password; the current one is asked for. */
export const changePasswordSchema = z
  .object({
    current: z.string().min(1, { error: vk('valPassword.current') }).max(PASSWORD_MAX, { error: vk('valCommon.passwordTooLong') }),
    ...passwordPair,
  })
  .refine(...sameTwice)
  .refine((v) => v.current !== v.password, { path: ['password'], error: vk('valPassword.different') });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

/** Asking for a reset link. */
export const requestResetSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, { error: vk('valCommon.yourEmailRequired') })
    .max(254, { error: vk('valCommon.emailTooLong') })
    .pipe(z.email({ error: vk('valCommon.emailFormat') }))
    .transform((v) => v.toLowerCase()),
});
export type RequestResetInput = z.input<typeof requestResetSchema>;
