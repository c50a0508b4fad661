import 'server-only';
import { forbidden } from 'next/navigation';
import { getDb } from '@/db/client';
import { accountById } from '@/db/queries/account';
import { requireUser } from '@/lib/auth/guards';
import { resetLinkState, RESET_MESSAGES, type ResetLinkState } from '@/lib/auth/password-reset';

/** The signed-in user's own account page. */
export async function loadAccount() {
  const user = await requireUser();
  const account = accountById(getDb(), user.id);
  return {
    name: user.name,
    email: user.email,
    role: user.role,
    isOrganiser: user.role === 'organiser',
    totpEnabledAt: account?.totpEnabledAt ?? null,
    passwordChangedAt: account?.passwordChangedAt ?? null,
    needsTotpEnrolment: user.needsTotpEnrolment === true,
  };
}

/** Two-factor status for the organiser's enrolment page (other roles: 403). */
export async function loadTotpStatus() {
  const user = await requireUser();
  if (user.role !== 'organiser') forbidden();
  const account = accountById(getDb(), user.id);
  return {
    email: user.email,
    enabledAt: account?.totpEnabledAt ?? null,
    recoveryCodesLeft: account?.recoveryCodes?.length ?? 0,
    required: !user.isDemo,
  };
}

/** Whether a reset link can be used, and if not, why (no session needed). */
export function loadPasswordReset(token: string): { state: ResetLinkState; message: string | null } {
  const state = resetLinkState(getDb(), token);
  return { state, message: state === 'valid' ? null : RESET_MESSAGES[state] };
}
