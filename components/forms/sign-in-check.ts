import { PASSWORD_MAX } from '@/lib/validation/password-limits';

/**
 * The sign-in form's checks in the browser, the same as lib/validation/sign-in.ts (which the
 * server applies) without loading zod or a form library on the page everyone loads first.
 * tests/bundle/sign-in-check.test.ts checks that both agree. Each error is the zod issue code
 * the schema would give, so the form shows the same message as before.
 */
export type SignInValues = { email: string; password: string; code: string };
export type SignInErrors = Partial<Record<keyof SignInValues, 'too_small' | 'too_big' | 'invalid_format'>>;

/** zod 4's default e-mail pattern (zod/v4/core/regexes.js `email`). */
const EMAIL = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
export const CODE_MAX = 32;

export function checkSignIn(values: SignInValues): SignInErrors {
  const errors: SignInErrors = {};
  const email = values.email.trim();
  if (email.length < 1) errors.email = 'too_small';
  else if (!EMAIL.test(email)) errors.email = 'invalid_format';
  if (values.password.length < 1) errors.password = 'too_small';
  else if (values.password.length > PASSWORD_MAX) errors.password = 'too_big';
  if (values.code.trim().length > CODE_MAX) errors.code = 'too_big';
  return errors;
}
