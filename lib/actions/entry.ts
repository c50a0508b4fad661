import 'server-only';
/**
 * The signed-out entry points (no session yet, so not defineAction): asking for a
 * reset link, setting a password from one, accepting an invitation. Each one is
 * rate limited per address and link/account and parses its input with zod in the
 * function it calls; the app's "use server" files only add the client address.
 */
import { getDb } from '@/db/client';
import { acceptInvitation } from '@/lib/actions/invitations';
import { limitInvitationAcceptance } from '@/lib/auth/entry-limits';
import { requestPasswordReset, resetPassword } from '@/lib/auth/password-reset';
import { actionLocale, runInLocale } from '@/lib/i18n/server-locale';

// Each answers in the visitor's language (the kk-locale cookie, else Swedish): field errors, refusals, the rate limit.

export async function requestPasswordResetFrom(address: string, input: unknown) {
  return runInLocale(await actionLocale(null), () => requestPasswordReset(getDb(), input, address));
}

export async function resetPasswordFrom(address: string, input: unknown) {
  return runInLocale(await actionLocale(null), () => resetPassword(getDb(), input, address));
}

export async function acceptInvitationFrom(address: string, input: unknown) {
  const refused = await runInLocale(await actionLocale(null), () => limitInvitationAcceptance(getDb(), input, address));
  if (refused) return { ok: false as const, error: refused };
  return acceptInvitation(input);
}
