import type { Db } from '../client';

type Pluck = { get(): unknown };
const stampStatements = new WeakMap<object, Pluck>();

/**
 * A stamp that changes whenever anything in the database may have changed, for caches of
 * what was read from it: the rows this connection has inserted, updated or deleted
 * (total_changes(), foreign-key cascades and trigger programs included) and the commits of
 * any other connection (PRAGMA data_version). One constant-time read; data built at one
 * stamp is still right at the same stamp. Coarser than any cache's own inputs (any write
 * anywhere changes it), never finer: it cannot miss a change. Read it before the rows it keys.
 */
export function databaseStamp(db: Db): string {
  return connectionStamp(db.$client);
}

/** databaseStamp on the raw connection (the proxy's page-cache check has no drizzle instance). */
export function connectionStamp(client: Db['$client']): string {
  let s = stampStatements.get(client);
  if (!s) stampStatements.set(client, (s = client.prepare("select (select data_version from pragma_data_version) || '|' || total_changes()").pluck() as Pluck));
  return String(s.get());
}
