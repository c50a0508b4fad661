import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import type { CurrentUser } from '@/lib/auth/session';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));

const { GET } = await import('@/app/api/dokument/[id]/route');
const { seedDemo } = await import('@/seeds/demo');
const { syncMunicipalities } = await import('@/seeds/municipalities');
const { freshDatabase } = await import('../helpers/db');
const { closeDb } = await import('@/db/client');

const t = freshDatabase('dokument');
const sql = t.db.$client;

function userOf(email: string): CurrentUser {
  const u = sql.prepare('select id, email, name, role, organisation, kommunkod from users where email = ?').get(email) as CurrentUser;
  return { ...u, municipalityName: null, isDemo: true };
}

async function get(id: number | string, as: CurrentUser | null, query = '') {
  current.user = as;
  const req = new NextRequest(`http://localhost/api/dokument/${id}${query}`);
  return GET(req, { params: Promise.resolve({ id: String(id) }) });
}

let doc: { id: number; nomination_id: number; kommunkod: string; filename: string; size_bytes: number };
let conflictedDoc: { id: number; email: string };

beforeAll(async () => {
  syncMunicipalities(t.db);
  await seedDemo(t.db);
  doc = sql
    .prepare('select d.id, d.nomination_id, n.kommunkod, d.filename, d.size_bytes from documents d join nominations n on n.id = d.nomination_id order by d.id limit 1')
    .get() as typeof doc;
  conflictedDoc = sql
    .prepare('select d.id, u.email from conflicts c join nominations n on n.kommunkod = c.kommunkod join documents d on d.nomination_id = n.id join users u on u.id = c.juror_id limit 1')
    .get() as typeof conflictedDoc;
}, 60_000);

afterAll(() => {
  closeDb();
  t.cleanup();
});

describe('GET /api/dokument/[id]', () => {
  it('answers 401 to a signed-out visitor, with a Swedish message', async () => {
    const res = await get(doc.id, null);
    expect(res.status).toBe(401);
    expect((await res.json()).error).toMatch(/inte inloggad/);
  });

  it('streams the PDF inline to the organiser, with nosniff and the file name', async () => {
    const res = await get(doc.id, userOf('arrangor@example.org'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toBe(`inline; filename="${doc.filename}"; filename*=UTF-8''${doc.filename}`);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.length).toBe(doc.size_bytes);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('sends it as an attachment with ?download=1', async () => {
    const res = await get(doc.id, userOf('arrangor@example.org'), '?download=1');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=/);
    await res.arrayBuffer();
  });

  it('lets an assigned juror read it, and answers 404 to a conflicted or unassigned juror', async () => {
    const assigned = userOf('jury1@example.org');
    const ok = await get(doc.id, assigned);
    expect(ok.status).toBe(200);
    await ok.arrayBuffer();

    const conflicted = await get(conflictedDoc.id, userOf(conflictedDoc.email));
    expect(conflicted.status).toBe(404);
    expect((await conflicted.json()).error).toMatch(/finns inte/);

    sql.prepare('delete from assignments where nomination_id = ? and juror_id = ?').run(doc.nomination_id, assigned.id);
    expect((await get(doc.id, assigned)).status).toBe(404);
  });

  it('lets the contact of its municipality read it, and answers 404 to another municipality', async () => {
    const own = sql.prepare("select email from users where role = 'municipality' and kommunkod = ?").get(doc.kommunkod) as { email: string };
    const other = sql.prepare("select email from users where role = 'municipality' and kommunkod <> ? limit 1").get(doc.kommunkod) as { email: string };
    const ok = await get(doc.id, userOf(own.email));
    expect(ok.status).toBe(200);
    await ok.arrayBuffer();
    expect((await get(doc.id, userOf(other.email))).status).toBe(404);
  });

  it('answers 404 for a document that does not exist or a malformed id', async () => {
    const organiser = userOf('arrangor@example.org');
    expect((await get(999_999, organiser)).status).toBe(404);
    expect((await get('../../etc/passwd', organiser)).status).toBe(404);
    expect((await get('1e3', organiser)).status).toBe(404);
  });
});
