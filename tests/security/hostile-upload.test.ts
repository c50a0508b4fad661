/**
 * Hostile input against the upload route (app/api/upload/route.ts), called
 * in-process with real requests: random bytes, byte-mutated real PDFs, oversize
 * bodies, broken multipart, wrong content types, huge JSON, hostile query text.
 * Every answer is a 2xx or a 4xx with a Swedish message — never a 500 or a throw;
 * no temporary file is left behind; an accepted mutated PDF goes through text
 * extraction without crashing it.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/session';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));
vi.mock('next/server', async (orig) => ({ ...(await orig<typeof import('next/server')>()), after: () => {} }));

const { POST } = await import('@/app/api/upload/route');
const { NextRequest } = await import('next/server');
const { freshDatabase } = await import('../helpers/db');
const { applicationFixture } = await import('../helpers/application-fixture');
const { generateDemoDocument } = await import('@/lib/reports/demo-document');
const { runQueuedJobs, resetJobRunner } = await import('@/lib/jobs/runner');
const { filesDir } = await import('@/lib/config');
const { HOSTILE_TEXTS } = await import('./hostile-payloads');

const t = freshDatabase('hostile-upload');
const sql = t.db.$client;
let fx: ReturnType<typeof applicationFixture>;
let pdf: Buffer;
const BOUNDARY = '----kkfuzzboundary';
const tally = { cases: 0, accepted: 0, refused: {} as Record<number, number>, serverErrors: 0 };

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2027-02-10T10:00:00.000Z'));
  fx = applicationFixture(t.db);
  pdf = (await generateDemoDocument({ municipalityName: 'Habo', kommunkod: '0643', type: 'vision', year: 2026, seed: 7, pages: 1 })).pdf;
  process.env.UPLOAD_MAX_FILE_MB = '2';
  process.env.UPLOAD_MAX_TOTAL_MB = '400';
}, 60_000);

afterAll(() => {
  vi.useRealTimers();
  resetJobRunner();
  delete process.env.UPLOAD_MAX_FILE_MB;
  delete process.env.UPLOAD_MAX_TOTAL_MB;
  console.log(
    `Hostile upload: ${tally.cases} cases, ${tally.accepted} accepted, refused by status ${JSON.stringify(tally.refused)}, ${tally.serverErrors} server errors.`,
  );
  t.cleanup();
});

function part(content: Buffer, opts: { filename?: string; type?: string } = {}): Buffer {
  return Buffer.concat([
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${opts.filename ?? 'plan.pdf'}"\r\nContent-Type: ${opts.type ?? 'application/pdf'}\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}

type Case = { body: Buffer | ReadableStream<Uint8Array> | null; headers?: Record<string, string>; query?: Record<string, string>; user?: CurrentUser | null };

/** Sends one request through the route handler; any status ≥ 500 or a throw fails the test. */
async function send(c: Case): Promise<{ status: number; body: { error?: string; document?: { id: number } } }> {
  tally.cases++;
  current.user = c.user === undefined ? fx.haboContact : c.user;
  const query = new URLSearchParams(c.query ?? { nominationId: String(fx.habo), type: 'ovrigt', title: 'Plan' });
  const req = new NextRequest(`http://localhost/api/upload?${query}`, {
    method: 'POST',
    headers: c.headers ?? { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
    body: Buffer.isBuffer(c.body) ? new Uint8Array(c.body) : c.body,
    duplex: 'half',
  } as ConstructorParameters<typeof NextRequest>[1]);
  const res = await POST(req);
  const text = await res.text();
  let body: { error?: string; document?: { id: number } };
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`not JSON (${res.status}): ${text.slice(0, 200)}`);
  }
  if (res.status >= 500) tally.serverErrors++;
  expect(res.status, text).toBeLessThan(500);
  if (res.status === 201) tally.accepted++;
  else {
    tally.refused[res.status] = (tally.refused[res.status] ?? 0) + 1;
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(body.error, `a ${res.status} needs a message`).toMatch(/\p{L}{3,}.*\./u);
  }
  return { status: res.status, body };
}

const tmpFiles = () => {
  const dir = path.join(filesDir(), 'tmp');
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
};
/** Files on disk must be exactly those of the stored documents: nothing half-written, nothing orphaned. */
function expectDiskMatchesDatabase() {
  expect(tmpFiles()).toEqual([]);
  const stored = new Set((sql.prepare('select distinct sha256 from documents').all() as { sha256: string }[]).map((r) => r.sha256));
  const onDisk = fs.existsSync(filesDir()) ? fs.readdirSync(filesDir()).filter((f) => f !== 'tmp') : [];
  expect(new Set(onDisk)).toEqual(stored);
}

/** Removes accepted documents so the application's total limit is never the reason for a refusal. */
function clearDocuments() {
  sql.prepare('delete from jobs').run();
  for (const { sha256 } of sql.prepare('select sha256 from documents').all() as { sha256: string }[]) fs.rmSync(path.join(filesDir(), sha256), { force: true });
  sql.prepare('delete from documents').run();
}

/** A byte mutation of a real PDF: flips, overwrites, insertions, deletions, truncation, duplication. */
const mutatedPdf = fc
  .array(
    fc.oneof(
      fc.record({ kind: fc.constant('flip' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), bits: fc.integer({ min: 1, max: 255 }) }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), bytes: fc.uint8Array({ maxLength: 64 }) }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 512 }) }),
      fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
      fc.record({ kind: fc.constant('repeat' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 2048 }) }),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((ops) => {
    let b = Buffer.from(pdf);
    for (const op of ops) {
      const i = Math.min(b.length, Math.floor(op.at * b.length));
      if (op.kind === 'flip' && b.length > 0) b[Math.min(i, b.length - 1)] ^= op.bits;
      if (op.kind === 'insert') b = Buffer.concat([b.subarray(0, i), Buffer.from(op.bytes), b.subarray(i)]);
      if (op.kind === 'delete') b = Buffer.concat([b.subarray(0, i), b.subarray(i + op.length)]);
      if (op.kind === 'truncate') b = b.subarray(0, i);
      if (op.kind === 'repeat') b = Buffer.concat([b.subarray(0, i), b.subarray(i, i + op.length), b.subarray(i)]);
    }
    return b;
  });

