import type { NextRequest } from 'next/server';
import { cachedPrivatePage } from '@/lib/cache/private-page-cache';

/*
 * Internal: the proxy rewrites a signed-in page load of the juror's assignments, the score
 * matrix or the shortlist here (lib/cache/private-route.ts). It answers from the cache of
 * the rendered page, or renders the page afresh with the visitor's own cookies
 * (lib/cache/private-page-cache.ts). Reached directly, without the proxy naming the page
 * (lib/cache/document-request.ts, CACHE_TARGET_HEADER), it is 404 for everyone.
 */
export const dynamic = 'force-dynamic';

export async function GET(req: NextRequest) {
  return cachedPrivatePage(req);
}
