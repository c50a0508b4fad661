'use server';
/**
 * The signed-in user's own account: change the password, and for organisers
 * two-factor sign-in (enrol with a QR code, confirm a first code, get ten
 * recovery codes; new recovery codes later). Each change is audited.
 */
import { vt } from '@/lib/i18n/validation';
import QRCode from 'qrcode';
import { writeTransaction } from '@/db/client';
import { accountById, bumpSessionVersion, claimTotpStep, enableTotp, revokeUserSessions, setPasswordHash, setPendingTotpSecret, setRecoveryCodes, totpSecretOf } from '@/db/queries/account';
import { appendAudit } from '@/db/queries/audit';
import { defineAction } from '@/lib/actions/define-action';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { groupSecret, hashRecoveryCode, matchTotpStep, newRecoveryCodes, newTotpSecret, TOTP_STEP_MEMORY_MS, totpUri } from '@/lib/auth/totp';
import { UserError } from '@/lib/errors';
import { blockedBy, clearAttempts, countAttempt, tooManyAttemptsMessage } from '@/lib/security/rate-limit';
import { nowIso } from '@/lib/time';
import { startTotpSchema, totpCodeSchema } from '@/lib/validation/account';
import { changePasswordSchema } from '@/lib/validation/password';

const wrongCurrent = () => vt('valActAccount.wrongCurrent');
const wrongCode = () => vt('valActAccount.wrongCode');

/**
 * A new password. The current one is asked for (and a wrong one counts as a
 * failed sign-in). Afterwards every session of the account ends, this one too:
 * the user signs in again with the new password.
 */
export const changePassword = defineAction({
  name: 'account.changePassword',
  roles: ['organiser', 'juror', 'municipality'],
  schema: changePasswordSchema,
  handler: async ({ user, input, db }) => {
    const blocked = await blockedBy(db.$client, 'signInAccount', user.email);
    if (blocked) throw new UserError(tooManyAttemptsMessage(blocked.retryMs), 429);
    const account = accountById(db, user.id);
    if (!account || !(await verifyPassword(account.passwordHash, input.current))) {
      await countAttempt(db.$client, 'signInAccount', user.email);
      throw new UserError(wrongCurrent(), 422, { current: wrongCurrent() });
    }
    const passwordHash = await hashPassword(input.password);
    writeTransaction(db, (tx) => {
      const now = nowIso();
      setPasswordHash(tx, user.id, passwordHash, now);
      revokeUserSessions(tx, user.id, now);
      appendAudit(tx, {
        actorId: user.id,
        action: 'password.changed',
        entity: 'user',
        entityId: user.id,
        before: { sessionVersion: account.sessionVersion },
        after: { sessionVersion: account.sessionVersion + 1 },
        at: now,
      });
    });
    await clearAttempts(db.$client, 'signInAccount', user.email);
    return { signedOut: true };
  },
});

/** Starts enrolment: a new secret (not active until a first code confirms it), as a QR code and as text. */
export const startTotpEnrolment = defineAction({
  name: 'account.startTotp',
  roles: ['organiser'],
  schema: startTotpSchema,
  handler: async ({ user, db }) => {
    const account = accountById(db, user.id);
    if (account?.totpEnabledAt) throw new UserError(vt('valActAccount.totpAlready'), 409);
    const secret = newTotpSecret();
    setPendingTotpSecret(db, user.id, secret);
    const uri = totpUri(secret, user.email);
    const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return { secret: groupSecret(secret), qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
  },
});

/**
 * Confirms enrolment with a first code: two-factor sign-in is on, and ten
 * recovery codes are shown this once. Every session ends (the user signs in
 * again, now with a code), so no cookie issued before enrolment lives on.
 */
export const confirmTotpEnrolment = defineAction({
  name: 'account.confirmTotp',
  roles: ['organiser'],
  schema: totpCodeSchema,
  handler: ({ user, input, db }) => {
    const account = accountById(db, user.id);
    if (account?.totpEnabledAt) throw new UserError(vt('valActAccount.totpAlready'), 409);
    const secret = totpSecretOf(db, user.id, account?.totpSecret);
    if (!secret) throw new UserError(vt('valActAccount.restart'), 409);
    const nowMs = Date.now();
    const step = matchTotpStep(secret, input.code, nowMs);
    if (step === null || !claimTotpStep(db, user.id, step, nowMs, TOTP_STEP_MEMORY_MS)) throw new UserError(wrongCode(), 422, { code: wrongCode() });
    const codes = newRecoveryCodes();
    writeTransaction(db, (tx) => {
      const now = new Date(nowMs).toISOString();
      enableTotp(tx, user.id, codes.map(hashRecoveryCode), now);
      bumpSessionVersion(tx, user.id);
      appendAudit(tx, { actorId: user.id, action: 'totp.enabled', entity: 'user', entityId: user.id, after: { recoveryCodes: codes.length }, at: now });
    });
    return { recoveryCodes: codes };
  },
});

/** Ten new recovery codes (the old ones stop working), after a code from the app. */
export const renewRecoveryCodes = defineAction({
  name: 'account.renewRecoveryCodes',
  roles: ['organiser'],
  schema: totpCodeSchema,
  handler: ({ user, input, db }) => {
    const account = accountById(db, user.id);
    if (!account?.totpEnabledAt || !account.totpSecret) throw new UserError(vt('valActAccount.totpFirst'), 409);
    const nowMs = Date.now();
    const secret = totpSecretOf(db, user.id, account.totpSecret);
    const step = secret === null ? null : matchTotpStep(secret, input.code, nowMs);
    if (step === null || !claimTotpStep(db, user.id, step, nowMs, TOTP_STEP_MEMORY_MS)) throw new UserError(wrongCode(), 422, { code: wrongCode() });
    const codes = newRecoveryCodes();
    writeTransaction(db, (tx) => {
      setRecoveryCodes(tx, user.id, codes.map(hashRecoveryCode));
      appendAudit(tx, { actorId: user.id, action: 'totp.recoveryCodesRenewed', entity: 'user', entityId: user.id, after: { recoveryCodes: codes.length }, at: nowIso() });
    });
    return { recoveryCodes: codes };
  },
});
