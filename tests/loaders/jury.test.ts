import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/session';

// forbidden() throws its 403 signal only when Next's authInterrupts are on (as in next.config.ts).
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));

const { loadJurorNomination, loadMyAssignments, loadOwnOverview, loadInterviewNotes } = await import('@/lib/loaders/jury');
const { seedDemo } = await import('@/seeds/demo');
const { syncMunicipalities } = await import('@/seeds/municipalities');
const { freshDatabase } = await import('../helpers/db');
const { closeDb } = await import('@/db/client');

const t = freshDatabase('jury-loaders');
const sql = t.db.$client;

function userOf(email: string): CurrentUser {
  const u = sql.prepare('select id, email, name, role, organisation, kommunkod from users where email = ?').get(email) as CurrentUser;
  return { ...u, municipalityName: null, isDemo: true };
}

/** What a loader did instead of returning: the Next signal (404, 403, redirect), or 'ok'. */
async function outcome(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
    return 'ok';
  } catch (err) {
    const digest = (err as { digest?: string }).digest ?? String(err);
    if (digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;')) return digest.split(';')[1];
    if (digest.startsWith('NEXT_REDIRECT')) return `redirect ${digest.split(';')[2]}`;
    throw err;
  }
}

let nominations: number[];
let conflict: { nominationId: number; email: string };
const sheetStatus = (nominationId: number, email: string) =>
  (sql.prepare('select s.status from score_sheets s join users u on u.id = s.juror_id where s.nomination_id = ? and u.email = ?').get(nominationId, email) as
    | { status: string }
    | undefined)?.status ?? null;

beforeAll(async () => {
  syncMunicipalities(t.db);
  await seedDemo(t.db);
  nominations = (sql.prepare('select id from nominations order by id').all() as { id: number }[]).map((r) => r.id);
  conflict = sql
    .prepare('select n.id as nominationId, u.email from conflicts c join nominations n on n.kommunkod = c.kommunkod join users u on u.id = c.juror_id')
    .get() as typeof conflict;
}, 60_000);

afterAll(() => {
  closeDb();
  t.cleanup();
});

