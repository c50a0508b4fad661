import { decode, type JWT, type JWTDecodeParams } from 'next-auth/jwt';

/**
 * next-auth's JWT decode (HKDF key derivation + JWE decryption, about 2 ms of one
 * thread) with a small cache of decoded tokens, keyed by the cookie's exact string.
 *
 * Decoding is a pure function of the token string and the secret, so a cached result
 * can never say more than decoding again would; it only skips the work. An entry
 * lives at most TTL_MS and never past the token's own expiry (with jose's 15 s
 * tolerance, as next-auth decodes). Only tokens that decode are kept, at most
 * MAX_ENTRIES (least recently used first out). Nothing about the account is cached
 * here: whether the session still stands (revoked, deactivated, password or role
 * changed, idle) is checked against the database on every request
 * (lib/auth/session.ts, lib/auth/session-policy.ts).
 *
 * The store hangs on globalThis, so the proxy and the app's server code share it
 * when Next runs them in one process; each bundle would otherwise get its own copy.
 */
export const TOKEN_CACHE_TTL_MS = 5 * 60_000;
export const TOKEN_CACHE_MAX_ENTRIES = 2000;
const CLOCK_TOLERANCE_MS = 15_000;

type Entry = { secret: JWTDecodeParams['secret']; salt: string; token: JWT; until: number };

const holder = globalThis as unknown as { __kkTokenCache?: Map<string, Entry> };
const store = (holder.__kkTokenCache ??= new Map<string, Entry>());

/** Drop-in for next-auth's `decode` (getToken's `decode` option). */
export async function cachedDecode(params: JWTDecodeParams): Promise<JWT | null> {
  const { token, secret, salt = '' } = params;
  if (!token) return null;
  const now = Date.now();
  const hit = store.get(token);
  if (hit) {
    store.delete(token);
    if (hit.until > now && hit.secret === secret && hit.salt === salt) {
      store.set(token, hit); // most recently used last
      return hit.token;
    }
  }
  const decoded = await decode(params);
  if (!decoded) return decoded;
  const exp = typeof decoded.exp === 'number' ? decoded.exp * 1000 + CLOCK_TOLERANCE_MS : Infinity;
  const until = Math.min(now + TOKEN_CACHE_TTL_MS, exp);
  if (until > now) {
    store.set(token, { secret, salt, token: Object.freeze(decoded) as JWT, until });
    while (store.size > TOKEN_CACHE_MAX_ENTRIES) store.delete(store.keys().next().value!);
  }
  return decoded;
}

/** How many decoded tokens are kept (tests). */
export function tokenCacheSize(): number {
  return store.size;
}

/** Forgets every decoded token (tests). */
export function clearTokenCache(): void {
  store.clear();
}
