import { and, asc, eq, lte } from 'drizzle-orm';
import { writeTransaction, type Db } from '@/db/client';
import { jobs } from '@/db/schema';
import { nowIso } from '@/lib/time';

/**
 * The job queue in SQLite: a job is enqueued in the same transaction as the
 * change that needs it, so it survives a crash or restart. A job that was
 * 'running' when the process died is put back by requeueInterrupted().
 */

export const MAX_ATTEMPTS = 3;

export type Job = typeof jobs.$inferSelect;

export function enqueueJob(tx: Db, kind: string, payload: Record<string, unknown>, now: Date): number {
  const at = nowIso(now);
  return tx.insert(jobs).values({ kind, payload, status: 'queued', runAfter: at, createdAt: at }).returning({ id: jobs.id }).get().id;
}

/** Takes the oldest due job and marks it running (attempts + 1); undefined when none is due. */
export function claimNextJob(db: Db, now: Date): Job | undefined {
  return writeTransaction(db, (tx) => {
    const job = tx
      .select()
      .from(jobs)
      .where(and(eq(jobs.status, 'queued'), lte(jobs.runAfter, nowIso(now))))
      .orderBy(asc(jobs.runAfter), asc(jobs.id))
      .limit(1)
      .get();
    if (!job) return undefined;
    tx.update(jobs).set({ status: 'running', attempts: job.attempts + 1 }).where(eq(jobs.id, job.id)).run();
    return { ...job, status: 'running' as const, attempts: job.attempts + 1 };
  });
}

export function completeJob(db: Db, id: number): void {
  db.update(jobs).set({ status: 'done', lastError: null }).where(eq(jobs.id, id)).run();
}

/**
 * Records a failure: back in the queue with a growing delay (5 s, 20 s …) while
 * attempts remain, otherwise 'failed' for good. Returns whether it gave up.
 */
export function failJob(db: Db, job: Job, error: string, now: Date): boolean {
  const final = job.attempts >= MAX_ATTEMPTS;
  const runAfter = nowIso(new Date(now.getTime() + 5000 * 4 ** (job.attempts - 1)));
  db.update(jobs)
    .set({ status: final ? 'failed' : 'queued', lastError: error.slice(0, 1000), runAfter: final ? job.runAfter : runAfter })
    .where(eq(jobs.id, job.id))
    .run();
  return final;
}

/** Puts jobs left 'running' by a process that died back in the queue. Call once at start. */
export function requeueInterrupted(db: Db): number {
  return db.update(jobs).set({ status: 'queued' }).where(eq(jobs.status, 'running')).run().changes;
}

/** The earliest runAfter among queued jobs, to schedule the next run. */
export function nextDueAt(db: Db): string | undefined {
  return db.select({ runAfter: jobs.runAfter }).from(jobs).where(eq(jobs.status, 'queued')).orderBy(asc(jobs.runAfter)).limit(1).get()?.runAfter;
}
