import { createHash, randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

/**
 * Time-based one-time codes (RFC 6238: SHA-1, 6 digits, 30-second steps) for
 * organisers' two-factor sign-in, and their single-use recovery codes.
 */
export const TOTP_PERIOD_SECONDS = 30;
/** One step either side, for a phone clock a little off (and a code typed just as it turned). */
export const TOTP_WINDOW = 1;
export const RECOVERY_CODE_COUNT = 10;
const ISSUER = 'Sveriges KvalitetsKommun';

function totpFor(secretBase32: string, label = ''): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A new 160-bit secret (base32, as authenticator apps take it). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// address the QR code carries. */
export function totpUri(secretBase32: string, email: string): string {
  return totpFor(secretBase32, email).toString();
}

/** The secret in groups of four, easier to type into an app by hand. */
export function groupSecret(secretBase32: string): string {
  return secretBase32.replace(/(.{4})/g, '$1 ').trim();
}

/** The code of a moment (tests, and nothing else). */
export function totpCodeAt(secretBase32: string, timestampMs: number): string {
  return totpFor(secretBase32).generate({ timestamp: timestampMs });
}

/**
 * The time step of a valid code (within ±1 step of `nowMs`), or null. The caller
 * must still claim the step (claimTotpStep) so the code cannot be used twice.
 */
export function matchTotpStep(secretBase32: string, code: string, nowMs: number): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpFor(secretBase32).validate({ token, timestamp: nowMs, window: TOTP_WINDOW });
  if (delta === null) return null;
  return Math.floor(nowMs / 1000 / TOTP_PERIOD_SECONDS) + delta;
}

/** How long a used step must be remembered: until no window can reach it. */
export const TOTP_STEP_MEMORY_MS = (2 * TOTP_WINDOW + 2) * TOTP_PERIOD_SECONDS * 1000;

export function looksLikeTotpCode(code: string): boolean {
  return /^\d{6}$/.test(code.replace(/\s+/g, ''));
}

// ── Recovery codes ──────────────────────────────────────────────────────────

/** No 0/O, 1/I/L: easy to read off paper. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** Ten codes such as "K7QPM-3XWRT" (50 bits each), shown once; only their hashes are kept. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    let s = '';
    for (let i = 0; i < 10; i++) s += ALPHABET[randomInt(ALPHABET.length)];
    return `${s.slice(0, 5)}-${s.slice(5)}`;
  });
}

/** SHA-256 of the code without dashes and spaces, in upper case (the codes are random, so no slow hash is needed). */
export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(code.replace(/[\s-]+/g, '').toUpperCase(), 'utf8').digest('hex');
}
