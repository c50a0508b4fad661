import { createHash } from 'node:crypto';
import type { PublicResult } from './results';

/**
 * A short, stable fingerprint of what a public result page shows. The page writes it
 * into its HTML and the page cache (lib/public/page-cache.ts) keys on it, so a cached
 * page is only ever served while the very same result is public.
 */
export function resultFingerprint(result: PublicResult): string {
  return createHash('sha256').update(JSON.stringify(result)).digest('base64url').slice(0, 32);
}
