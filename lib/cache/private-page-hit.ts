import type { Database } from 'better-sqlite3';
import { connectionStamp } from '@/db/queries/database-stamp';
import { liveSessionRow } from '@/db/queries/live-session';
import { sessionVerdict, TOUCH_INTERVAL_MS } from '@/lib/auth/session-policy';
import { answerFrom } from './answer';
import { freshPrivatePage, privatePageKey } from './private-page-store';

/*
 * The proxy's fast path of the signed-in page cache (lib/cache/private-page-cache.ts): a
 * cached page answered before Next routes the request at all, which is most of what a hit
 * costs through the cache's route.
 *
 * The same checks as the route, on the same connection: the session row read with the query
 * getCurrentUser uses (db/queries/live-session.ts) and judged by the same sessionVerdict
 * (revoked, deactivated, password or role changed, idle, too old), the key with the user,
 * path and query, Cookie header and database stamp, and the entry's age. Anything else goes
 * on to the route: no connection yet (the app has not opened the database, so nothing is
 * cached either), a session that fails (the route and the page refuse it and revoke it),
 * a session whose use is due to be recorded (the route records it), or no fresh entry.
 *
 * The proxy does not open the database: it uses the connection the app opened
 * (db/client.ts keeps it on globalThis), so the stamp is the same connection's stamp.
 */

type Claim = { sid?: unknown; uid?: unknown; role?: unknown; sv?: unknown };

function appConnection(): Database | null {
  return (globalThis as { __kkDb?: { db: { $client: Database } } }).__kkDb?.db.$client ?? null;
}

/** The cached page for this signed-in document load, or null when the route must answer. */
export function privatePageHit(target: string, cookie: string, claim: Claim, nonce: string): Response | null {
  const client = appConnection();
  if (!client || typeof claim.sid !== 'string' || typeof claim.uid !== 'number' || typeof claim.sv !== 'number') return null;
  const now = Date.now();
  const row = liveSessionRow(client, claim.sid);
  if (!row || sessionVerdict(row, { userId: claim.uid, role: claim.role as never, sessionVersion: claim.sv }, now) !== 'ok') return null;
  if (now - Date.parse(row.lastSeenAt) > TOUCH_INTERVAL_MS) return null;
  const hit = freshPrivatePage(privatePageKey(row.id, target, cookie, connectionStamp(client)), now);
  return hit ? answerFrom(hit, nonce, 'hit') : null;
}
