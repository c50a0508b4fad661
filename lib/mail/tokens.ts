import { createHash, randomBytes } from 'node:crypto';
import { vt } from '@/lib/i18n/validation';

/** Invitation links live 14 days. */
export const INVITATION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

/** A new single-use token (256 random bits, URL-safe) and the SHA-256 that is stored instead of it. */
export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** What the invitee is told when a link cannot be used, in the reader's language when read (valEntry). */
export const INVITATION_MESSAGES = {
  get unknown() {
    return vt('valEntry.invitationUnknown');
  },
  get accepted() {
    return vt('valEntry.invitationAccepted');
  },
  get revoked() {
    return vt('valEntry.invitationRevoked');
  },
  get expired() {
    return vt('valEntry.invitationExpired');
  },
  get account() {
    return vt('valEntry.account');
  },
};
