/**
 * TOTP secrets at rest: the column holds AES-256-GCM ciphertext, never the
 * secret; sign-in with a code still works; a plain secret from before is sealed
 * on its next use (and by the start-up sweep); a changed key or a row copied to
 * another account does not open, and then a recovery code still signs in.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import { accountById, enableTotp, sealPlainTotpSecrets, setPendingTotpSecret } from '@/db/queries/account';
import { hashPassword } from '@/lib/auth/password';
import { signInWithPassword } from '@/lib/auth/sign-in';
import { hashRecoveryCode, newRecoveryCodes, newTotpSecret, totpCodeAt } from '@/lib/auth/totp';
import { isSealedTotpSecret, openTotpSecret, sealTotpSecret } from '@/lib/auth/totp-secret';
import { freshDatabase } from '../helpers/db';

const t = freshDatabase('totp-secret');
afterAll(() => t.cleanup());
const PASSWORD = 'en lång och bra mening';
const savedKey = process.env.TOTP_ENCRYPTION_KEY;
afterEach(() => {
  if (savedKey === undefined) delete process.env.TOTP_ENCRYPTION_KEY;
  else process.env.TOTP_ENCRYPTION_KEY = savedKey;
});

let passwordHash = '';
beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});

function organiser(email: string): number {
  return t.db.insert(users).values({ email, name: 'Arr', role: 'organiser', passwordHash, createdAt: 'x' }).returning().get().id;
}
const column = (id: number) => t.db.select({ s: users.totpSecret }).from(users).where(eq(users.id, id)).get()!.s!;

describe('sealing a TOTP secret', () => {
  it('stores v1:iv:tag:ciphertext without the secret, a fresh IV each time, and opens it again', () => {
    const secret = newTotpSecret();
    const a = sealTotpSecret(7, secret);
    const b = sealTotpSecret(7, secret);
    expect(a).toMatch(/^v1:[\w-]{16}:[\w-]{22}:[\w-]+$/);
    expect(a).not.toContain(secret);
    expect(a).not.toBe(b);
    expect(openTotpSecret(7, a)).toBe(secret);
    expect(openTotpSecret(7, b)).toBe(secret);
  });

  it('does not open for another user, with a changed byte, a cut tag, or another key', () => {
    const secret = newTotpSecret();
    const sealed = sealTotpSecret(7, secret);
    expect(openTotpSecret(8, sealed)).toBeNull();
    const [v, iv, tag, ct] = sealed.split(':');
    const flipped = (ct[0] === 'A' ? 'B' : 'A') + ct.slice(1);
    expect(openTotpSecret(7, [v, iv, tag, flipped].join(':'))).toBeNull();
    expect(openTotpSecret(7, [v, iv, tag.slice(0, 6), ct].join(':'))).toBeNull();
    expect(openTotpSecret(7, 'v2:a:b:c')).toBeNull();
    process.env.TOTP_ENCRYPTION_KEY = 'a separate key for two-factor secrets, long enough';
    expect(openTotpSecret(7, sealed)).toBeNull();
    const withOwnKey = sealTotpSecret(7, secret);
    expect(openTotpSecret(7, withOwnKey)).toBe(secret);
    delete process.env.TOTP_ENCRYPTION_KEY;
    expect(openTotpSecret(7, withOwnKey)).toBeNull();
  });
});

describe('TOTP secrets in the database', () => {
  it('the column never holds the secret, and sign-in with a code from the app works', async () => {
    const id = organiser('sealed@example.org');
    const secret = newTotpSecret();
    setPendingTotpSecret(t.db, id, secret);
    enableTotp(t.db, id, newRecoveryCodes().map(hashRecoveryCode), new Date().toISOString());
    expect(isSealedTotpSecret(column(id))).toBe(true);
    expect(column(id)).not.toContain(secret);
    expect(JSON.stringify(t.db.$client.prepare('select * from users').all())).not.toContain(secret);
    const now = Date.now();
    expect(await signInWithPassword(t.db, { email: 'sealed@example.org', password: PASSWORD, code: '000000' === totpCodeAt(secret, now) ? '111111' : '000000' }, '9.9.9.1', now)).toEqual({
      ok: false,
      reason: 'code-invalid',
    });
    expect(await signInWithPassword(t.db, { email: 'sealed@example.org', password: PASSWORD, code: totpCodeAt(secret, now) }, '9.9.9.1', now)).toMatchObject({ ok: true });
  });

  it('a plain secret from before still signs in, and is sealed on that use', async () => {
    const id = organiser('plain@example.org');
    const secret = newTotpSecret();
    t.db.update(users).set({ totpSecret: secret, totpEnabledAt: new Date().toISOString(), recoveryCodes: [] }).where(eq(users.id, id)).run();
    const now = Date.now();
    expect(await signInWithPassword(t.db, { email: 'plain@example.org', password: PASSWORD, code: totpCodeAt(secret, now) }, '9.9.9.2', now)).toMatchObject({ ok: true });
    expect(isSealedTotpSecret(column(id))).toBe(true);
    expect(openTotpSecret(id, column(id))).toBe(secret);
    // And the next code still works with the sealed secret.
    expect(await signInWithPassword(t.db, { email: 'plain@example.org', password: PASSWORD, code: totpCodeAt(secret, now + 30_000) }, '9.9.9.2', now + 30_000)).toMatchObject({
      ok: true,
    });
  });

  it('the start-up sweep seals every plain secret left, and leaves sealed ones alone', () => {
    const a = organiser('sweep-a@example.org');
    const b = organiser('sweep-b@example.org');
    const secretA = newTotpSecret();
    t.db.update(users).set({ totpSecret: secretA }).where(eq(users.id, a)).run();
    setPendingTotpSecret(t.db, b, newTotpSecret());
    const sealedB = column(b);
    expect(sealPlainTotpSecrets(t.db)).toBe(1);
    expect(openTotpSecret(a, column(a))).toBe(secretA);
    expect(column(b)).toBe(sealedB);
    expect(sealPlainTotpSecrets(t.db)).toBe(0);
    const plainLeft = t.db.$client.prepare("select count(*) as n from users where totp_secret is not null and totp_secret not like 'v1:%'").get() as { n: number };
    expect(plainLeft.n).toBe(0);
  });

  it('a secret that no longer opens (key changed) refuses app codes, but a recovery code still signs in', async () => {
    const id = organiser('rotated@example.org');
    const secret = newTotpSecret();
    const recovery = newRecoveryCodes();
    setPendingTotpSecret(t.db, id, secret);
    enableTotp(t.db, id, recovery.map(hashRecoveryCode), new Date().toISOString());
    process.env.TOTP_ENCRYPTION_KEY = 'the key was changed since enrolment, long enough';
    const now = Date.now();
    expect(await signInWithPassword(t.db, { email: 'rotated@example.org', password: PASSWORD, code: totpCodeAt(secret, now) }, '9.9.9.3', now)).toEqual({ ok: false, reason: 'code-invalid' });
    expect(await signInWithPassword(t.db, { email: 'rotated@example.org', password: PASSWORD, code: recovery[0] }, '9.9.9.3', now)).toMatchObject({ ok: true });
    expect(accountById(t.db, id)!.totpSecret).toMatch(/^v1:/);
  });
});
