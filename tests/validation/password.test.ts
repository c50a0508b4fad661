import { describe, expect, it } from 'vitest';
import { acceptInvitationSchema } from '@/lib/validation/invitation';
import { changePasswordSchema, isCommonPassword, PASSWORD_MAX, PASSWORD_MIN, resetPasswordSchema } from '@/lib/validation/password';

const token = 'x'.repeat(43);
const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('the one password rule', () => {
  it('accepts 12 to 256 characters of anything, with no composition rules', () => {
    for (const password of ['korv med bröd och senap', 'a'.repeat(11) + 'b', 'ÅÄÖ åäö 🙂 lång fras', 'x'.repeat(PASSWORD_MAX - 1) + 'y'])
      expect(resetPasswordSchema.safeParse({ token, password, confirm: password }).success, password.slice(0, 20)).toBe(true);
  });

  it('refuses too short and too long with a Swedish message saying the limit', () => {
    const short = resetPasswordSchema.safeParse({ token, password: 'kort lösen', confirm: 'kort lösen' });
    expect(messages(short).password).toBe(`Välj ett lösenord med minst ${PASSWORD_MIN} tecken.`);
    const long = 'y'.repeat(PASSWORD_MAX) + 'z';
    expect(messages(resetPasswordSchema.safeParse({ token, password: long, confirm: long })).password).toMatch(/högst 256 tecken/);
  });

  it('refuses passwords from the shipped breach list, whatever the case, and one character repeated', () => {
    expect(isCommonPassword('Password1234')).toBe(true);
    expect(isCommonPassword('QWERTY123456')).toBe(true);
    expect(isCommonPassword('lösenord1234')).toBe(true);
    expect(isCommonPassword('aaaaaaaaaaaaaa')).toBe(true);
    expect(isCommonPassword('häst batteri häftklammer')).toBe(false);
    const r = resetPasswordSchema.safeParse({ token, password: 'password1234', confirm: 'password1234' });
    expect(messages(r).password).toMatch(/vanligaste lösenorden/);
  });

  it('is the same rule in every form that sets a password: invitation, reset, change', () => {
    const bad = { token, current: 'gammalt lösenord', password: 'qwerty123456', confirm: 'qwerty123456' };
    for (const schema of [acceptInvitationSchema, resetPasswordSchema, changePasswordSchema]) {
      const r = schema.safeParse(bad);
      expect(r.success).toBe(false);
      expect(messages(r as never).password).toMatch(/vanligaste/);
      const mismatch = schema.safeParse({ ...bad, password: 'en helt ny mening', confirm: 'en annan mening här' });
      expect(messages(mismatch as never).confirm).toMatch(/inte lika/);
    }
  });

  it('a change must differ from the current password', () => {
    const r = changePasswordSchema.safeParse({ current: 'samma långa fras', password: 'samma långa fras', confirm: 'samma långa fras' });
    expect(messages(r).password).toMatch(/annat lösenord/);
  });
});
