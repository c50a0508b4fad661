/*
 * Which requests the proxy may send to the cache of the public result pages
 * (lib/public/page-cache.ts, served by app/(public)/resultat-cache/[year]/route.ts).
 * Pure request inspection, no database: it runs in the proxy on every request.
 *
 * Only a signed-out visitor's plain page load of /resultat/YYYY goes there: a document
 * request, which browsers send with Accept: text/html. Signed-in visitors (any next-auth
 * session cookie, valid or not), client navigations and prefetches, server actions, query
 * strings, and the cache's own render requests (RENDER_HEADER) reach the page itself.
 * Next removes its router headers (RSC, Next-Router-State-Tree …) and the _rsc parameter
 * before the proxy sees a request, so the router's fetches are told apart by their
 * Accept header (*\/* — they never ask for text/html); the router headers are checked too.
 */

/** The internal route that answers from the cache. */
export const CACHE_ROUTE = '/resultat-cache';
/** Marks the cache's own request for a fresh render (it must reach the page, not the cache). */
export const RENDER_HEADER = 'x-kk-public-render';

const RESULT_PAGE = /^\/resultat\/(\d{4})$/;
const ROUTER_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-action', RENDER_HEADER];

type RequestLike = { method: string; nextUrl: URL; headers: Headers; cookies: { getAll(): { name: string }[] } };

/** The path to rewrite a request to, or null when it goes to the page as usual. */
export function cachedResultPath(req: RequestLike): string | null {
  if (req.method !== 'GET' || req.nextUrl.search) return null;
  const m = RESULT_PAGE.exec(req.nextUrl.pathname);
  if (!m) return null;
  if (!(req.headers.get('accept') ?? '').includes('text/html')) return null;
  if (ROUTER_HEADERS.some((h) => req.headers.has(h))) return null;
  if (req.cookies.getAll().some((c) => c.name.includes('next-auth.session-token'))) return null;
  return `${CACHE_ROUTE}/${m[1]}`;
}
