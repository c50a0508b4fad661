import { createHash } from 'node:crypto';
import type { RenderedPage } from './answer';

/*
 * The store of the signed-in page cache (lib/cache/private-page-cache.ts, run by the proxy).
 * It hangs on globalThis so that every bundle of the server process that loads it (the
 * proxy's, and tests) sees one store.
 *
 * An entry is keyed by the signed-in user, the page's path with its query, a hash of the
 * request's whole Cookie header (the session, the CSRF token the header's sign-out form
 * carries, language, theme: everything of the request these pages read besides the
 * address) and the database stamp (db/queries/database-stamp.ts) read before the render.
 */

const MAX_ENTRIES = 200;
/** These pages read no clock; an entry still lives at most this long. */
export const PRIVATE_PAGE_TTL_MS = 60_000;

type Entry = RenderedPage & { at: number };
type Store = { entries: Map<string, Entry>; pending: Map<string, Promise<RenderedPage>> };

const STORE_KEY = Symbol.for('kk.private-page-cache');
export const privatePages: Store = ((globalThis as Record<symbol, Store>)[STORE_KEY] ??= { entries: new Map(), pending: new Map() });

const prefixOf = (userId: number, target: string) => `${userId}|${target}|`;

export function privatePageKey(userId: number, target: string, cookie: string, stamp: string): string {
  return `${prefixOf(userId, target)}${createHash('sha256').update(cookie).digest('base64url')}|${stamp}`;
}

/** The entry under `key` while it is young enough, else undefined. */
export function freshPrivatePage(key: string, now: number): Entry | undefined {
  const hit = privatePages.entries.get(key);
  return hit && now - hit.at < PRIVATE_PAGE_TTL_MS ? hit : undefined;
}

/** Keeps a render; the same user's earlier renders of the page (older stamps, other cookies) can never match again. */
export function rememberPrivatePage(userId: number, target: string, key: string, page: RenderedPage, now: number): void {
  const prefix = prefixOf(userId, target);
  for (const k of privatePages.entries.keys()) if (k.startsWith(prefix)) privatePages.entries.delete(k);
  while (privatePages.entries.size >= MAX_ENTRIES) privatePages.entries.delete(privatePages.entries.keys().next().value!);
  privatePages.entries.set(key, { ...page, at: now });
}

/** For tests: forget every cached page. */
export function clearPrivatePageCache(): void {
  privatePages.entries.clear();
}