describe('loadJurorNomination — who gets what', () => {
  // jury1 is juror index 0: nomination index 0 submitted, 1 in progress, 2 not started.
  it('an assigned juror who has not submitted gets the nomination, the documents and their own sheet — but nothing of the others', async () => {
    current.user = userOf('jury1@example.org');
    const n = await loadJurorNomination(nominations[1]);
    expect(sheetStatus(nominations[1], 'jury1@example.org')).toBe('in_progress');
    expect(n.ownSheetSubmitted).toBe(false);
    expect(n.others).toBeNull();
    expect(n.documents.length).toBeGreaterThanOrEqual(2);
    expect(n.sheet.scores.length).toBe(7); // ceil(13 / 2) criteria scored in the demo
    expect(n.sheet).toMatchObject({ status: 'in_progress', done: expect.any(Number), total: 13 });
    expect(n.rubric.flatMap((a) => a.criteria)).toHaveLength(13);
    expect(n.selfDescription.byArea.democracy).toMatch(/Demodata/);
    // Others' submitted scores exist for this nomination, yet none leaks into the DTO.
    const othersComments = sql
      .prepare("select sc.comment from scores sc join score_sheets s on s.id = sc.sheet_id join users u on u.id = s.juror_id where s.nomination_id = ? and s.status = 'submitted' and u.email <> 'jury1@example.org'")
      .all(nominations[1]) as { comment: string }[];
    expect(othersComments.length).toBeGreaterThan(0);
    const json = JSON.stringify(n);
    const ownComments = new Set(n.sheet.scores.map((s) => s.comment));
    for (const c of othersComments) if (!ownComments.has(c.comment)) expect(json).not.toContain(c.comment);
  });

  it('after submitting, the juror sees the others: the distribution per criterion and their comments with names', async () => {
    current.user = userOf('jury1@example.org');
    const n = await loadJurorNomination(nominations[0]);
    expect(n.ownSheetSubmitted).toBe(true);
    expect(n.canScore).toBe(false);
    expect(n.others).not.toBeNull();
    const others = n.others!;
    const submittedOthers = (
      sql
        .prepare("select count(*) as n from score_sheets s join users u on u.id = s.juror_id where s.nomination_id = ? and s.status = 'submitted' and u.email <> 'jury1@example.org'")
        .get(nominations[0]) as { n: number }
    ).n;
    expect(others.jurors).toBe(submittedOthers);
    expect(others.criteria).toHaveLength(13);
    for (const c of others.criteria) expect(c.distribution.n + c.distribution.cannotAssess).toBe(submittedOthers);
    const names = (sql.prepare("select name from users where role = 'juror' and email <> 'jury1@example.org'").all() as { name: string }[]).map((r) => r.name);
    const commenters = new Set(others.criteria.flatMap((c) => c.comments.map((x) => x.juror)));
    expect(commenters.size).toBeGreaterThan(0);
    for (const who of commenters) expect(names.some((name) => who.startsWith(name))).toBe(true);
    expect([...commenters].some((who) => who.startsWith(current.user!.name))).toBe(false);
  });

  it('hides names (or comments) when the organiser has decided so in the cycle settings', async () => {
    current.user = userOf('jury1@example.org');
    sql.prepare(`update cycles set settings = json('{"peerView":{"names":false}}')`).run();
    const anonymous = (await loadJurorNomination(nominations[0])).others!;
    expect(new Set(anonymous.criteria.flatMap((c) => c.comments.map((x) => x.juror)))).toEqual(new Set(['En jurymedlem']));
    sql.prepare(`update cycles set settings = json('{"peerView":{"comments":false}}')`).run();
    const noComments = (await loadJurorNomination(nominations[0])).others!;
    expect(noComments.criteria.every((c) => c.comments.length === 0)).toBe(true);
    expect(noComments.criteria[0].distribution.n).toBeGreaterThan(0);
    sql.prepare(`update cycles set settings = json('{}')`).run();
  });

  it('answers 404 to a conflicted juror, an unassigned juror and an unknown nomination; 403 to other roles; sign-in when signed out', async () => {
    current.user = userOf(conflict.email);
    expect(await outcome(() => loadJurorNomination(conflict.nominationId))).toBe('404');
    const jury2 = userOf('jury2@example.org');
    sql.prepare('delete from assignments where nomination_id = ? and juror_id = ?').run(nominations[5], jury2.id);
    current.user = jury2;
    expect(await outcome(() => loadJurorNomination(nominations[5]))).toBe('404');
    expect(await outcome(() => loadJurorNomination(999_999))).toBe('404');
    expect(await outcome(() => loadJurorNomination(Number.NaN))).toBe('404');
    current.user = userOf('arrangor@example.org');
    expect(await outcome(() => loadJurorNomination(nominations[0]))).toBe('403');
    current.user = userOf('kommun1@example.org');
    expect(await outcome(() => loadJurorNomination(nominations[0]))).toBe('403');
    current.user = null;
    expect(await outcome(() => loadJurorNomination(nominations[0]))).toBe('redirect /logga-in');
  });

  it('searches the nomination’s documents and shows the text of the selected page', async () => {
    current.user = userOf('jury1@example.org');
    const first = await loadJurorNomination(nominations[2]);
    const doc = first.documents[1];
    const text = (sql.prepare('select text from document_pages where document_id = ? and page_no = 2').get(doc.id) as { text: string }).text;
    const word = text.split(/[^\p{L}]+/u).find((w) => w.length > 6)!;
    const n = await loadJurorNomination(nominations[2], { documentId: doc.id, page: 2, query: word });
    expect(n.viewer).toMatchObject({ documentId: doc.id, page: 2, pageText: text, query: word });
    expect(n.viewer.hits.length).toBeGreaterThan(0);
    expect(n.viewer.hits.some((h) => h.documentId === doc.id && h.pageNo === 2)).toBe(true);
    expect(n.viewer.hits[0].snippet).toMatch(/\[\[.+\]\]/);
    // A page beyond the end is clamped; a document of another nomination is not shown.
    const other = (sql.prepare('select id from documents where nomination_id = ? limit 1').get(nominations[3]) as { id: number }).id;
    const clamped = await loadJurorNomination(nominations[2], { documentId: other, page: 9999 });
    expect(clamped.viewer.documentId).toBe(first.documents[0].id);
    expect(clamped.viewer.page).toBe(first.documents[0].pageCount);
  });
});

describe('loadMyAssignments, loadOwnOverview, loadInterviewNotes', () => {
  it('lists the assigned nominations with progress; a conflicted one never appears', async () => {
    current.user = userOf(conflict.email);
    const { assignments } = await loadMyAssignments();
    expect(assignments).toHaveLength(11);
    expect(assignments.some((a) => a.nominationId === conflict.nominationId)).toBe(false);
    expect(new Set(assignments.map((a) => a.progress))).toEqual(new Set(['submitted', 'in_progress', 'not_started']));
    for (const a of assignments) {
      expect(a.total).toBe(13);
      if (a.progress === 'submitted') expect(a.scored).toBe(13);
      if (a.progress === 'not_started') expect(a.scored).toBe(0);
    }
  });

  it('shows the juror’s own distribution against the middle of the scale', async () => {
    current.user = userOf('jury4@example.org');
    const { cycles } = await loadOwnOverview();
    expect(cycles).toHaveLength(1);
    const { profile, scale, nominations: rows } = cycles[0];
    const count = (sql.prepare("select count(*) as n from scores sc join score_sheets s on s.id = sc.sheet_id join users u on u.id = s.juror_id where u.email = 'jury4@example.org' and sc.value is not null").get() as { n: number }).n;
    expect(profile.n).toBe(count);
    expect(profile.counts.reduce((a, c) => a + c.count, 0)).toBe(count);
    expect(profile.middle).toBe((scale.min + scale.max) / 2);
    expect(['lenient', 'strict', 'balanced']).toContain(profile.tendency);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('opens interview notes for a finalist only', async () => {
    current.user = userOf('jury1@example.org');
    expect(await outcome(() => loadInterviewNotes(nominations[6]))).toBe('404');
    sql.prepare('update nominations set finalist = 1 where id = ?').run(nominations[6]);
    const notes = await loadInterviewNotes(nominations[6]);
    expect(notes.areas).toHaveLength(4);
    expect(notes.canWrite).toBe(false); // the demo cycle is in review
    expect(notes.closedReason).toMatch(/Intervjuer/);
  });
});
