import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';

const { freshDatabase } = await import('../helpers/db');
const { applicationFixture, dumpTables, DEADLINE } = await import('../helpers/application-fixture');
const { uploadDocument } = await import('@/lib/applications/upload-document');
const { receivePdfUpload, safeFilename } = await import('@/lib/storage/upload');
const { runQueuedJobs, resetJobRunner } = await import('@/lib/jobs/runner');
const { generateDemoDocument } = await import('@/lib/reports/demo-document');
const { searchNominationPages } = await import('@/db/queries/search');
const { documents, jobs, cycles } = await import('@/db/schema');

const { db, dir } = freshDatabase('upload');
const filesDir = path.join(dir, 'files');
let fx: ReturnType<typeof applicationFixture>;
let pdfA: Buffer;
let pdfB: Buffer;
let pagesB: string[];

const BOUNDARY = '----kkboundary7MA4YWxkTrZu0gW';

/** A multipart body with one file part, produced lazily in 64 kB chunks. */
function multipart(content: Buffer | (() => Generator<Buffer>), filename = 'vision.pdf'): { headers: Record<string, string>; body: Readable } {
  const head = Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);
  function* gen() {
    yield head;
    if (Buffer.isBuffer(content)) {
      for (let i = 0; i < content.length; i += 65536) yield content.subarray(i, i + 65536);
    } else yield* content();
    yield tail;
  }
  return { headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` }, body: Readable.from(gen(), { objectMode: false }) };
}

function upload(content: Buffer | (() => Generator<Buffer>), opts: { user?: typeof fx.haboContact | null; nominationId?: number; title?: string; type?: string; filename?: string; now?: Date } = {}) {
  const { headers, body } = multipart(content, opts.filename);
  const params = new URLSearchParams({ nominationId: String(opts.nominationId ?? fx.habo), type: opts.type ?? 'vision', title: opts.title ?? 'Vision 2035' });
  return uploadDocument({ db, user: opts.user === undefined ? fx.haboContact : opts.user, params, headers, body, dir: filesDir, now: opts.now ? () => opts.now! : undefined });
}

const filesOnDisk = () => (fs.existsSync(filesDir) ? fs.readdirSync(filesDir, { recursive: true }).map(String).filter((f) => !fs.statSync(path.join(filesDir, f)).isDirectory()) : []);

beforeAll(async () => {
  pdfA = (await generateDemoDocument({ municipalityName: 'Habo', kommunkod: '0643', type: 'vision', year: 2026, seed: 1, pages: 3 })).pdf;
  const b = await generateDemoDocument({ municipalityName: 'Habo', kommunkod: '0643', type: 'kvalitetspolicy', year: 2026, seed: 2, pages: 3 });
  pdfB = b.pdf;
  pagesB = b.pages;
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2027-02-10T10:00:00.000Z'));
  fx = applicationFixture(db);
});
afterEach(() => {
  vi.useRealTimers();
  resetJobRunner();
});

/** Runs one refused upload and checks that it left no row and no file behind. */
async function expectRefused(run: () => Promise<{ status: number; body: unknown }>, status: number, message: RegExp) {
  const before = dumpTables(db);
  const filesBefore = filesOnDisk();
  const r = await run();
  expect(r.status).toBe(status);
  expect((r.body as { error: string }).error).toMatch(message);
  expect(dumpTables(db)).toEqual(before);
  expect(filesOnDisk()).toEqual(filesBefore);
}

describe('uploadDocument', () => {
  it('stores a PDF under its SHA-256, inserts the document, a queued job and an audit entry', async () => {
    const r = await upload(pdfA, { filename: '../../etc/Vision 2035.pdf' });
    expect(r.status).toBe(201);
    const body = r.body as { document: { id: number; sha256: string; sizeBytes: number } };
    expect(body.document.sizeBytes).toBe(pdfA.length);
    expect(fs.readFileSync(path.join(filesDir, body.document.sha256)).equals(pdfA)).toBe(true);
    const doc = db.select().from(documents).where(eq(documents.id, body.document.id)).get()!;
    expect(doc).toMatchObject({ textStatus: 'pending', filename: 'Vision 2035.pdf', uploadedBy: fx.haboContact.id });
    const job = db.select().from(jobs).all().find((j) => j.payload.documentId === doc.id)!;
    expect(job).toMatchObject({ kind: 'extract_text', status: 'queued' });
    expect(fs.readdirSync(path.join(filesDir, 'tmp'))).toEqual([]);
  });

  it('extracts the text per page in the job runner, and search finds page 2', async () => {
    const r = await upload(pdfB, { title: 'Kvalitetspolicy' });
    const id = (r.body as { document: { id: number } }).document.id;
    await runQueuedJobs(db);
    const doc = db.select().from(documents).where(eq(documents.id, id)).get()!;
    expect(doc).toMatchObject({ textStatus: 'ready', pageCount: 3 });
    const heading = pagesB[1].split('\n').find((l) => /^\d+\. \S/.test(l))!;
    const hits = searchNominationPages(db, fx.habo, heading.replace(/^\d+\. /, ''));
    expect(hits[0]).toMatchObject({ documentId: id, pageNo: 2 });
    expect(db.select().from(jobs).all().find((j) => j.payload.documentId === id)?.status).toBe('done');
  });

  it('retries a job left running by a process that died, and marks an unreadable PDF failed after the attempts', async () => {
    const r = await upload(pdfA, { title: 'Vision' });
    const id = (r.body as { document: { id: number } }).document.id;
    const job = db.select().from(jobs).all().find((j) => j.payload.documentId === id)!;
    db.update(jobs).set({ status: 'running', attempts: 1 }).where(eq(jobs.id, job.id)).run();
    resetJobRunner(); // a restart
    await runQueuedJobs(db);
    expect(db.select().from(jobs).where(eq(jobs.id, job.id)).get()).toMatchObject({ status: 'done', attempts: 2 });
    expect(db.select().from(documents).where(eq(documents.id, id)).get()?.textStatus).toBe('ready');

    // A corrupt file (valid head and tail, garbage inside): retried, then failed with the error kept.
    const bad = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(5000, 0x41), Buffer.from('\n%%EOF\n')]);
    const r2 = await upload(bad, { title: 'Trasig' });
    const id2 = (r2.body as { document: { id: number } }).document.id;
    const job2 = db.select().from(jobs).all().find((j) => j.payload.documentId === id2)!;
    for (let i = 0; i < 3; i++) {
      db.update(jobs).set({ runAfter: '2000-01-01T00:00:00.000Z' }).where(eq(jobs.id, job2.id)).run();
      await runQueuedJobs(db);
    }
    const after = db.select().from(jobs).where(eq(jobs.id, job2.id)).get()!;
    const doc2 = db.select().from(documents).where(eq(documents.id, id2)).get()!;
    // poppler reads garbage as an empty document; either outcome is a clear status, never 'pending'.
    expect(['no_text', 'failed']).toContain(doc2.textStatus);
    if (doc2.textStatus === 'failed') expect(after).toMatchObject({ status: 'failed', attempts: 3, lastError: expect.any(String) });
    resetJobRunner();
  });

  it('refuses a non-PDF renamed .pdf, HTML and SVG with 415', async () => {
    await expectRefused(() => upload(Buffer.from('PK\u0003\u0004 this is a zip file'.repeat(100))), 415, /inte en PDF/);
    await expectRefused(() => upload(Buffer.from('<!doctype html><html><body>hej</body></html>')), 415, /inte en PDF/);
    await expectRefused(() => upload(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'), { filename: 'bild.svg' }), 415, /inte en PDF/);
  });

  it('refuses an empty file and a truncated PDF', async () => {
    await expectRefused(() => upload(Buffer.alloc(0)), 400, /tom/);
    await expectRefused(() => upload(pdfA.subarray(0, Math.floor(pdfA.length / 2))), 422, /ofullständig/);
  });

  it('refuses the same file twice in one application', async () => {
    expect((await upload(pdfA)).status).toBe(201);
    await expectRefused(() => upload(pdfA, { title: 'Igen' }), 409, /Samma fil finns redan uppladdad som ”Vision 2035”/);
  });

  it('refuses a file over the limit with 413 and stops there', async () => {
    vi.stubEnv('UPLOAD_MAX_FILE_MB', '1');
    function* big() {
      yield Buffer.from('%PDF-1.4\n');
      for (let i = 0; i < 64; i++) yield Buffer.alloc(65536, 0x20);
    }
    await expectRefused(() => upload(big), 413, /större än 1 MB/);
    vi.unstubAllEnvs();
  });

  it('refuses without a session, for another municipality, for a juror, and after the deadline', async () => {
    await expectRefused(() => upload(pdfA, { user: null }), 401, /inte inloggad/);
    await expectRefused(() => upload(pdfA, { user: fx.svedalaContact }), 404, /finns inte/);
    await expectRefused(() => upload(pdfA, { user: fx.juror }), 403, /kontaktpersoner/);
    await expectRefused(() => upload(pdfA, { now: new Date(Date.parse(DEADLINE) + 1000) }), 409, /Sista dag för ansökan/);
    expect((await upload(pdfA, { now: new Date(Date.parse(DEADLINE) - 1000) })).status).toBe(201);
    db.update(cycles).set({ phase: 'review' }).where(eq(cycles.id, fx.cycleId)).run();
    await expectRefused(() => upload(pdfB), 409, /Sista dag/);
  });

  it('leaves nothing behind when the client disconnects halfway', async () => {
    await expectRefused(async () => {
      const { headers } = multipart(pdfA);
      const body = new Readable({ read() {} });
      body.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n`));
      body.push(pdfA.subarray(0, 2000));
      setTimeout(() => body.destroy(new Error('aborted')), 20);
      const params = new URLSearchParams({ nominationId: String(fx.habo), type: 'vision', title: 'X' });
      return uploadDocument({ db, user: fx.haboContact, params, headers, body, dir: filesDir });
    }, 400, /avbröts/);
  });
});

