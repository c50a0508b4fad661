import { writeTransaction, type Db } from '@/db/client';
import { insertPasswordReset, markPasswordResetUsed, passwordResetByTokenHash, retireUnusedResets, revokeUserSessions, setPasswordHash } from '@/db/queries/account';
import { appendAudit } from '@/db/queries/audit';
import { userById } from '@/db/queries/people';
import { findUserByEmail } from '@/db/queries/users';
import { fieldErrorsOf, type ActionResult } from '@/lib/actions/define-action';
import { MESSAGES, UserError } from '@/lib/errors';
import { vt } from '@/lib/i18n/validation';
import { appBaseUrl } from '@/lib/mail/config';
import { sendMail } from '@/lib/mail/send';
import { hashToken, newToken } from '@/lib/mail/tokens';
import { takeAttempt, tooManyAttemptsMessage } from '@/lib/security/rate-limit';
import { requestResetSchema, resetPasswordSchema } from '@/lib/validation/password';
import { hashPassword } from './password';
import { passwordResetMail } from './reset-mail';

/** A reset link lives 30 minutes. */
export const RESET_TTL_MS = 30 * 60 * 1000;

/** Why a reset link cannot be used, in the reader's language when read (valEntry). */
export const RESET_MESSAGES = {
  get unknown() {
    return vt('valEntry.resetUnknown');
  },
  get used() {
    return vt('valEntry.resetUsed');
  },
  get expired() {
    return vt('valEntry.resetExpired');
  },
};

export type ResetLinkState = 'valid' | keyof typeof RESET_MESSAGES;

/** What a reset link is worth now (the page shows the form only for a valid one). */
export function resetLinkState(db: Db, token: string, nowMs = Date.now()): ResetLinkState {
  const row = token.length >= 20 && token.length <= 200 ? passwordResetByTokenHash(db, hashToken(token)) : undefined;
  if (!row) return 'unknown';
  if (row.usedAt) return 'used';
  if (Date.parse(row.expiresAt) <= nowMs) return 'expired';
  return 'valid';
}

/** Said whether or not the address has an account, so the form cannot be used to find out who has one. */
export function resetRequestedMessage(): string {
  return vt('valEntry.resetRequested');
}

/**
 * Asks for a reset link. Same answer whether the address exists or not; only an
 * active account gets a mail (in the outbox, and by SMTP when configured). Rate
 * limited per address asked for and per client address. No session needed.
 */
export async function requestPasswordReset(db: Db, raw: unknown, address: string, nowMs = Date.now()): Promise<ActionResult<{ message: string }>> {
  const parsed = requestResetSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: MESSAGES.invalid, fieldErrors: fieldErrorsOf(parsed.error) };
  const { email } = parsed.data;
  const blocked = await takeAttempt(db.$client, [
    ['resetRequestAccount', email],
    ['resetRequestIp', address],
  ]);
  if (blocked) return { ok: false, error: tooManyAttemptsMessage(blocked.retryMs) };
  try {
    writeTransaction(db, (tx) => {
      const user = findUserByEmail(tx, email);
      if (!user || !user.active || user.erasedAt || !user.passwordHash) return;
      const now = new Date(nowMs).toISOString();
      const { token, tokenHash } = newToken();
      retireUnusedResets(tx, user.id, now);
      const row = insertPasswordReset(tx, { userId: user.id, tokenHash, expiresAt: new Date(nowMs + RESET_TTL_MS).toISOString(), createdAt: now });
      sendMail(tx, passwordResetMail({ to: user.email, name: user.name, link: `${appBaseUrl()}/aterstall/${token}`, minutes: RESET_TTL_MS / 60_000, locale: user.locale }));
      appendAudit(tx, { actorId: user.id, action: 'password.resetRequested', entity: 'user', entityId: user.id, after: { resetId: row.id }, at: now });
    });
  } catch (err) {
    console.error('[password reset request]', err);
    return { ok: false, error: MESSAGES.server };
  }
  return { ok: true, data: { message: resetRequestedMessage() } };
}

/**
 * Sets a new password from a reset link: the link must be unused and younger
 * than 30 minutes; it is used up, the password replaced, and every session of
 * the account ended (session version raised) in one audited transaction.
 */
export async function resetPassword(db: Db, raw: unknown, address: string, nowMs = Date.now()): Promise<ActionResult<{ email: string }>> {
  const parsed = resetPasswordSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: MESSAGES.invalid, fieldErrors: fieldErrorsOf(parsed.error) };
  const blocked = await takeAttempt(db.$client, [['resetIp', address]]);
  if (blocked) return { ok: false, error: tooManyAttemptsMessage(blocked.retryMs) };
  try {
    const passwordHash = await hashPassword(parsed.data.password);
    const email = writeTransaction(db, (tx) => {
      const state = resetLinkState(tx, parsed.data.token, nowMs);
      if (state !== 'valid') throw new UserError(RESET_MESSAGES[state], state === 'unknown' ? 404 : 409);
      const row = passwordResetByTokenHash(tx, hashToken(parsed.data.token))!;
      const user = userById(tx, row.userId);
      if (!user || !user.active) throw new UserError(RESET_MESSAGES.unknown, 404);
      const now = new Date(nowMs).toISOString();
      if (!markPasswordResetUsed(tx, row.id, now)) throw new UserError(RESET_MESSAGES.used, 409);
      setPasswordHash(tx, user.id, passwordHash, now);
      revokeUserSessions(tx, user.id, now);
      appendAudit(tx, {
        actorId: user.id,
        action: 'password.reset',
        entity: 'user',
        entityId: user.id,
        before: { sessionVersion: user.sessionVersion },
        after: { sessionVersion: user.sessionVersion + 1, resetId: row.id },
        at: now,
      });
      return user.email;
    });
    return { ok: true, data: { email } };
  } catch (err) {
    if (err instanceof UserError) return { ok: false, error: err.message, fieldErrors: err.fieldErrors };
    console.error('[password reset]', err);
    return { ok: false, error: MESSAGES.server };
  }
}
