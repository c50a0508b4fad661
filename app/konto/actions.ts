'use server';
/** The account page's server actions; the work and its checks are in lib/actions/account.ts. */
import { changePassword, confirmTotpEnrolment, renewRecoveryCodes, startTotpEnrolment } from '@/lib/actions/account';

export async function changePasswordAction(input: unknown) {
  return changePassword(input);
}
export async function startTotpEnrolmentAction() {
  return startTotpEnrolment({ start: true });
}
export async function confirmTotpEnrolmentAction(input: unknown) {
  return confirmTotpEnrolment(input);
}
export async function renewRecoveryCodesAction(input: unknown) {
  return renewRecoveryCodes(input);
}
