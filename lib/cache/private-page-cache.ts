import type { Database } from 'better-sqlite3';
import { connectionStamp } from '@/db/queries/database-stamp';
import { liveSessionRow } from '@/db/queries/live-session';
import { sessionVerdict, TOUCH_INTERVAL_MS } from '@/lib/auth/session-policy';
import { answerParts, type RenderedPage } from './answer';
import { freshPrivatePage, privatePageKey, privatePages, rememberPrivatePage } from './private-page-store';
import { renderPage, selfOrigin } from './rendered-page';

/*
 * A cache of the rendered HTML of the busiest signed-in pages (lib/cache/private-route.ts:
 * the juror's assignments, the score matrix, the shortlist), answered by the proxy before
 * Next routes the request, so a page load that would render the same HTML again costs
 * neither React nor Next's routing.
 *
 * When a cached page may be given:
 *  - The session is checked on every request with the query getCurrentUser uses
 *    (db/queries/live-session.ts), judged by the same sessionVerdict: revoked, deactivated,
 *    password or role changed, idle, too old. A session that fails goes on to the page,
 *    which refuses it (and revokes it) as always. So does a session whose use is due to be
 *    recorded (every TOUCH_INTERVAL_MS): the page records it, and the next load can be cached.
 *  - The key (lib/cache/private-page-store.ts) holds the user, the path and query, the whole
 *    Cookie header and the database stamp (db/queries/database-stamp.ts) read before the
 *    render. Any write anywhere changes the stamp, so an entry is only ever given while the
 *    database is exactly as it was when the page rendered: the same user with the same role,
 *    assignments, conflicts, scores and phases would get the same HTML again.
 *  - These pages read no clock; an entry still lives at most PRIVATE_PAGE_TTL_MS.
 *  - Only a 200 that set no cookie and had a nonce is kept. Refusals (403/404), redirects and
 *    errors are rendered afresh every time and passed on as the page gave them.
 * CSP: the page is kept cut at its render's own nonce and joined with this request's
 * (lib/cache/rendered-page.ts). Concurrent misses for one key share one render.
 *
 * The proxy does not open the database: it uses the connection the app opened (db/client.ts
 * keeps it on globalThis), so the stamp is that connection's stamp. Before the app has opened
 * it (the first requests after a start) every load goes to the page.
 */

type Claim = { sid?: unknown; uid?: unknown; role?: unknown; sv?: unknown };

function appConnection(): Database | null {
  return (globalThis as { __kkDb?: { db: { $client: Database } } }).__kkDb?.db.$client ?? null;
}

/**
 * The answer to a signed-in document load of a cached page (`target`: path and query), from
 * the cache or rendered now, or null when the request goes on to the page itself.
 */
export async function privatePageAnswer(target: string, cookie: string, claim: Claim, nonce: string): Promise<ReturnType<typeof answerParts> | null> {
  const client = appConnection();
  const origin = selfOrigin();
  if (!client || !origin || typeof claim.sid !== 'string' || typeof claim.uid !== 'number' || typeof claim.sv !== 'number') return null;
  const now = Date.now();
  const row = liveSessionRow(client, claim.sid);
  if (!row || sessionVerdict(row, { userId: claim.uid, role: claim.role as never, sessionVersion: claim.sv }, now) !== 'ok') return null;
  if (now - Date.parse(row.lastSeenAt) > TOUCH_INTERVAL_MS) return null;

  // Read before the render: the page shows the database at this stamp or later, never earlier.
  const key = privatePageKey(row.id, target, cookie, connectionStamp(client));
  const hit = freshPrivatePage(key, now);
  if (hit) return answerParts(hit, nonce, 'hit');

  let pending = privatePages.pending.get(key);
  if (!pending) {
    pending = renderPage(origin, target, cookie)
      .then(({ html: _html, ...page }): RenderedPage => page)
      .finally(() => privatePages.pending.delete(key));
    privatePages.pending.set(key, pending);
  }
  const page = await pending;
  if (page.status === 200 && page.nonced && !page.setsCookie) rememberPrivatePage(row.id, target, key, page, now);
  return answerParts(page, nonce, 'miss');
}
