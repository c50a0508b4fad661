import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import { enableTotp, setPendingTotpSecret } from '@/db/queries/account';
import { hashPassword } from '@/lib/auth/password';
import { signInErrorCode, signInWithPassword } from '@/lib/auth/sign-in';
import { hashRecoveryCode, newRecoveryCodes, newTotpSecret, totpCodeAt, matchTotpStep } from '@/lib/auth/totp';
import { RATE_RULES } from '@/lib/security/rate-limit';
import { freshDatabase } from '../helpers/db';
import { auditActions } from '../mail/fixture';

const t = freshDatabase('sign-in');
afterAll(() => t.cleanup());
const PASSWORD = 'en lång och bra mening';
const secret = newTotpSecret();
const recovery = newRecoveryCodes();
let organiserId = 0;

beforeAll(async () => {
  const passwordHash = await hashPassword(PASSWORD);
  t.db.insert(users).values({ email: 'jury@example.org', name: 'Jury', role: 'juror', passwordHash, createdAt: 'x' }).run();
  organiserId = t.db.insert(users).values({ email: 'arr@example.org', name: 'Arr', role: 'organiser', passwordHash, createdAt: 'x' }).returning().get().id;
  t.db.insert(users).values({ email: 'demo@example.org', name: 'Demo', role: 'organiser', passwordHash, isDemo: true, createdAt: 'x' }).run();
  t.db.insert(users).values({ email: 'ny@example.org', name: 'Ny', role: 'organiser', passwordHash, createdAt: 'x' }).run();
  setPendingTotpSecret(t.db, organiserId, secret);
  enableTotp(t.db, organiserId, recovery.map(hashRecoveryCode), new Date().toISOString());
});

describe('sign-in with rate limits', () => {
  it('signs in with the right password and says whether an organiser still has to enrol', async () => {
    expect(await signInWithPassword(t.db, { email: 'jury@example.org', password: PASSWORD }, '1.1.1.1')).toMatchObject({ ok: true, user: { role: 'juror', needsTotpEnrolment: false } });
    expect(await signInWithPassword(t.db, { email: 'demo@example.org', password: PASSWORD }, '1.1.1.1')).toMatchObject({ ok: true, user: { needsTotpEnrolment: false } });
    expect(await signInWithPassword(t.db, { email: 'ny@example.org', password: PASSWORD }, '1.1.1.1')).toMatchObject({ ok: true, user: { needsTotpEnrolment: true } });
  });

  it('after 10 failed attempts on one account refuses even the right password, from any address, with the wait', async () => {
    for (let i = 0; i < RATE_RULES.signInAccount.points - 1; i++)
      expect(await signInWithPassword(t.db, { email: 'jury@example.org', password: `fel ${i}` }, `2.2.2.${i}`)).toEqual({ ok: false, reason: 'invalid' });
    const last = await signInWithPassword(t.db, { email: 'jury@example.org', password: 'fel igen' }, '2.2.2.99');
    expect(last).toMatchObject({ ok: false, reason: 'rate-limited' });
    const right = await signInWithPassword(t.db, { email: 'JURY@example.org', password: PASSWORD }, '3.3.3.3');
    expect(right).toMatchObject({ ok: false, reason: 'rate-limited' });
    if (right.ok || right.reason !== 'rate-limited') throw new Error('expected a refusal');
    expect(right.retryMs).toBeGreaterThan(14 * 60_000);
    expect(signInErrorCode(right)).toMatch(/^rate-limited:\d+$/);
  });

  it('limits one address trying many accounts', async () => {
    for (let i = 0; i < RATE_RULES.signInIp.points; i++) await signInWithPassword(t.db, { email: `x${i}@example.org`, password: 'fel fel fel' }, '6.6.6.6');
    expect(await signInWithPassword(t.db, { email: 'demo@example.org', password: PASSWORD }, '6.6.6.6')).toMatchObject({ reason: 'rate-limited' });
    expect(await signInWithPassword(t.db, { email: 'demo@example.org', password: PASSWORD }, '7.7.7.7')).toMatchObject({ ok: true });
  });
});

describe('two-factor sign-in (TOTP) for an organiser who enrolled', () => {
  it('asks for the code after a right password, and refuses a wrong code', async () => {
    expect(await signInWithPassword(t.db, { email: 'arr@example.org', password: PASSWORD }, '4.4.4.4')).toEqual({ ok: false, reason: 'code-required' });
    expect(await signInWithPassword(t.db, { email: 'arr@example.org', password: PASSWORD, code: '000000' }, '4.4.4.4')).toEqual({ ok: false, reason: 'code-invalid' });
    // A code without the right password tells nothing about the code.
    expect(await signInWithPassword(t.db, { email: 'arr@example.org', password: 'fel lösenord', code: totpCodeAt(secret, Date.now()) }, '4.4.4.4')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('accepts a code of the previous, current and next step (±1), never a code twice', async () => {
    const now = Date.now();
    const step = Math.floor(now / 30_000);
    expect(matchTotpStep(secret, totpCodeAt(secret, now - 30_000), now)).toBe(step - 1);
    expect(matchTotpStep(secret, totpCodeAt(secret, now + 30_000), now)).toBe(step + 1);
    expect(matchTotpStep(secret, totpCodeAt(secret, now - 90_000), now)).toBeNull();
    const code = totpCodeAt(secret, now);
    expect(await signInWithPassword(t.db, { email: 'arr@example.org', password: PASSWORD, code }, '4.4.4.4', now)).toMatchObject({ ok: true });
    // Replayed within its window: refused.
    expect(await signInWithPassword(t.db, { email: 'arr@example.org', password: PASSWORD, code }, '4.4.4.4', now + 5_000)).toEqual({ ok: false, reason: 'code-invalid' });
    // An older code, still inside the window, after a newer one was used: refused too.
    const older = totpCodeAt(secret, now - 30_000);
    expect(await signInWithPassword(t.db, { email: 'arr@example.org', password: PASSWORD, code: older }, '4.4.4.4', now)).toEqual({ ok: false, reason: 'code-invalid' });
    // The next step's code works.
    const next = totpCodeAt(secret, now + 30_000);
    expect(await signInWithPassword(t.db, { email: 'arr@example.org', password: PASSWORD, code: next }, '4.4.4.4', now + 30_000)).toMatchObject({ ok: true });
  });

  it('accepts a recovery code once (in any case, with or without the dash), and audits its use', async () => {
    const code = recovery[3];
    expect(await signInWithPassword(t.db, { email: 'arr@example.org', password: PASSWORD, code: code.toLowerCase().replace('-', '') }, '5.5.5.5')).toMatchObject({ ok: true });
    expect(await signInWithPassword(t.db, { email: 'arr@example.org', password: PASSWORD, code }, '5.5.5.5')).toEqual({ ok: false, reason: 'code-invalid' });
    const row = t.db.select().from(users).where(eq(users.id, organiserId)).get()!;
    expect(row.recoveryCodes).toHaveLength(9);
    expect(row.recoveryCodes).not.toContain(hashRecoveryCode(code));
    expect(auditActions(t.db)).toContain('auth.recoveryCodeUsed');
  });
});
