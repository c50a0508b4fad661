import type { Db } from '@/db/client';
import { hashToken } from '@/lib/mail/tokens';
import { takeAttempt, tooManyAttemptsMessage } from '@/lib/security/rate-limit';

/** Counts one attempt to accept an invitation (per link and per client address); the refusal message, or null. */
export async function limitInvitationAcceptance(db: Db, raw: unknown, address: string): Promise<string | null> {
  const token = typeof raw === 'object' && raw && 'token' in raw && typeof raw.token === 'string' ? raw.token : '';
  const blocked = await takeAttempt(db.$client, [
    ['invitationToken', hashToken(token)],
    ['invitationIp', address],
  ]);
  return blocked ? tooManyAttemptsMessage(blocked.retryMs) : null;
}
