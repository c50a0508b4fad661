import { createHash } from 'node:crypto';
import { desc } from 'drizzle-orm';
import type { Db } from '../client';
import { auditLog } from '../schema';

export type AuditEntry = {
  actorId: number | null;
  action: string;
  entity: string;
  entityId?: string | number | null;
  cycleId?: number | null;
  before?: unknown;
  after?: unknown;
  at: string;
};

export const GENESIS_HASH = '0'.repeat(64);

/** The hash of an entry: SHA-256 over the previous hash and the entry's fields, in a fixed order. */
export function auditHash(prevHash: string, e: AuditEntry & { entityId: string | null }): string {
  const canonical = JSON.stringify([
    prevHash,
    e.at,
    e.actorId,
    e.action,
    e.entity,
    e.entityId,
    e.cycleId ?? null,
    e.before ?? null,
    e.after ?? null,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Appends an entry to the audit log, chained to the previous one. Call it inside
 * the same write transaction as the change it records. There is no update or delete.
 */
export function appendAudit(tx: Db, entry: AuditEntry): void {
  const last = tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1).get();
  const prevHash = last?.hash ?? GENESIS_HASH;
  const entityId = entry.entityId == null ? null : String(entry.entityId);
  const hash = auditHash(prevHash, { ...entry, entityId });
  tx.insert(auditLog)
    .values({
      at: entry.at,
      actorId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId,
      cycleId: entry.cycleId ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
      prevHash,
      hash,
    })
    .run();
}
