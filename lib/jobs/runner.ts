import { eq } from 'drizzle-orm';
import { getDb, writeTransaction, type Db } from '@/db/client';
import { documentPages, documents } from '@/db/schema';
import { filePath } from '@/lib/storage/files';
import { claimNextJob, completeJob, failJob, nextDueAt, requeueInterrupted, type Job } from './queue';
import { extractPdfPages, UnreadablePdfError } from './extract-pdf-text';

export const EXTRACT_TEXT = 'extract_text';

/** Extracts a document's page texts into document_pages (the FTS index follows by triggers). */
async function extractText(db: Db, job: Job): Promise<void> {
  const documentId = Number(job.payload.documentId);
  const doc = db.select().from(documents).where(eq(documents.id, documentId)).get();
  if (!doc) return; // deleted meanwhile: nothing to do
  let pages: string[];
  try {
    pages = await extractPdfPages(filePath(doc.sha256));
  } catch (err) {
    if (!(err instanceof UnreadablePdfError)) throw err;
    db.update(documents).set({ textStatus: 'no_text' }).where(eq(documents.id, documentId)).run();
    return;
  }
  const hasText = pages.some((p) => p.trim().length > 0);
  writeTransaction(db, (tx) => {
    if (!tx.select({ id: documents.id }).from(documents).where(eq(documents.id, documentId)).get()) return;
    tx.delete(documentPages).where(eq(documentPages.documentId, documentId)).run();
    pages.forEach((text, i) => {
      if (text.trim()) tx.insert(documentPages).values({ documentId, pageNo: i + 1, text }).run();
    });
    tx.update(documents)
      .set({ pageCount: pages.length, textStatus: hasText ? 'ready' : 'no_text' })
      .where(eq(documents.id, documentId))
      .run();
  });
}

const HANDLERS: Record<string, (db: Db, job: Job) => Promise<void>> = { [EXTRACT_TEXT]: extractText };

const state = globalThis as unknown as { __kkJobs?: { recovered: boolean; running: Promise<number> | null; timer: NodeJS.Timeout | null } };

function jobState() {
  state.__kkJobs ??= { recovered: false, running: null, timer: null };
  return state.__kkJobs;
}

/**
 * Runs every due job, one at a time, in this process; concurrent calls share one
 * run. Schedules itself again for jobs that wait for a retry. Returns how many ran.
 */
export function runQueuedJobs(db: Db = getDb()): Promise<number> {
  const s = jobState();
  if (s.running) return s.running;
  if (!s.recovered) {
    requeueInterrupted(db);
    s.recovered = true;
  }
  s.running = (async () => {
    let ran = 0;
    for (let job = claimNextJob(db, new Date()); job; job = claimNextJob(db, new Date())) {
      ran++;
      const handler = HANDLERS[job.kind];
      try {
        if (!handler) throw new Error(`Unknown job kind ${job.kind}`);
        await handler(db, job);
        completeJob(db, job.id);
      } catch (err) {
        const gaveUp = failJob(db, job, (err as Error).message ?? String(err), new Date());
        if (gaveUp && job.kind === EXTRACT_TEXT) {
          db.update(documents).set({ textStatus: 'failed' }).where(eq(documents.id, Number(job.payload.documentId))).run();
        }
      }
    }
    return ran;
  })().finally(() => {
    s.running = null;
    const due = nextDueAt(db);
    if (due && !s.timer) {
      s.timer = setTimeout(() => {
        s.timer = null;
        void runQueuedJobs(db);
      }, Math.min(60_000, Math.max(100, Date.parse(due) - Date.now())));
      s.timer.unref();
    }
  });
  return s.running;
}

/** Forgets the in-process state (tests simulate a restart with it). */
export function resetJobRunner(): void {
  const s = jobState();
  if (s.timer) clearTimeout(s.timer);
  state.__kkJobs = { recovered: false, running: null, timer: null };
}
