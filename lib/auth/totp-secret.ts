import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { authSecret } from './secret';

/**
 * TOTP secrets at rest: AES-256-GCM, stored as `v1:<iv>:<tag>:<ciphertext>`
 * (base64url). The key is derived with HKDF-SHA256 from TOTP_ENCRYPTION_KEY when
 * it is set, otherwise from NEXTAUTH_SECRET. The user's id is the additional
 * authenticated data, so a sealed secret copied to another account's row does not
 * open. A copy of the database alone (a backup, a stolen file) gives no usable
 * secret; it takes the key from the environment too.
 *
 * Changing the key (or NEXTAUTH_SECRET without TOTP_ENCRYPTION_KEY) makes every
 * sealed secret unreadable: organisers then sign in with a recovery code and enrol
 * again. Set TOTP_ENCRYPTION_KEY to rotate NEXTAUTH_SECRET on its own.
 */
const VERSION = 'v1';
const SALT = 'kvalitetskommun-jury';
const INFO = 'totp-secret v1';

let cached: { ikm: string; key: Buffer } | null = null;

function key(): Buffer {
  const ikm = process.env.TOTP_ENCRYPTION_KEY || authSecret();
  if (cached?.ikm !== ikm) cached = { ikm, key: Buffer.from(hkdfSync('sha256', ikm, SALT, INFO, 32)) };
  return cached.key;
}

const aad = (userId: number) => Buffer.from(`totp:${userId}`, 'utf8');

/** Whether a stored value is sealed (any version) rather than a plain secret from before. */
export function isSealedTotpSecret(stored: string): boolean {
  return /^v\d+:/.test(stored);
}

/** The value to store for a user's secret. */
export function sealTotpSecret(userId: number, secretBase32: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(), iv);
  cipher.setAAD(aad(userId));
  const ciphertext = Buffer.concat([cipher.update(secretBase32, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join(':');
}

/**
 * The secret of a stored value: a sealed one is opened, a plain one from before
 * encryption is returned as it is (the caller re-seals it). Null when it does not
 * open (another key, another user's row, a changed byte).
 */
export function openTotpSecret(userId: number, stored: string): string | null {
  if (!isSealedTotpSecret(stored)) return stored;
  const [version, iv, tag, ciphertext] = stored.split(':');
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key(), Buffer.from(iv, 'base64url'), { authTagLength: 16 });
    decipher.setAAD(aad(userId));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
