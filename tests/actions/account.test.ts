import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/session';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const { freshDatabase } = await import('../helpers/db');
const t = freshDatabase('account');
const { seedSmallCycle, asCurrent, auditActions } = await import('../mail/fixture');
const account = await import('@/lib/actions/account');
const cycles = await import('@/lib/actions/cycles');
const { accountById } = await import('@/db/queries/account');
const { createSession, findSessionUser } = await import('@/db/queries/users');
const { hashPassword } = await import('@/lib/auth/password');
const { authenticate } = await import('@/lib/auth/authenticate');
const { hashRecoveryCode, totpCodeAt } = await import('@/lib/auth/totp');
const { openTotpSecret } = await import('@/lib/auth/totp-secret');
const { MESSAGES } = await import('@/lib/errors');
const { closeDb } = await import('@/db/client');
afterAll(() => {
  closeDb();
  t.cleanup();
});

const fx = seedSmallCycle(t.db, { jurors: 1 });
const PASSWORD = 'nuvarande lång mening';
beforeAll(async () => {
  const hash = await hashPassword(PASSWORD);
  t.db.$client.prepare('update users set password_hash = ?').run(hash);
});

describe('two-factor enrolment for an organiser', () => {
  it('keeps a real organiser without TOTP out of every other action until enrolled', async () => {
    current.user = { ...asCurrent(fx.organiser), needsTotpEnrolment: true };
    expect(await cycles.createCycle({ year: 2031, name: 'X', mode: 'open_application' })).toEqual({ ok: false, error: MESSAGES.totpEnrolment });
  });

  it('enrols: a secret with a QR code, a first code confirms it, ten recovery codes stored hashed; old sessions end', async () => {
    current.user = { ...asCurrent(fx.organiser), needsTotpEnrolment: true };
    createSession(t.db, { id: 'before-totp', userId: fx.organiser.id, at: new Date().toISOString() });
    const started = await account.startTotpEnrolment({ start: true });
    if (!started.ok) throw new Error(started.error);
    expect(started.data.qrDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(started.data.qrDataUrl.split(',')[1], 'base64').toString()).toContain('<svg');
    const secret = started.data.secret.replace(/\s/g, '');
    const stored = accountById(t.db, fx.organiser.id)!;
    expect(stored).toMatchObject({ totpSecret: expect.stringMatching(/^v1:/), totpEnabledAt: null });
    expect(stored.totpSecret).not.toContain(secret);
    expect(openTotpSecret(fx.organiser.id, stored.totpSecret!)).toBe(secret);

    expect(await account.confirmTotpEnrolment({ code: '123456' === totpCodeAt(secret, Date.now()) ? '654321' : '123456' })).toMatchObject({
      ok: false,
      fieldErrors: { code: expect.stringMatching(/stämmer inte/) },
    });
    const code = totpCodeAt(secret, Date.now());
    const done = await account.confirmTotpEnrolment({ code: `${code.slice(0, 3)} ${code.slice(3)}` });
    if (!done.ok) throw new Error(done.error);
    expect(done.data.recoveryCodes).toHaveLength(10);
    expect(new Set(done.data.recoveryCodes).size).toBe(10);
    const row = accountById(t.db, fx.organiser.id)!;
    expect(row.totpEnabledAt).not.toBeNull();
    expect(row.recoveryCodes).toEqual(done.data.recoveryCodes.map(hashRecoveryCode));
    expect(JSON.stringify(row.recoveryCodes)).not.toContain(done.data.recoveryCodes[0]);
    expect(findSessionUser(t.db, 'before-totp')!.sessionVersion).toBe(row.sessionVersion);
    expect(row.sessionVersion).toBe(2);
    expect(auditActions(t.db)).toContain('totp.enabled');

    // The code used to confirm cannot be used again (renewing the recovery codes needs a fresh one).
    current.user = asCurrent(fx.organiser);
    expect(await account.renewRecoveryCodes({ code })).toMatchObject({ ok: false });
    expect(await account.startTotpEnrolment({ start: true })).toMatchObject({ ok: false, error: expect.stringMatching(/redan aktiverad/) });
  });
});

describe('changing one’s password', () => {
  it('refuses a wrong current password (counted as a failed sign-in) and a common new one', async () => {
    current.user = asCurrent(fx.jurors[0]);
    expect(await account.changePassword({ current: 'fel fel fel', password: 'en helt ny mening', confirm: 'en helt ny mening' })).toMatchObject({
      ok: false,
      fieldErrors: { current: expect.stringMatching(/stämmer inte/) },
    });
    const counted = t.db.$client.prepare("select points from rate_limits where key = 'rl:signInAccount:j1@example.org'").get() as { points: number };
    expect(counted.points).toBe(1);
    expect(await account.changePassword({ current: PASSWORD, password: 'password1234', confirm: 'password1234' })).toMatchObject({ ok: false, fieldErrors: { password: expect.stringMatching(/vanligaste/) } });
  });

  it('changes it, ends every session of the account (this one too), audited', async () => {
    current.user = asCurrent(fx.jurors[0]);
    createSession(t.db, { id: 'juror-1', userId: fx.jurors[0].id, at: new Date().toISOString() });
    const res = await account.changePassword({ current: PASSWORD, password: 'en helt ny mening', confirm: 'en helt ny mening' });
    expect(res).toEqual({ ok: true, data: { signedOut: true } });
    expect(findSessionUser(t.db, 'juror-1')).toBeUndefined();
    expect(accountById(t.db, fx.jurors[0].id)).toMatchObject({ sessionVersion: 2, passwordChangedAt: expect.any(String) });
    expect(await authenticate(t.db, { email: 'j1@example.org', password: 'en helt ny mening' })).not.toBeNull();
    expect(auditActions(t.db).at(-1)).toBe('password.changed');
  });
});
