import { createHash } from 'node:crypto';
import { and, asc, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { auditLog, cycles, users } from '../schema';

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
type Pluck = { get(): unknown };
type Run = { run(...params: unknown[]): unknown };
const appendStatements = new WeakMap<object, { lastHash: Pluck; insert: Run }>();

/** The two statements of an append, prepared once per connection (the autosave appends one per save). */
function appendStatementsOf(db: Db) {
  const client = db.$client;
  let s = appendStatements.get(client);
  if (!s) {
    s = {
      lastHash: client.prepare('select hash from audit_log order by id desc limit 1').pluck() as Pluck,
      insert: client.prepare('insert into audit_log (at, actor_id, action, entity, entity_id, cycle_id, before, after, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)') as Run,
    };
    appendStatements.set(client, s);
  }
  return s;
}

export function appendAudit(tx: Db, entry: AuditEntry): void {
  const s = appendStatementsOf(tx);
  const prevHash = (s.lastHash.get() as string | undefined) ?? GENESIS_HASH;
  const entityId = entry.entityId == null ? null : String(entry.entityId);
  const hash = auditHash(prevHash, { ...entry, entityId });
  // before/after as JSON text, as drizzle stores its json columns.
  const json = (v: unknown) => (v == null ? null : JSON.stringify(v));
  s.insert.run(entry.at, entry.actorId, entry.action, entry.entity, entityId, entry.cycleId ?? null, json(entry.before), json(entry.after), prevHash, hash);
}

// ---------------------------------------------------------------------------
// Reading the log (the organiser's page and its CSV export)

export type AuditFilter = {
  actorId?: number;
  action?: string;
  /** Inclusive lower bound, UTC ISO. */
  from?: string;
  /** Exclusive upper bound, UTC ISO. */
  to?: string;
  cycleId?: number;
};

function whereOf(f: AuditFilter): SQL | undefined {
  return and(
    f.actorId !== undefined ? eq(auditLog.actorId, f.actorId) : undefined,
    f.action !== undefined ? eq(auditLog.action, f.action) : undefined,
    f.from !== undefined ? gte(auditLog.at, f.from) : undefined,
    f.to !== undefined ? lt(auditLog.at, f.to) : undefined,
    f.cycleId !== undefined ? eq(auditLog.cycleId, f.cycleId) : undefined,
  );
}

/** Entries matching the filter, newest first, with the actor's name and the cycle's name. */
export function listAudit(db: Db, f: AuditFilter, page: { limit: number; offset: number }) {
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorId: auditLog.actorId,
      actorName: users.name,
      actorEmail: users.email,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      cycleId: auditLog.cycleId,
      cycleName: cycles.name,
      before: auditLog.before,
      after: auditLog.after,
      hash: auditLog.hash,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .leftJoin(cycles, eq(cycles.id, auditLog.cycleId))
    .where(whereOf(f))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(page.limit)
    .offset(page.offset)
    .all();
}

export function countAudit(db: Db, f: AuditFilter): number {
  return db.select({ n: sql<number>`count(*)` }).from(auditLog).where(whereOf(f)).get()?.n ?? 0;
}

/** The kinds of entry (action names) that occur in the log. */
export function auditActions(db: Db): string[] {
  return db
    .selectDistinct({ action: auditLog.action })
    .from(auditLog)
    .orderBy(asc(auditLog.action))
    .all()
    .map((r) => r.action);
}

/** The people who appear as actors in the log. */
export function auditActors(db: Db) {
  return db
    .selectDistinct({ id: users.id, name: users.name, email: users.email })
    .from(auditLog)
    .innerJoin(users, eq(users.id, auditLog.actorId))
    .orderBy(asc(users.name), asc(users.id))
    .all();
}