describe('replacing a document in one step', () => {
  function replace(content: Buffer, replaces: number, opts: { nominationId?: number; user?: typeof fx.haboContact } = {}) {
    const { headers, body } = multipart(content, 'ny-version.pdf');
    const params = new URLSearchParams({ nominationId: String(opts.nominationId ?? fx.habo), type: 'vision', title: 'Vision 2035 (rev.)', replaces: String(replaces) });
    return uploadDocument({ db, user: opts.user ?? fx.haboContact, params, headers, body, dir: filesDir });
  }

  it('stores the new file, removes the old document and its file, and audits both sides', async () => {
    // A file no other test uploads, so nothing else points at it once it is replaced.
    const unique = (await generateDemoDocument({ municipalityName: 'Habo', kommunkod: '0643', type: 'vision', year: 2026, seed: 99, pages: 2 })).pdf;
    const first = await upload(unique);
    expect(first.status).toBe(201);
    const oldId = (first.body as { document: { id: number; sha256: string } }).document;
    expect(filesOnDisk()).toContain(oldId.sha256);
    const r = await replace(pdfB, oldId.id);
    expect(r.status).toBe(201);
    const docs = db.select().from(documents).where(eq(documents.nominationId, fx.habo)).all();
    expect(docs.map((d) => d.title)).toEqual(['Vision 2035 (rev.)']);
    expect(filesOnDisk()).not.toContain(oldId.sha256);
    const { auditLog } = await import('@/db/schema');
    const entry = db.select().from(auditLog).all().at(-1)!;
    expect(entry).toMatchObject({ action: 'document.replace', before: expect.objectContaining({ documentId: oldId.id, sha256: oldId.sha256 }) });
  });

  it('refuses the same file as the one replaced, and a document of another application, leaving everything as it was', async () => {
    const first = await upload(pdfA);
    const oldId = (first.body as { document: { id: number } }).document.id;
    await expectRefused(() => replace(pdfA, oldId), 409, /densamma som den du vill ersätta/);
    const other = db.select({ id: documents.id }).from(documents).where(eq(documents.nominationId, fx.svedala)).get();
    const foreign = other?.id ?? 999999;
    await expectRefused(() => replace(pdfB, foreign), 404, /finns inte längre/);
  });
});

