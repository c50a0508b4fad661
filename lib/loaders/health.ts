import 'server-only';
import { getDb } from '@/db/client';

/** True when the database answers a query. */
export function databaseIsHealthy(): boolean {
  const row = getDb().$client.prepare('select 1 as ok').get() as { ok: number } | undefined;
  return row?.ok === 1;
}
