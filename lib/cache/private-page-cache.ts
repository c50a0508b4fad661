import 'server-only';
import { getDb } from '@/db/client';
import { databaseStamp } from '@/db/queries/database-stamp';
import { getCurrentUser } from '@/lib/auth/session';
import { answerFrom, nonceOf, renderPage, selfOrigin, type RenderedPage } from './rendered-page';
import { freshPrivatePage, privatePageKey, privatePages, rememberPrivatePage } from './private-page-store';
import { CACHE_TARGET_HEADER } from './document-request';
import { isCachedPrivatePage } from './private-route';

/*
 * A cache of the rendered HTML of the busiest signed-in pages (lib/cache/private-route.ts:
 * the juror's assignments, the score matrix, the shortlist), so a page load that would
 * render the same HTML again is answered without React.
 *
 * When a cached page may be given:
 *  - The session is checked on every request exactly as every page checks it
 *    (getCurrentUser; in the proxy's fast path lib/cache/private-page-hit.ts, the same
 *    query and verdict): revoked, deactivated, password or role changed, idle, too old.
 *    A request without a valid session is never answered from the cache.
 *  - The key (lib/cache/private-page-store.ts) holds the user, the path and query, the whole
 *    Cookie header and the database stamp read before the render. Any write anywhere changes
 *    the stamp, so an entry is only ever given while the database is exactly as it was when
 *    the page rendered: the same user with the same role, assignments, conflicts, scores and
 *    phases would get the same HTML again.
 *  - These pages read no clock; an entry still lives at most PRIVATE_PAGE_TTL_MS.
 *  - Only a 200 that set no cookie and had a nonce is kept. Refusals (403/404), redirects
 *    and errors are rendered afresh every time and passed on as the page gave them.
 * CSP: the page is kept cut at its render's own nonce and joined with this request's
 * (lib/cache/rendered-page.ts). Concurrent misses for one key share one render.
 *
 * This route answers the proxy's rewrite when the proxy could not answer from the store
 * itself: the first load, after a write, or when the session's use is due to be recorded.
 */

/** The cached page's path and query as the proxy named it, or null when it is not one of them. */
export function targetOf(named: string | null): string | null {
  if (!named || !/^\/(?!\/)/.test(named)) return null;
  let url: URL;
  try {
    url = new URL(named, 'http://self.invalid');
  } catch {
    return null;
  }
  if (url.host !== 'self.invalid' || !isCachedPrivatePage(url.pathname)) return null;
  return url.pathname + url.search;
}

/** The answer to a signed-in GET of one of the cached pages (rewritten here by the proxy, which names the page in CACHE_TARGET_HEADER). */
export async function cachedPrivatePage(req: Request): Promise<Response> {
  const nonce = nonceOf(req.headers.get('content-security-policy'));
  const origin = selfOrigin();
  const target = targetOf(req.headers.get(CACHE_TARGET_HEADER));
  if (!nonce || !origin || !target) {
    console.warn(`[page-cache] 404: ${!nonce ? 'no nonce' : !origin ? 'no own address' : 'not a page of the cache (reached without the proxy?)'}`);
    return new Response('Not found', { status: 404 });
  }
  const cookie = req.headers.get('cookie') ?? '';
  const render = async (): Promise<RenderedPage> => {
    const { html: _html, ...page } = await renderPage(origin, target, cookie);
    return page;
  };

  const user = await getCurrentUser();
  if (!user) return answerFrom(await render(), nonce, 'bypass');
  // Read after getCurrentUser (which may record the session's use) and before the render.
  const key = privatePageKey(user.id, target, cookie, databaseStamp(getDb()));
  const now = Date.now();
  const hit = freshPrivatePage(key, now);
  if (hit) return answerFrom(hit, nonce, 'hit');

  let pending = privatePages.pending.get(key);
  if (!pending) {
    pending = render().finally(() => privatePages.pending.delete(key));
    privatePages.pending.set(key, pending);
  }
  const page = await pending;
  if (page.status === 200 && page.nonced && !page.setsCookie) rememberPrivatePage(user.id, target, key, page, now);
  return answerFrom(page, nonce, 'miss');
}

export { clearPrivatePageCache } from './private-page-store';
