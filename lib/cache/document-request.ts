/*
 * Which requests the proxy may answer from a page cache (lib/public/page-cache.ts for the
 * signed-out result page, lib/cache/private-page-cache.ts for signed-in pages). Pure
 * request inspection, no database: it runs in the proxy on every request.
 *
 * Only a plain page load goes to a cache: a GET that asks for HTML, as browsers send for a
 * document. Client navigations and prefetches, server actions and the caches' own render
 * requests (RENDER_HEADER) reach the page itself. Next removes its router headers (RSC,
 * Next-Router-State-Tree …) and the _rsc parameter before the proxy sees a request, so the
 * router's fetches are told apart by their Accept header (*\/* — they never ask for
 * text/html); the router headers are checked too.
 */

/** Marks a cache's own request for a fresh render (it must reach the page, not the cache). */
export const RENDER_HEADER = 'x-kk-public-render';

const ROUTER_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-action', RENDER_HEADER];

export type RequestLike = { method: string; nextUrl: URL; headers: Headers; cookies: { getAll(): { name: string }[] } };

/** A browser's plain load of a page as a document (not the router, not an action, not a cache's render). */
export function isDocumentLoad(req: RequestLike): boolean {
  if (req.method !== 'GET') return false;
  if (!(req.headers.get('accept') ?? '').includes('text/html')) return false;
  return !ROUTER_HEADERS.some((h) => req.headers.has(h));
}

/** Whether the request carries a next-auth session cookie (valid or not; plain, secure or chunked). */
export function hasSessionCookie(req: RequestLike): boolean {
  return req.cookies.getAll().some((c) => c.name.includes('next-auth.session-token'));
}
