/** Reads the audit log's rows and the last id handed out, for verifyAuditChain. */
import type Database from 'better-sqlite3';
import type { AuditRow } from './verify-chain';

export function readAuditRows(sqlite: Database.Database): { rows: AuditRow[]; lastIssuedId: number | null } {
  const rows = sqlite
    .prepare(
      `select id, at, actor_id as actorId, action, entity, entity_id as entityId, cycle_id as cycleId,
              before, after, prev_hash as prevHash, hash
         from audit_log order by id`,
    )
    .all() as AuditRow[];
  const seq = sqlite.prepare("select seq from sqlite_sequence where name = 'audit_log'").get() as { seq: number } | undefined;
  return { rows, lastIssuedId: seq ? seq.seq : null };
}
