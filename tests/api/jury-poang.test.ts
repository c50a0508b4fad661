/**
 * POST /api/jury/poang, the score sheet's autosave: the route handler itself, called
 * in-process with real Requests against the demo seed (only the session is mocked).
 * The same guards as the server action, answered with a 4xx status and the same
 * Swedish message; an accepted save writes the score and its audit entry.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/session';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));

const { POST } = await import('@/app/api/jury/poang/route');
const { SCORE_ROUTE_MESSAGES } = await import('@/lib/jury/score-autosave');
const { SCORING_MESSAGES } = await import('@/lib/actions/scoring');
const { MESSAGES } = await import('@/lib/errors');
const { seedDemo } = await import('@/seeds/demo');
const { syncMunicipalities } = await import('@/seeds/municipalities');
const { freshDatabase, dumpAllTables } = await import('../helpers/db');
const { closeDb } = await import('@/db/client');
const { HOSTILE_TEXTS } = await import('../security/hostile-payloads');

const IN_REVIEW = new Date('2027-04-01T10:00:00.000Z');
const t = freshDatabase('jury-poang');
const sql = t.db.$client;

let jurors: CurrentUser[] = [];
let organiser: CurrentUser;
let contact: CurrentUser;
let nominations: number[] = [];
let criteria: number[] = [];
let cycleId = 0;
let conflictedNomination = 0;

function userOf(email: string): CurrentUser {
  const u = sql.prepare('select id, email, name, role, organisation, kommunkod from users where email = ?').get(email) as CurrentUser;
  return { ...u, municipalityName: null, isDemo: true };
}
const sheet = (nominationId: number, jurorId: number) =>
  sql.prepare('select id, status, revision from score_sheets where nomination_id = ? and juror_id = ?').get(nominationId, jurorId) as
    | { id: number; status: string; revision: number }
    | undefined;
const scoreRow = (sheetId: number, criterionId: number) =>
  sql.prepare('select value, cannot_assess, comment from scores where sheet_id = ? and criterion_id = ?').get(sheetId, criterionId) as
    | { value: number | null; cannot_assess: number; comment: string }
    | undefined;
const auditCount = () => (sql.prepare("select count(*) as n from audit_log where action = 'score.saved'").get() as { n: number }).n;
/** The demo's sheet states: (ni + ji) % 3 → 0 submitted, 1 in progress, 2 not started. */
const nominationInState = (jurorIndex: number, state: 0 | 1 | 2, skip = 0) =>
  nominations.filter((id, ni) => (ni + jurorIndex) % 3 === state && id !== conflictedNomination)[skip];

function post(body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  return POST(new Request('http://localhost/api/jury/poang', { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) }));
}
async function answer(res: Response) {
  return { status: res.status, body: (await res.json()) as { ok: boolean; error?: string; fieldErrors?: Record<string, string>; data?: unknown } };
}

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(IN_REVIEW);
  syncMunicipalities(t.db);
  await seedDemo(t.db);
  jurors = [1, 2, 3, 4, 5, 6, 7].map((i) => userOf(`jury${i}@example.org`));
  organiser = userOf('arrangor@example.org');
  contact = userOf('kommun1@example.org');
  nominations = (sql.prepare('select id from nominations order by id').all() as { id: number }[]).map((r) => r.id);
  criteria = (sql.prepare('select c.id from rubric_criteria c join rubric_areas a on a.id = c.area_id order by a.position, c.position').all() as { id: number }[]).map((r) => r.id);
  cycleId = (sql.prepare('select id from cycles').get() as { id: number }).id;
  conflictedNomination = (sql.prepare('select n.id from conflicts c join nominations n on n.kommunkod = c.kommunkod and n.cycle_id = c.cycle_id').get() as { id: number }).id;
}, 60_000);

afterAll(() => {
  vi.useRealTimers();
  closeDb();
  t.cleanup();
});

beforeEach(() => {
  vi.setSystemTime(IN_REVIEW);
  sql.prepare("update cycles set phase = 'review'").run();
});

