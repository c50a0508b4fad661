import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import { vt, type MessageParams, type ValKey } from '@/lib/i18n/validation';
import { filePath } from './files';

/**
 * Receiving one PDF from a multipart body: streamed to a temporary file while the
 * SHA-256 is computed, never held in memory as a whole. The file becomes final
 * (data/files/<sha256>) only in commitUpload, after every check and the database
 * row have succeeded; anything that fails leaves nothing behind.
 */

/** The refusals of an upload: keys of the validation catalogue (messages/{sv,en}/validation.json, valUpload). */
export type UploadKey = Extract<ValKey, `valUpload.${string}`>;

/**
 * A refused upload. It keeps its message key and values, so the route says it in the
 * language of the request (uploadMessage) wherever the refusal was raised (a stream's
 * callback may run outside the request's language); `message` is the Swedish text, for logs.
 */
export class UploadError extends Error {
  constructor(
    readonly key: UploadKey,
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 = 400,
    readonly params?: MessageParams,
  ) {
    super(vt(key, params));
    this.name = 'UploadError';
  }

  /** The refusal in the language of the running call (lib/i18n/server-locale.ts), Swedish outside one. */
  text(): string {
    return vt(this.key, this.params);
  }
}

const MB = 1024 * 1024;

/** Limits from the environment: UPLOAD_MAX_FILE_MB (default 50) and UPLOAD_MAX_TOTAL_MB per application (default 300). */
export function uploadLimits(): { maxFileBytes: number; maxTotalBytes: number } {
  const num = (v: string | undefined, d: number) => (v && Number(v) > 0 ? Number(v) : d);
  return { maxFileBytes: num(process.env.UPLOAD_MAX_FILE_MB, 50) * MB, maxTotalBytes: num(process.env.UPLOAD_MAX_TOTAL_MB, 300) * MB };
}

export type ReceivedFile = { tmpPath: string; sha256: string; sizeBytes: number; filename: string };

/** A file name as a user would recognise it, without folders or control characters. */
export function safeFilename(raw: string | undefined): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  const clean = base
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/^\.+/, '')
    .trim()
    .slice(0, 200);
  return clean || 'dokument.pdf';
}

const PDF_MAGIC = Buffer.from('%PDF-');
const EOF_MARKER = Buffer.from('%%EOF');
const TAIL_BYTES = 2048;

/** Checks the first bytes, hashes, counts and keeps the tail (for the %%EOF check) while passing data on. */
class PdfInspector extends Transform {
  readonly hash = createHash('sha256');
  size = 0;
  private head = Buffer.alloc(0);
  tail = Buffer.alloc(0);

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: (err?: Error | null, data?: Buffer) => void) {
    if (this.head.length < PDF_MAGIC.length) {
      this.head = Buffer.concat([this.head, chunk.subarray(0, PDF_MAGIC.length - this.head.length)]);
      const n = this.head.length;
      if (!this.head.equals(PDF_MAGIC.subarray(0, n))) return done(new UploadError('valUpload.notPdf', 415));
    }
    this.hash.update(chunk);
    this.size += chunk.length;
    this.tail = Buffer.concat([this.tail, chunk.subarray(Math.max(0, chunk.length - TAIL_BYTES))]);
    if (this.tail.length > TAIL_BYTES) this.tail = this.tail.subarray(this.tail.length - TAIL_BYTES);
    done(null, chunk);
  }
}

/**
 * Streams the single file part of a multipart/form-data body into `dir/tmp`.
 * Stops reading at maxFileBytes (413), refuses anything that does not start with
 * %PDF- (415) or lacks %%EOF at the end (422), and removes the temporary file on
 * every failure, including a client that disconnects halfway.
 */
export function receivePdfUpload(opts: {
  headers: Record<string, string>;
  body: Readable;
  dir: string;
  maxFileBytes: number;
}): Promise<ReceivedFile> {
  const tmpDir = path.join(opts.dir, 'tmp');
  fs.mkdirSync(tmpDir, { recursive: true });
  const tmpPath = path.join(tmpDir, `${randomBytes(12).toString('hex')}.part`);
  const cleanup = () => fs.rmSync(tmpPath, { force: true });

  return new Promise<ReceivedFile>((resolve, reject) => {
    let settled = false;
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      cleanup();
      opts.body.unpipe();
      opts.body.resume();
      reject(err instanceof UploadError ? err : new UploadError('valUpload.aborted', 400));
    };

    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: opts.headers, limits: { files: 1, fileSize: opts.maxFileBytes, fields: 10, parts: 12 } });
    } catch {
      return reject(new UploadError('valUpload.badRequest', 400));
    }

    let filePromise: Promise<ReceivedFile> | null = null;

    bb.on('file', (_name, stream, info) => {
      if (filePromise) {
        stream.resume();
        return;
      }
      const inspector = new PdfInspector();
      let limited = false;
      stream.on('limit', () => {
        limited = true;
        stream.unpipe();
        inspector.destroy(new UploadError('valUpload.tooLarge', 413, { mb: Math.round(opts.maxFileBytes / MB) }));
      });
      // Opened synchronously, so the temporary file exists (and can be removed) before any data arrives.
      const out = fs.createWriteStream(tmpPath, { fd: fs.openSync(tmpPath, 'w') });
      filePromise = pipeline(stream, inspector, out).then(() => {
        if (limited) throw new UploadError('valUpload.tooLarge', 413, { mb: Math.round(opts.maxFileBytes / MB) });
        if (inspector.size === 0) throw new UploadError('valUpload.empty', 400);
        if (inspector.size < PDF_MAGIC.length) throw new UploadError('valUpload.notPdf', 415);
        if (inspector.tail.indexOf(EOF_MARKER) < 0) throw new UploadError('valUpload.truncated', 422);
        return { tmpPath, sha256: inspector.hash.digest('hex'), sizeBytes: inspector.size, filename: safeFilename(info.filename) };
      });
      filePromise.catch((err) => {
        fail(err);
        cleanup();
      });
    });
    bb.on('error', () => fail(new UploadError('valUpload.badRequest', 400)));
    bb.on('close', () => {
      if (settled) return;
      if (!filePromise) return fail(new UploadError('valUpload.noFile', 400));
      filePromise.then((file) => {
        if (settled) return;
        settled = true;
        resolve(file);
      }, fail);
    });
    opts.body.on('error', () => fail(new UploadError('valUpload.aborted', 400)));
    opts.body.on('aborted', () => fail(new UploadError('valUpload.aborted', 400)));
    opts.body.pipe(bb);
  });
}

/** Moves a received file to its final name data/files/<sha256> (or drops it when that file exists). */
export function commitUpload(file: ReceivedFile, dir: string): string {
  const target = filePath(file.sha256, dir);
  if (fs.existsSync(target)) fs.rmSync(file.tmpPath, { force: true });
  else fs.renameSync(file.tmpPath, target);
  return target;
}
