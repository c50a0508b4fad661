import { writeTransaction, type Db } from '@/db/client';
import { accountById, claimTotpStep, setRecoveryCodes, totpSecretOf } from '@/db/queries/account';
import { appendAudit } from '@/db/queries/audit';
import { clearAttempts, countAttempt, firstBlock } from '@/lib/security/rate-limit';
import { nowIso } from '@/lib/time';
import { signInSchema } from '@/lib/validation/sign-in';
import { authenticate, type AuthenticatedUser } from './authenticate';
import { hashRecoveryCode, looksLikeTotpCode, matchTotpStep, TOTP_STEP_MEMORY_MS } from './totp';

export type SignInOutcome =
  | { ok: true; user: AuthenticatedUser & { needsTotpEnrolment: boolean } }
  | { ok: false; reason: 'invalid' | 'code-required' | 'code-invalid' }
  | { ok: false; reason: 'rate-limited'; retryMs: number };

/** The codes the credentials provider throws, read by the sign-in form. */
export function signInErrorCode(outcome: Exclude<SignInOutcome, { ok: true }>): string {
  return outcome.reason === 'rate-limited' ? `rate-limited:${Math.ceil(outcome.retryMs)}` : outcome.reason;
}

/**
 * Uses one recovery code: true when it matches an unused one, which is then
 * removed (in one transaction, so two tabs cannot both use it). Audited.
 */
export function spendRecoveryCode(db: Db, userId: number, code: string): boolean {
  const hash = hashRecoveryCode(code);
  return writeTransaction(db, (tx) => {
    const account = accountById(tx, userId);
    const codes = account?.recoveryCodes ?? [];
    if (!codes.includes(hash)) return false;
    const left = codes.filter((c) => c !== hash);
    setRecoveryCodes(tx, userId, left);
    appendAudit(tx, { actorId: userId, action: 'auth.recoveryCodeUsed', entity: 'user', entityId: userId, after: { left: left.length }, at: nowIso() });
    return true;
  });
}

/** A second-factor code: six digits from the app (each time step once only), or a recovery code. `secret` is null when the stored one does not open. */
export function checkSecondFactor(db: Db, userId: number, secret: string | null, code: string, nowMs: number): boolean {
  if (looksLikeTotpCode(code)) {
    if (secret === null) return false;
    const step = matchTotpStep(secret, code, nowMs);
    return step !== null && claimTotpStep(db, userId, step, nowMs, TOTP_STEP_MEMORY_MS);
  }
  return spendRecoveryCode(db, userId, code);
}

/**
 * Sign-in, step by step: rate limits (per e-mail address and per client
 * address, failures only) → e-mail and password → for an account with
 * two-factor sign-in, the code. A wrong password and a wrong code both count as
 * a failed attempt; a success clears the account's count.
 */
export async function signInWithPassword(db: Db, credentials: unknown, address: string, nowMs = Date.now()): Promise<SignInOutcome> {
  const parsed = signInSchema.safeParse(credentials ?? {});
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password, code } = parsed.data;
  const client = db.$client;
  const blocked = await firstBlock(client, [
    ['signInAccount', email],
    ['signInIp', address],
  ]);
  if (blocked) return { ok: false, reason: 'rate-limited', retryMs: blocked.retryMs };

  const fail = async (reason: 'invalid' | 'code-invalid'): Promise<SignInOutcome> => {
    const a = await countAttempt(client, 'signInAccount', email);
    const b = await countAttempt(client, 'signInIp', address);
    const shut = a ?? b;
    return shut ? { ok: false, reason: 'rate-limited', retryMs: shut.retryMs } : { ok: false, reason };
  };

  const user = await authenticate(db, { email, password });
  if (!user) return fail('invalid');
  const account = accountById(db, user.id);
  if (account?.totpEnabledAt && account.totpSecret) {
    if (!code) return { ok: false, reason: 'code-required' };
    if (!checkSecondFactor(db, user.id, totpSecretOf(db, user.id, account.totpSecret), code, nowMs)) return fail('code-invalid');
  }
  await clearAttempts(client, 'signInAccount', email);
  const needsTotpEnrolment = user.role === 'organiser' && !account?.isDemo && !account?.totpEnabledAt;
  return { ok: true, user: { ...user, needsTotpEnrolment } };
}