describe('POST /api/jury/poang', () => {
  it('saves an assigned juror’s score with its audit entry, and answers like the server action', async () => {
    const juror = jurors[0];
    const nominationId = nominationInState(0, 2);
    expect(sheet(nominationId, juror.id)).toBeUndefined();
    current.user = juror;
    const before = auditCount();
    const res = await answer(await post({ nominationId, criterionId: criteria[0], value: 5, cannotAssess: false, comment: 'Tydlig styrmodell', revision: 0 }));
    expect(res).toEqual({ status: 200, body: { ok: true, data: { savedAt: IN_REVIEW.toISOString(), revision: 0, state: 'complete' } } });
    const s = sheet(nominationId, juror.id)!;
    expect(scoreRow(s.id, criteria[0])).toEqual({ value: 5, cannot_assess: 0, comment: 'Tydlig styrmodell' });
    expect(auditCount()).toBe(before + 1);
    const audit = sql.prepare("select actor_id as actor, entity_id as entity, cycle_id as cycle, after from audit_log where action = 'score.saved' order by id desc limit 1").get() as Record<string, unknown>;
    expect(audit).toMatchObject({ actor: juror.id, entity: `${s.id}:${criteria[0]}`, cycle: cycleId });
    expect(JSON.parse(audit.after as string)).toEqual({ value: 5, cannotAssess: false, comment: 'Tydlig styrmodell' });
    // "Kan inte bedöma" with its comment.
    const cannot = await answer(await post({ nominationId, criterionId: criteria[1], value: null, cannotAssess: true, comment: 'Underlag saknas', revision: 0 }));
    expect(cannot).toMatchObject({ status: 200, body: { ok: true, data: { state: 'complete' } } });
  });

  it('refuses signed out (401), and the organiser and a municipality contact (403), writing nothing', async () => {
    const before = dumpAllTables(t.db);
    const input = { nominationId: nominations[0], criterionId: criteria[0], value: 3, comment: '', revision: 0 };
    current.user = null;
    expect(await answer(await post(input))).toEqual({ status: 401, body: { ok: false, error: MESSAGES.signedOut } });
    current.user = organiser;
    expect(await answer(await post(input))).toEqual({ status: 403, body: { ok: false, error: MESSAGES.forbidden } });
    current.user = contact;
    expect(await answer(await post(input))).toEqual({ status: 403, body: { ok: false, error: MESSAGES.forbidden } });
    expect(dumpAllTables(t.db)).toEqual(before);
  });

  it('answers 404 alike for a nomination not assigned, one with a conflict, and one that does not exist', async () => {
    const juror = jurors[3];
    const nominationId = nominationInState(3, 2);
    sql.prepare('delete from assignments where nomination_id = ? and juror_id = ?').run(nominationId, juror.id);
    current.user = juror;
    const notFound = { status: 404, body: { ok: false, error: SCORING_MESSAGES.notFound } };
    expect(await answer(await post({ nominationId, criterionId: criteria[0], value: 3, comment: '', revision: 0 }))).toEqual(notFound);
    current.user = jurors[2]; // jury3 declared a conflict with the fifth applicant
    expect(await answer(await post({ nominationId: conflictedNomination, criterionId: criteria[0], value: 3, comment: '', revision: 0 }))).toEqual(notFound);
    // A conflict declared on an assigned nomination wins over the assignment.
    const assigned = nominationInState(2, 1);
    const kommunkod = (sql.prepare('select kommunkod from nominations where id = ?').get(assigned) as { kommunkod: string }).kommunkod;
    sql.prepare("insert into conflicts (cycle_id, juror_id, kommunkod, reason, created_at) values (?, ?, ?, 'Test', '2027-04-01')").run(cycleId, jurors[2].id, kommunkod);
    expect(await answer(await post({ nominationId: assigned, criterionId: criteria[0], value: 3, comment: '', revision: 0 }))).toEqual(notFound);
    expect(await answer(await post({ nominationId: 999_999, criterionId: criteria[0], value: 3, comment: '', revision: 0 }))).toEqual(notFound);
    expect(sheet(nominationId, juror.id)).toBeUndefined();
  });

  it('answers 409 to a submitted (locked) sheet, a stale page and a closed phase, naming why', async () => {
    const juror = jurors[0];
    const submitted = nominationInState(0, 0);
    const s = sheet(submitted, juror.id)!;
    expect(s.status).toBe('submitted');
    current.user = juror;
    expect(await answer(await post({ nominationId: submitted, criterionId: criteria[0], value: 3, comment: '', revision: s.revision }))).toEqual({
      status: 409,
      body: { ok: false, error: SCORING_MESSAGES.locked },
    });
    const inProgress = nominationInState(0, 1);
    const p = sheet(inProgress, juror.id)!;
    expect(await answer(await post({ nominationId: inProgress, criterionId: criteria[0], value: 3, comment: '', revision: p.revision + 1 }))).toEqual({
      status: 409,
      body: { ok: false, error: SCORING_MESSAGES.stale },
    });
    vi.setSystemTime(new Date('2027-06-01T08:00:00.000Z'));
    const late = await answer(await post({ nominationId: inProgress, criterionId: criteria[0], value: 3, comment: '', revision: p.revision }));
    expect(late).toEqual({ status: 409, body: { ok: false, error: expect.stringMatching(/Sista dag för bedömning var 31 maj 2027/) } });
  });

  it('answers bad input with a 4xx and a Swedish message, and stores nothing', async () => {
    const juror = jurors[1];
    const nominationId = nominationInState(1, 2);
    current.user = juror;
    const before = dumpAllTables(t.db);
    const base = { nominationId, criterionId: criteria[0], value: 3, cannotAssess: false, comment: '', revision: 0 };
    expect(await answer(await post({ ...base, value: 6 }))).toEqual({
      status: 422,
      body: { ok: false, error: 'Välj ett värde från 1 till 5.', fieldErrors: { value: 'Välj ett värde från 1 till 5.' } },
    });
    expect(await answer(await post({ ...base, value: 2.5 }))).toMatchObject({ status: 422, body: { ok: false, error: MESSAGES.invalid, fieldErrors: { value: 'Välj ett värde på skalan.' } } });
    expect(await answer(await post({ ...base, criterionId: 999_999 }))).toEqual({ status: 422, body: { ok: false, error: SCORING_MESSAGES.unknownCriterion } });
    expect(await answer(await post({ ...base, comment: 'x'.repeat(4001) }))).toMatchObject({
      status: 422,
      body: { ok: false, fieldErrors: { comment: 'Kommentaren får vara högst 4 000 tecken.' } },
    });
    expect(await answer(await post({}))).toMatchObject({ status: 422, body: { ok: false, error: MESSAGES.invalid, fieldErrors: { nominationId: 'Nomineringen saknas.' } } });
    for (const junk of ['null', '[]', '"text"', '42', JSON.stringify([base])]) expect((await answer(await post(junk))).status, junk).toBe(422);
    expect(await answer(await post('{"nominationId": 1,'))).toEqual({ status: 400, body: { ok: false, error: SCORE_ROUTE_MESSAGES.notJson } });
    expect(await answer(await post(base, { 'content-type': 'text/plain' }))).toEqual({ status: 415, body: { ok: false, error: SCORE_ROUTE_MESSAGES.notJson } });
    expect(await answer(await post(base, {}))).toMatchObject({ status: 415 });
    // Too large: declared, and streamed without a length.
    expect(await answer(await post({ ...base, comment: 'x'.repeat(70_000) }))).toEqual({ status: 413, body: { ok: false, error: SCORE_ROUTE_MESSAGES.tooLarge } });
    const chunks = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < 20; i++) c.enqueue(new TextEncoder().encode('x'.repeat(8192)));
        c.close();
      },
    });
    const streamed = await POST(new Request('http://localhost/api/jury/poang', { method: 'POST', headers: { 'content-type': 'application/json' }, body: chunks, duplex: 'half' } as RequestInit));
    expect(await answer(streamed)).toEqual({ status: 413, body: { ok: false, error: SCORE_ROUTE_MESSAGES.tooLarge } });
    expect(dumpAllTables(t.db)).toEqual(before);
  });

  it('stores hostile comment text verbatim (bound parameters) and never answers 5xx', async () => {
    const juror = jurors[6];
    const nominationId = nominationInState(6, 2);
    current.user = juror;
    for (const text of HOSTILE_TEXTS.slice(0, 20)) {
      const res = await post({ nominationId, criterionId: criteria[2], value: 3, cannotAssess: false, comment: text, revision: 0 });
      expect(res.status, text).toBeLessThan(500);
      // A lone surrogate cannot be stored as UTF-8 at all; everything else comes back as sent.
      if (res.status === 200 && text.isWellFormed()) expect(scoreRow(sheet(nominationId, juror.id)!.id, criteria[2])!.comment).toBe(text.trim());
    }
  });
  it('chains every autosave into the audit log exactly as appendAudit does (the whole chain verifies; before and after as JSON)', async () => {
    const { readAuditRows } = await import('@/lib/audit/read-chain');
    const { verifyAuditChain } = await import('@/lib/audit/verify-chain');
    const { appendAudit } = await import('@/db/queries/audit');
    const juror = jurors[5];
    const nominationId = nominationInState(5, 2);
    current.user = juror;
    expect((await post({ nominationId, criterionId: criteria[3], value: 2, cannotAssess: false, comment: '', revision: 0 })).status).toBe(200);
    expect((await post({ nominationId, criterionId: criteria[3], value: 5, cannotAssess: false, comment: 'Mycket bra', revision: 0 })).status).toBe(200);
    const last = sql.prepare("select * from audit_log where action = 'score.saved' order by id desc limit 1").get() as Record<string, unknown>;
    expect(JSON.parse(last.before as string)).toEqual({ value: 2, cannotAssess: false, comment: '' });
    expect(JSON.parse(last.after as string)).toEqual({ value: 5, cannotAssess: false, comment: 'Mycket bra' });
    // The general writer appended after the fast one links on, and the fast one's rows are what the general one writes.
    appendAudit(t.db, { actorId: juror.id, action: 'score.saved', entity: 'score', entityId: last.entity_id as string, cycleId, before: null, after: { value: 1 }, at: IN_REVIEW.toISOString() });
    const fresh = sql.prepare('select * from audit_log order by id desc limit 1').get() as Record<string, unknown>;
    expect(fresh.prev_hash).toBe(last.hash);
    expect(fresh.before).toBeNull();
    const { rows, lastIssuedId } = readAuditRows(sql);
    const report = verifyAuditChain(rows, lastIssuedId);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
  });
});