describe('receivePdfUpload', () => {
  it('streams a multi-MB upload to disk while it arrives, never holding it in memory', async () => {
    const tmpDir = path.join(dir, 'stream-test');
    const MBs = 40;
    let seenOnDiskMidway = -1;
    function* big() {
      yield Buffer.from('%PDF-1.4\n');
      for (let i = 0; i < MBs * 16; i++) {
        if (i === MBs * 8) {
          const parts = fs.readdirSync(path.join(tmpDir, 'tmp'));
          seenOnDiskMidway = fs.statSync(path.join(tmpDir, 'tmp', parts[0])).size;
        }
        yield Buffer.alloc(65536, 0x20 + (i % 50));
      }
      yield Buffer.from('\n%%EOF\n');
    }
    const { headers, body } = multipart(big);
    const file = await receivePdfUpload({ headers, body, dir: tmpDir, maxFileBytes: 100 * 1024 * 1024 });
    expect(file.sizeBytes).toBe(9 + MBs * 1024 * 1024 + 7);
    expect(fs.statSync(file.tmpPath).size).toBe(file.sizeBytes);
    // Half the data had been produced: nearly all of it was already on disk, not in a buffer.
    expect(seenOnDiskMidway).toBeGreaterThan((MBs / 2 - 2) * 1024 * 1024);
    const { createHash } = await import('node:crypto');
    expect(file.sha256).toBe(createHash('sha256').update(fs.readFileSync(file.tmpPath)).digest('hex'));
  });

  it('makes a safe file name from path parts and control characters', () => {
    expect(safeFilename('C:\\Users\\x\\Mål och budget.pdf')).toBe('Mål och budget.pdf');
    expect(safeFilename('../../etc/passwd')).toBe('passwd');
    expect(safeFilename('a\u0000b\u001f.pdf')).toBe('ab.pdf');
    expect(safeFilename('..')).toBe('dokument.pdf');
    expect(safeFilename(undefined)).toBe('dokument.pdf');
  });
});
