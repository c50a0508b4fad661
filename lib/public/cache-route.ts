import { hasSessionCookie, isDocumentLoad, type RequestLike } from '@/lib/cache/document-request';

/*
 * Which requests the proxy may send to the cache of the public result pages
 * (lib/public/page-cache.ts, served by app/(public)/resultat-cache/[year]/route.ts).
 * Pure request inspection, no database: it runs in the proxy on every request.
 *
 * Only a signed-out visitor's plain page load of /resultat/YYYY without a query string goes
 * there (lib/cache/document-request.ts). Signed-in visitors (any next-auth session cookie,
 * valid or not) reach the page itself.
 */

export { RENDER_HEADER } from '@/lib/cache/document-request';

/** The internal route that answers from the cache. */
export const CACHE_ROUTE = '/resultat-cache';

const RESULT_PAGE = /^\/resultat\/(\d{4})$/;

/** The path to rewrite a request to, or null when it goes to the page as usual. */
export function cachedResultPath(req: RequestLike): string | null {
  if (req.nextUrl.search) return null;
  const m = RESULT_PAGE.exec(req.nextUrl.pathname);
  if (!m || !isDocumentLoad(req) || hasSessionCookie(req)) return null;
  return `${CACHE_ROUTE}/${m[1]}`;
}
