import type { Db } from '../client';
import { databaseStamp } from './database-stamp';
import { assignmentsForJuror, type JurorAssignmentRow } from './jury';

/*
 * A per-juror cache of assignmentsForJuror (the rows of /jury), keyed on the revision of
 * the database the rows were read from.
 *
 * The revision is the pair (PRAGMA data_version, total_changes()) of the connection that
 * reads the rows:
 *  - data_version changes whenever another connection (another process, a script, a
 *    second connection in this process) commits anything to the database file;
 *  - total_changes() counts every row this connection has inserted, updated or deleted,
 *    foreign-key cascades and trigger writes included.
 * So every committed change to any table (assignments, nominations, sheets, scores,
 * conflicts, phase dates, the cycle, the rubric, the municipality list, …) gives a new
 * revision, and a cached entry is used only while the database is exactly as it was
 * when the entry was read. The revision is coarser than the juror's own inputs (any
 * write anywhere invalidates), never finer: it cannot miss a change.
 *
 * The revision is read before the rows: a write that lands in between makes the entry
 * newer than its revision says (a later request only reads again), never older. Inside
 * an open transaction of this connection (uncommitted rows that a rollback would take
 * back) the cache is bypassed.
 */

export const JURY_CACHE_MAX_JURORS = 1000;

type Entry = { revision: string; rows: readonly JurorAssignmentRow[] };
type Client = Db['$client'];

const caches = new WeakMap<Client, { entries: Map<number, Entry> }>();

function cacheOf(db: Db) {
  let c = caches.get(db.$client);
  if (!c) caches.set(db.$client, (c = { entries: new Map() }));
  return c;
}

/** assignmentsForJuror, answered from the cache while the database has not changed. */
export function assignmentsForJurorCached(db: Db, jurorId: number): readonly JurorAssignmentRow[] {
  if (db.$client.inTransaction) return assignmentsForJuror(db, jurorId);
  const cache = cacheOf(db);
  const revision = databaseStamp(db);
  const hit = cache.entries.get(jurorId);
  if (hit && hit.revision === revision) {
    cache.entries.delete(jurorId);
    cache.entries.set(jurorId, hit); // most recently used last
    return hit.rows;
  }
  const rows = Object.freeze(assignmentsForJuror(db, jurorId).map((r) => Object.freeze(r)));
  cache.entries.delete(jurorId);
  cache.entries.set(jurorId, { revision, rows });
  while (cache.entries.size > JURY_CACHE_MAX_JURORS) cache.entries.delete(cache.entries.keys().next().value!);
  return rows;
}

/** Forgets every cached row (tests). */
export function clearJuryAssignmentsCache(db: Db): void {
  caches.get(db.$client)?.entries.clear();
}
