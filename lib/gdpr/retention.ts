/**
 * Deletes the documents (rows, extracted pages and files) of cycles past their
 * retention time. A file is removed from disk only when no remaining document
 * points at the same checksum. Audited per cycle.
 */
import fs from 'node:fs';
import { eq, inArray } from 'drizzle-orm';
import { writeTransaction, type Db } from '@/db/client';
import { appendAudit } from '@/db/queries/audit';
import { cycles, documents, nominations } from '@/db/schema';
import { cyclesPastRetention } from '@/lib/domain/retention';
import { filePath } from '@/lib/storage/files';
import { nowIso } from '@/lib/time';

export type RetentionPlan = { cycleId: number; name: string; documents: number; bytes: number }[];

export function planRetention(db: Db, now: Date, months: number): RetentionPlan {
  const due = cyclesPastRetention(db.select({ id: cycles.id, name: cycles.name, phase: cycles.phase, embargoAt: cycles.embargoAt }).from(cycles).all(), now, months);
  return due
    .map((c) => {
      const docs = documentsOfCycle(db, c.id);
      return { cycleId: c.id, name: c.name, documents: docs.length, bytes: docs.reduce((s, d) => s + d.sizeBytes, 0) };
    })
    .filter((p) => p.documents > 0);
}

function documentsOfCycle(db: Db, cycleId: number) {
  return db
    .select({ id: documents.id, sha256: documents.sha256, sizeBytes: documents.sizeBytes })
    .from(documents)
    .innerJoin(nominations, eq(nominations.id, documents.nominationId))
    .where(eq(nominations.cycleId, cycleId))
    .all();
}

/** Carries out a plan; returns the number of files removed from disk. */
export function applyRetention(db: Db, plan: RetentionPlan, opts: { filesDir?: string; actorId?: number | null; now?: Date } = {}): number {
  let removedFiles = 0;
  for (const p of plan) {
    const orphaned = writeTransaction(db, (tx) => {
      const docs = documentsOfCycle(tx, p.cycleId);
      if (docs.length === 0) return [];
      tx.delete(documents).where(inArray(documents.id, docs.map((d) => d.id))).run();
      const shas = [...new Set(docs.map((d) => d.sha256))];
      const still = new Set(tx.select({ sha256: documents.sha256 }).from(documents).where(inArray(documents.sha256, shas)).all().map((r) => r.sha256));
      appendAudit(tx, {
        actorId: opts.actorId ?? null,
        action: 'documents.retention_deleted',
        entity: 'cycle',
        entityId: p.cycleId,
        cycleId: p.cycleId,
        after: { documents: docs.length, bytes: p.bytes },
        at: nowIso(opts.now),
      });
      return shas.filter((s) => !still.has(s));
    });
    for (const sha of orphaned) {
      const file = filePath(sha, opts.filesDir);
      if (fs.existsSync(file)) {
        fs.rmSync(file);
        removedFiles += 1;
      }
    }
  }
  return removedFiles;
}
