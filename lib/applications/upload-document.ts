import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { getDb, writeTransaction, type Db } from '@/db/client';
import { documentById, documentBySha, documentCountAndBytes, referencesToFile } from '@/db/queries/applications';
import { appendAudit } from '@/db/queries/audit';
import { eq } from 'drizzle-orm';
import { documents } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/session';
import { UserError } from '@/lib/errors';
import { EXTRACT_TEXT } from '@/lib/jobs/runner';
import { enqueueJob } from '@/lib/jobs/queue';
import { vt } from '@/lib/i18n/validation';
import { commitUpload, receivePdfUpload, uploadLimits, UploadError } from '@/lib/storage/upload';
import { filePath } from '@/lib/storage/files';
import { nowIso } from '@/lib/time';
import { uploadMetaSchema } from '@/lib/validation/application';
import { editableNomination } from './access';

export type UploadResult =
  | { status: 201; body: { document: { id: number; title: string; sha256: string; sizeBytes: number } } }
  | { status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422; body: { error: string } };

const MB = 1024 * 1024;

function refusal(err: unknown): UploadResult {
  if (err instanceof UploadError) return { status: err.status, body: { error: err.text() } };
  if (err instanceof UserError) return { status: err.status === 429 ? 409 : err.status, body: { error: err.message } };
  throw err;
}

/**
 * An upload of one steering document: guard (signed in, own municipality, phase and
 * deadline) before a byte is read; stream to a temporary file; refuse duplicates and
 * an application over its total limit; then one transaction inserts the document,
 * enqueues its text extraction and writes the audit entry; the file gets its final
 * name last. On any failure nothing is left on disk or in the database.
 */
export async function uploadDocument(opts: {
  /** Defaults to the app's database. */
  db?: Db;
  user: CurrentUser | null;
  params: URLSearchParams;
  headers: Record<string, string>;
  body: Readable | null;
  dir: string;
  now?: () => Date;
}): Promise<UploadResult> {
  const now = opts.now ?? (() => new Date());
  const { user } = opts;
  const db = opts.db ?? getDb();
  if (!user) return { status: 401, body: { error: vt('valUpload.signedOut') } };
  if (user.role !== 'municipality') return { status: 403, body: { error: vt('valUpload.municipalityOnly') } };
  const meta = uploadMetaSchema.safeParse(Object.fromEntries(opts.params));
  if (!meta.success) return { status: 400, body: { error: meta.error.issues[0].message } };
  const { nominationId, type, title, replaces } = meta.data;
  const limits = uploadLimits();
  try {
    editableNomination(db, user, nominationId, 'upload_document', now());
    const declared = Number(opts.headers['content-length'] ?? 0);
    if (declared > limits.maxFileBytes + 64 * 1024) throw new UploadError('valUpload.tooLarge', 413, { mb: limits.maxFileBytes / MB });
    const { bytes } = documentCountAndBytes(db, nominationId);
    if (bytes + Math.max(0, declared - 64 * 1024) > limits.maxTotalBytes) throw new UploadError('valUpload.totalTooLarge', 413, { mb: Math.round(limits.maxTotalBytes / MB) });
    if (!opts.body) throw new UploadError('valUpload.noFile', 400);
  } catch (err) {
    opts.body?.resume();
    return refusal(err);
  }

  let received;
  try {
    received = await receivePdfUpload({ headers: opts.headers, body: opts.body, dir: opts.dir, maxFileBytes: limits.maxFileBytes });
  } catch (err) {
    return refusal(err);
  }

  const file = received;
  let committed = false;
  let replacedSha: string | null = null;
  try {
    const doc = writeTransaction(db, (tx) => {
      const at = now();
      const n = editableNomination(tx, user, nominationId, 'upload_document', at);
      const old = replaces === undefined ? null : documentById(tx, replaces);
      if (replaces !== undefined && (!old || old.nominationId !== nominationId)) throw new UploadError('valUpload.replacedMissing', 404);
      const duplicate = documentBySha(tx, nominationId, file.sha256);
      if (duplicate && duplicate.id === old?.id) throw new UploadError('valUpload.sameAsReplaced', 409);
      if (duplicate) throw new UploadError('valUpload.duplicate', 409, { title: duplicate.title });
      const { bytes } = documentCountAndBytes(tx, nominationId);
      if (bytes - (old?.sizeBytes ?? 0) + file.sizeBytes > limits.maxTotalBytes) throw new UploadError('valUpload.totalTooLarge', 413, { mb: Math.round(limits.maxTotalBytes / MB) });
      if (old) {
        // The old document, its extracted pages and its search rows go in the same transaction.
        tx.delete(documents).where(eq(documents.id, old.id)).run();
        replacedSha = old.sha256;
      }
      const row = tx
        .insert(documents)
        .values({ nominationId, type, title, filename: file.filename, sha256: file.sha256, sizeBytes: file.sizeBytes, textStatus: 'pending', uploadedBy: user.id, uploadedAt: nowIso(at) })
        .returning({ id: documents.id })
        .get();
      enqueueJob(tx, EXTRACT_TEXT, { documentId: row.id }, at);
      appendAudit(tx, {
        at: nowIso(at),
        actorId: user.id,
        action: old ? 'document.replace' : 'document.upload',
        entity: 'document',
        entityId: row.id,
        cycleId: n.cycleId,
        before: old ? { documentId: old.id, type: old.type, title: old.title, filename: old.filename, sha256: old.sha256, sizeBytes: old.sizeBytes } : undefined,
        after: { nominationId, type, title, filename: file.filename, sha256: file.sha256, sizeBytes: file.sizeBytes },
      });
      // The file gets its final name inside the transaction: if the rename fails, the row is rolled back.
      commitUpload(file, opts.dir);
      committed = true;
      return { id: row.id, title, sha256: file.sha256, sizeBytes: file.sizeBytes };
    });
    // The replaced file leaves the disk only when no other document points at it.
    if (replacedSha && referencesToFile(db, replacedSha) === 0) fs.rmSync(filePath(replacedSha, opts.dir), { force: true });
    return { status: 201, body: { document: doc } };
  } catch (err) {
    fs.rmSync(file.tmpPath, { force: true });
    if (committed && referencesToFile(db, file.sha256) === 0) fs.rmSync(filePath(file.sha256, opts.dir), { force: true });
    return refusal(err);
  }
}
