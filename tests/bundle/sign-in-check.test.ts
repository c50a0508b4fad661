import { describe, expect, it } from 'vitest';
import { checkSignIn, type SignInValues } from '@/components/forms/sign-in-check';
import { signInSchema } from '@/lib/validation/sign-in';

/** What zod says about each field of the sign-in schema: the first issue code per field, as the form showed it. */
function zodErrors(values: SignInValues): Record<string, string> {
  const result = signInSchema.safeParse(values);
  const out: Record<string, string> = {};
  if (!result.success) for (const issue of result.error.issues) out[String(issue.path[0])] ??= issue.code;
  return out;
}

describe('the sign-in form’s checks in the browser', () => {
  const cases: SignInValues[] = [
    { email: '', password: '', code: '' },
    { email: '   ', password: 'x', code: '' },
    { email: 'anna@example.org', password: 'hemligt', code: '' },
    { email: '  anna@example.org  ', password: 'hemligt', code: ' 123456 ' },
    { email: 'anna', password: 'x', code: '' },
    { email: 'anna@example', password: 'x', code: '' },
    { email: 'anna..b@example.org', password: 'x', code: '' },
    { email: '.anna@example.org', password: 'x', code: '' },
    { email: 'a.b+c@sub.example.se', password: 'x', code: '' },
    { email: 'åsa@example.org', password: 'x', code: '' },
    { email: 'anna@example.org', password: 'x'.repeat(256), code: '' },
    { email: 'anna@example.org', password: 'x'.repeat(257), code: '' },
    { email: 'anna@example.org', password: 'x', code: 'K'.repeat(32) },
    { email: 'anna@example.org', password: 'x', code: 'K'.repeat(33) },
  ];

  it('refuse exactly what the server’s schema refuses, for the same reason', () => {
    for (const values of cases) expect(checkSignIn(values), JSON.stringify(values)).toEqual(zodErrors(values));
  });
});
