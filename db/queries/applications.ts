import { and, count, eq, sum } from 'drizzle-orm';
import type { Db } from '../client';
import { cyclePhaseDates, cycles, documents, nominations } from '../schema';
import type { Phase, PhaseDates } from '../../lib/domain/phases';

/** A nomination with what the application guards need: owner, status, version, cycle state. */
export function nominationForGuard(db: Db, nominationId: number) {
  const row = db
    .select({
      id: nominations.id,
      kommunkod: nominations.kommunkod,
      status: nominations.status,
      answers: nominations.answers,
      updatedAt: nominations.updatedAt,
      submittedAt: nominations.submittedAt,
      cycleId: cycles.id,
      cycleName: cycles.name,
      mode: cycles.mode,
      phase: cycles.phase,
      settings: cycles.settings,
    })
    .from(nominations)
    .innerJoin(cycles, eq(cycles.id, nominations.cycleId))
    .where(eq(nominations.id, nominationId))
    .get();
  if (!row) return undefined;
  return { ...row, dates: phaseDatesMap(db, row.cycleId) };
}

/** A cycle's phase dates as Date objects, keyed by phase. */
export function phaseDatesMap(db: Db, cycleId: number): PhaseDates {
  const dates: PhaseDates = {};
  for (const r of db.select().from(cyclePhaseDates).where(eq(cyclePhaseDates.cycleId, cycleId)).all()) {
    dates[r.phase as Phase] = {
      start: r.startsAt ? new Date(r.startsAt) : undefined,
      end: r.endsAt ? new Date(r.endsAt) : undefined,
    };
  }
  return dates;
}

export function documentCountAndBytes(db: Db, nominationId: number): { count: number; bytes: number } {
  const row = db
    .select({ count: count(), bytes: sum(documents.sizeBytes) })
    .from(documents)
    .where(eq(documents.nominationId, nominationId))
    .get();
  return { count: row?.count ?? 0, bytes: Number(row?.bytes ?? 0) };
}

export function documentBySha(db: Db, nominationId: number, sha256: string) {
  return db
    .select({ id: documents.id, title: documents.title })
    .from(documents)
    .where(and(eq(documents.nominationId, nominationId), eq(documents.sha256, sha256)))
    .get();
}

export function documentById(db: Db, documentId: number) {
  return db.select().from(documents).where(eq(documents.id, documentId)).get();
}

/** How many documents (in any nomination) point at a stored file. */
export function referencesToFile(db: Db, sha256: string): number {
  return db.select({ n: count() }).from(documents).where(eq(documents.sha256, sha256)).get()?.n ?? 0;
}