describe('the upload route under hostile input', () => {
  it('a valid PDF is accepted (the harness can succeed)', async () => {
    const r = await send({ body: part(pdf) });
    expect(r.status).toBe(201);
    clearDocuments();
  });

  it('random bytes, as a file or as the whole body', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), fc.boolean(), async (bytes, wrapped) => {
        const r = await send({ body: wrapped ? part(Buffer.from(bytes)) : Buffer.from(bytes) });
        expect(r.status).not.toBe(201);
      }),
      { numRuns: 120 },
    );
    expectDiskMatchesDatabase();
  });

  it('byte-mutated real PDFs: refused or stored, and text extraction survives the stored ones', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedPdf, async (bytes) => {
        await send({ body: part(bytes) });
      }),
      { numRuns: 150 },
    );
    const accepted = (sql.prepare('select count(*) as n from documents').get() as { n: number }).n;
    await runQueuedJobs(t.db);
    const statuses = sql.prepare('select text_status as s, count(*) as n from documents group by text_status').all() as { s: string; n: number }[];
    for (const { s } of statuses) expect(['ready', 'no_text', 'failed']).toContain(s);
    expect(statuses.reduce((a, b) => a + b.n, 0)).toBe(accepted);
    expectDiskMatchesDatabase();
    clearDocuments();
  }, 120_000);

  it('oversize: a file over the limit, a declared length over the limit', async () => {
    const big = Buffer.alloc(3 * 1024 * 1024, 0x20);
    big.write('%PDF-1.4\n', 0);
    big.write('\n%%EOF\n', big.length - 8);
    expect((await send({ body: part(big) })).status).toBe(413);
    const declared = await send({ body: part(pdf), headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, 'content-length': String(10 * 1024 ** 3) } });
    expect(declared.status).toBe(413);
    expectDiskMatchesDatabase();
  });

  it('broken multipart and wrong content types', async () => {
    const good = part(pdf);
    const bodies: Case[] = [
      { body: good, headers: { 'content-type': 'multipart/form-data' } },
      { body: good, headers: { 'content-type': 'multipart/form-data; boundary=other' } },
      { body: good, headers: { 'content-type': 'application/json' } },
      { body: good, headers: { 'content-type': 'text/plain' } },
      { body: good, headers: { 'content-type': 'application/x-www-form-urlencoded' } },
      { body: good, headers: {} },
      { body: null },
      { body: good.subarray(0, Math.floor(good.length / 2)) },
      { body: good.subarray(0, 60) },
      { body: Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="title"\r\n\r\nbara ett fält\r\n--${BOUNDARY}--\r\n`) },
      { body: Buffer.concat([part(pdf).subarray(0, -4), Buffer.from(`\r\n`), part(pdf)]) },
      { body: Buffer.from(`--${BOUNDARY}\r\n${'X-Header: y\r\n'.repeat(5000)}\r\n\r\n--${BOUNDARY}--\r\n`) },
      { body: Buffer.from(JSON.stringify({ file: 'x'.repeat(1024 * 1024) })), headers: { 'content-type': 'application/json' } },
      { body: Buffer.from('['.repeat(100_000) + ']'.repeat(100_000)), headers: { 'content-type': 'application/json' } },
      { body: part(pdf, { type: 'text/html', filename: '<script>alert(1)</script>.pdf' }) },
      { body: part(pdf, { filename: '../../../../etc/passwd\u0000.pdf' }) },
    ];
    for (const c of bodies) await send(c);
    // A body that breaks off half-way (the client disconnects).
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(good.subarray(0, 2000)));
        setTimeout(() => controller.error(new Error('connection reset')), 5);
      },
    });
    const r = await send({ body: broken });
    expect(r.status).toBe(400);
    expectDiskMatchesDatabase();
    clearDocuments();
    // A stored document name keeps no path and no control characters.
    for (const { filename } of sql.prepare('select filename from documents').all() as { filename: string }[]) expect(filename).not.toMatch(/[/\\\u0000-\u001f]/);
  });

  it('hostile query text (SQL, HTML, script, control characters, huge and odd numbers) and hostile users', async () => {
    const nominations = [String(fx.habo), '0', '-1', '1e308', '1 OR 1=1', "1'; drop table documents;--", '9'.repeat(400), 'NaN', '0x10', ' 1 ', ''];
    const types = ['ovrigt', 'vision', '<script>', "' OR ''='", 'x'.repeat(5000)];
    let n = 0;
    for (const nominationId of nominations)
      for (const type of types) {
        const title = HOSTILE_TEXTS[n++ % HOSTILE_TEXTS.length];
        const r = await send({ body: part(pdf), query: { nominationId, type, title } });
        if (r.status === 201) {
          const row = sql.prepare('select title from documents where id = ?').get(r.body.document!.id) as { title: string };
          expect(row.title).toBe(title.trim());
          clearDocuments();
        }
      }
    for (const user of [null, fx.svedalaContact, fx.organiser, fx.juror]) expect((await send({ body: part(pdf), user })).status).toBeGreaterThanOrEqual(401);
    expect((sql.prepare("select count(*) as n from sqlite_master where name = 'documents'").get() as { n: number }).n).toBe(1);
    expectDiskMatchesDatabase();
  }, 60_000);
});
