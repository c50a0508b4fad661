import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '@/db/schema';
import { createSession, findSessionUser } from '@/db/queries/users';
import { authenticate } from '@/lib/auth/authenticate';
import { hashPassword } from '@/lib/auth/password';
import { RESET_MESSAGES, resetRequestedMessage, RESET_TTL_MS, requestPasswordReset, resetLinkState, resetPassword } from '@/lib/auth/password-reset';
import { hashToken } from '@/lib/mail/tokens';
import { freshDatabase } from '../helpers/db';
import { auditActions, dumpTables } from '../mail/fixture';

const t = freshDatabase('reset');
afterAll(() => t.cleanup());

const outbox = () => t.db.$client.prepare('select "to", subject, body from outbox order by id').all() as { to: string; subject: string; body: string }[];
const tokenFromMail = (body: string) => /\/aterstall\/([A-Za-z0-9_-]+)/.exec(body)![1];
let userId = 0;

beforeAll(async () => {
  const passwordHash = await hashPassword('det gamla lösenordet');
  userId = t.db.insert(users).values({ email: 'jury@example.org', name: 'Jana Jury', role: 'juror', passwordHash, createdAt: 'x' }).returning().get().id;
  t.db.insert(users).values({ email: 'borta@example.org', name: 'Borta', role: 'juror', passwordHash, active: false, createdAt: 'x' }).run();
});

describe('asking for a reset link', () => {
  it('answers the same for an existing, an unknown and a deactivated address; only the existing one gets a mail', async () => {
    const a = await requestPasswordReset(t.db, { email: 'Jury@Example.org' }, '10.0.0.1');
    const b = await requestPasswordReset(t.db, { email: 'ingen@example.org' }, '10.0.0.1');
    const c = await requestPasswordReset(t.db, { email: 'borta@example.org' }, '10.0.0.1');
    expect(a).toEqual({ ok: true, data: { message: resetRequestedMessage() } });
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    const mails = outbox();
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toBe('jury@example.org');
    expect(mails[0].body).toMatch(/gäller i 30 minuter/);
    expect(auditActions(t.db)).toEqual(['password.resetRequested']);
  });

  it('stores only the SHA-256 of the token, with a 30-minute expiry', () => {
    const token = tokenFromMail(outbox()[0].body);
    const row = t.db.$client.prepare('select token_hash, expires_at, created_at from password_resets').get() as { token_hash: string; expires_at: string; created_at: string };
    expect(row.token_hash).toBe(hashToken(token));
    // The token exists only in the mail (the outbox is the mail when no SMTP is set up).
    const { outbox: _mail, ...rest } = dumpTables(t.db);
    expect(_mail).toHaveLength(1);
    expect(JSON.stringify(rest)).not.toContain(token);
    expect(Date.parse(row.expires_at) - Date.parse(row.created_at)).toBe(RESET_TTL_MS);
  });

  it('is rate limited per address asked for, with the same message for known and unknown addresses', async () => {
    await requestPasswordReset(t.db, { email: 'jury@example.org' }, '10.0.0.2');
    await requestPasswordReset(t.db, { email: 'jury@example.org' }, '10.0.0.3');
    const known = await requestPasswordReset(t.db, { email: 'jury@example.org' }, '10.0.0.4');
    expect(known).toMatchObject({ ok: false, error: expect.stringMatching(/^För många försök\. Försök igen om \d+ minuter\.$/) });
    await requestPasswordReset(t.db, { email: 'ingen@example.org' }, '10.0.0.2');
    await requestPasswordReset(t.db, { email: 'ingen@example.org' }, '10.0.0.3');
    const unknown = await requestPasswordReset(t.db, { email: 'ingen@example.org' }, '10.0.0.4');
    expect(unknown).toEqual(known);
  });
});

describe('choosing a new password from the link', () => {
  it('works once: the password changes, every session ends, audited; the link is then used', async () => {
    const token = tokenFromMail(outbox().at(-1)!.body);
    expect(outbox()).toHaveLength(3);
    // Only the newest link counts: asking again retired the older ones.
    expect(resetLinkState(t.db, tokenFromMail(outbox()[0].body))).toBe('used');
    createSession(t.db, { id: 'sid-reset', userId, at: new Date().toISOString() });
    const res = await resetPassword(t.db, { token, password: 'en ny lång mening', confirm: 'en ny lång mening' }, '10.1.0.1');
    expect(res).toEqual({ ok: true, data: { email: 'jury@example.org' } });
    expect(await authenticate(t.db, { email: 'jury@example.org', password: 'en ny lång mening' })).not.toBeNull();
    expect(await authenticate(t.db, { email: 'jury@example.org', password: 'det gamla lösenordet' })).toBeNull();
    expect(findSessionUser(t.db, 'sid-reset')).toBeUndefined();
    expect(auditActions(t.db).at(-1)).toBe('password.reset');
    const again = await resetPassword(t.db, { token, password: 'ännu en ny mening', confirm: 'ännu en ny mening' }, '10.1.0.1');
    expect(again).toMatchObject({ ok: false, error: RESET_MESSAGES.used });
  });

  it('refuses an expired link (after 30 minutes) and an unknown one', async () => {
    await requestPasswordReset(t.db, { email: 'jury@example.org' }, '10.9.0.1').catch(() => undefined);
    // The account is rate limited by now: make a link directly at a known time instead.
    const now = Date.now();
    const { insertPasswordReset } = await import('@/db/queries/account');
    insertPasswordReset(t.db, { userId, tokenHash: hashToken('t'.repeat(43)), expiresAt: new Date(now + RESET_TTL_MS).toISOString(), createdAt: new Date(now).toISOString() });
    const body = { token: 't'.repeat(43), password: 'en tredje lång mening', confirm: 'en tredje lång mening' };
    expect(resetLinkState(t.db, body.token, now + RESET_TTL_MS - 1000)).toBe('valid');
    expect(await resetPassword(t.db, body, '10.1.0.2', now + RESET_TTL_MS + 1)).toMatchObject({ ok: false, error: RESET_MESSAGES.expired });
    expect(await resetPassword(t.db, { ...body, token: 'u'.repeat(43) }, '10.1.0.2')).toMatchObject({ ok: false, error: RESET_MESSAGES.unknown });
  });

  it('refuses a common password with the shared rule', async () => {
    const res = await resetPassword(t.db, { token: 't'.repeat(43), password: 'password1234', confirm: 'password1234' }, '10.1.0.3');
    expect(res).toMatchObject({ ok: false, fieldErrors: { password: expect.stringMatching(/vanligaste/) } });
  });
});
