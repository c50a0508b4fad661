import { createHash, randomBytes } from 'node:crypto';

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

/** What the invitee is told when a link cannot be used. */
export const INVITATION_MESSAGES = {
  unknown: 'Länken är ogiltig eller har ersatts av en nyare inbjudan. Använd länken i det senaste mejlet, eller be sekretariatet om en ny inbjudan.',
  accepted: 'Länken har redan använts. Logga in med din e-postadress och det lösenord du valde.',
  revoked: 'Inbjudan har återkallats. Kontakta sekretariatet om du ändå ska ha ett konto.',
  expired: 'Länken har gått ut. Be sekretariatet skicka en ny inbjudan.',
  account: 'Det finns redan ett konto för den här e-postadressen. Logga in i stället.',
} as const;
