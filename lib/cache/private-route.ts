import { hasSessionCookie, isDocumentLoad, type RequestLike } from './document-request';

/*
 * Which signed-in page loads the proxy answers from the signed-in page cache
 * (lib/cache/private-page-cache.ts). Pure request inspection, no database: it runs in the
 * proxy on every request.
 *
 * Only the busiest pages whose HTML depends on nothing but the signed-in user, the
 * database, the language and theme cookies and the address (no clock, no other header):
 * the juror's assignments and the organiser's score matrix and shortlist.
 */

const CACHED_PAGES = [/^\/jury$/, /^\/arrangor\/omgang\/\d{1,9}\/(?:framsteg|topplista)$/];

/** Whether a path (without query) is one of the cached pages. */
export function isCachedPrivatePage(pathname: string): boolean {
  return CACHED_PAGES.some((p) => p.test(pathname));
}

/** The page (path and query) whose load goes to the cache, or null when it goes to the page as usual. */
export function cachedPrivateTarget(req: RequestLike): string | null {
  const { pathname, search } = req.nextUrl;
  if (!isCachedPrivatePage(pathname) || !isDocumentLoad(req) || !hasSessionCookie(req)) return null;
  return pathname + search;
}
