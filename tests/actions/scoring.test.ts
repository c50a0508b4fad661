import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/session';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));

const { saveScore, submitSheet, reopenSheet, saveInterviewNote, SCORING_MESSAGES } = await import('@/lib/actions/scoring');
const { seedDemo } = await import('@/seeds/demo');
const { syncMunicipalities } = await import('@/seeds/municipalities');
const { freshDatabase } = await import('../helpers/db');
const { closeDb } = await import('@/db/client');

// The demo cycle's review runs 16 March – 31 May 2027; the tests live inside it.
const IN_REVIEW = new Date('2027-04-01T10:00:00.000Z');

const t = freshDatabase('scoring');
const sql = t.db.$client;

type Ids = {
  jurors: CurrentUser[];
  organiser: CurrentUser;
  contact: CurrentUser;
  nominations: number[];
  criteria: number[];
  areas: number[];
  cycleId: number;
  conflictedNomination: number;
};
let ids: Ids;

function userOf(email: string): CurrentUser {
  const u = sql.prepare('select id, email, name, role, organisation, kommunkod from users where email = ?').get(email) as CurrentUser;
  return { ...u, municipalityName: null, isDemo: true };
}
const sheet = (nominationId: number, jurorId: number) =>
  sql.prepare('select * from score_sheets where nomination_id = ? and juror_id = ?').get(nominationId, jurorId) as
    | { id: number; status: string; revision: number; submitted_at: string | null; reopened_reason: string | null }
    | undefined;
const scoreRow = (sheetId: number, criterionId: number) =>
  sql.prepare('select value, cannot_assess, comment from scores where sheet_id = ? and criterion_id = ?').get(sheetId, criterionId) as
    | { value: number | null; cannot_assess: number; comment: string }
    | undefined;
const auditCount = (action: string) => (sql.prepare('select count(*) as n from audit_log where action = ?').get(action) as { n: number }).n;

/** The nominations by the demo's index, and which state a juror's sheet is in: (ni + ji) % 3 → 0 submitted, 1 in progress, 2 not started. */
const nominationInState = (jurorIndex: number, state: 0 | 1 | 2, skip = 0) =>
  ids.nominations.filter((_, ni) => (ni + jurorIndex) % 3 === state && ids.nominations[ni] !== ids.conflictedNomination)[skip];

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(IN_REVIEW);
  syncMunicipalities(t.db);
  await seedDemo(t.db);
  const conflict = sql
    .prepare('select n.id from conflicts c join nominations n on n.kommunkod = c.kommunkod and n.cycle_id = c.cycle_id')
    .get() as { id: number };
  ids = {
    jurors: [1, 2, 3, 4, 5, 6, 7].map((i) => userOf(`jury${i}@example.org`)),
    organiser: userOf('arrangor@example.org'),
    contact: userOf('kommun1@example.org'),
    nominations: (sql.prepare('select id from nominations order by id').all() as { id: number }[]).map((r) => r.id),
    criteria: (
      sql.prepare('select c.id from rubric_criteria c join rubric_areas a on a.id = c.area_id order by a.position, c.position').all() as { id: number }[]
    ).map((r) => r.id),
    areas: (sql.prepare('select id from rubric_areas order by position').all() as { id: number }[]).map((r) => r.id),
    cycleId: (sql.prepare('select id from cycles').get() as { id: number }).id,
    conflictedNomination: conflict.id,
  };
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

describe('saveScore', () => {
  it('creates the sheet on the first save, stores value and comment, and audits it', async () => {
    const juror = ids.jurors[0];
    const nominationId = nominationInState(0, 2);
    expect(sheet(nominationId, juror.id)).toBeUndefined();
    current.user = juror;
    const before = auditCount('score.saved');
    const result = await saveScore({ nominationId, criterionId: ids.criteria[0], value: 5, comment: 'Tydlig styrmodell', revision: 0 });
    expect(result).toEqual({ ok: true, data: { savedAt: IN_REVIEW.toISOString(), revision: 0, state: 'complete' } });
    const s = sheet(nominationId, juror.id)!;
    expect(s).toMatchObject({ status: 'in_progress', revision: 0 });
    expect(scoreRow(s.id, ids.criteria[0])).toEqual({ value: 5, cannot_assess: 0, comment: 'Tydlig styrmodell' });
    expect(auditCount('score.saved')).toBe(before + 1);

    // A second save of the same criterion overwrites it; an extreme without comment is kept as a draft.
    const again = await saveScore({ nominationId, criterionId: ids.criteria[0], value: 1, comment: '', revision: 0 });
    expect(again).toMatchObject({ ok: true, data: { state: 'comment_required' } });
    expect(scoreRow(s.id, ids.criteria[0])).toEqual({ value: 1, cannot_assess: 0, comment: '' });
    const cannot = await saveScore({ nominationId, criterionId: ids.criteria[1], value: null, cannotAssess: true, comment: 'Underlag saknas', revision: 0 });
    expect(cannot).toMatchObject({ ok: true, data: { state: 'complete' } });
  });

  it('refuses a value outside the scale, with a Swedish message, and stores nothing', async () => {
    const juror = ids.jurors[1];
    const nominationId = nominationInState(1, 2);
    current.user = juror;
    for (const value of [0, 6, 99]) {
      const r = await saveScore({ nominationId, criterionId: ids.criteria[0], value, comment: 'x', revision: 0 });
      expect(r).toEqual({ ok: false, error: 'Välj ett värde från 1 till 5.', fieldErrors: { value: 'Välj ett värde från 1 till 5.' } });
    }
    const fraction = await saveScore({ nominationId, criterionId: ids.criteria[0], value: 2.5, comment: '', revision: 0 });
    expect(fraction).toMatchObject({ ok: false, fieldErrors: { value: 'Välj ett värde på skalan.' } });
    const both = await saveScore({ nominationId, criterionId: ids.criteria[0], value: 3, cannotAssess: true, comment: 'x', revision: 0 });
    expect(both).toMatchObject({ ok: false, error: expect.stringMatching(/antingen ett värde/) });
    expect(sheet(nominationId, juror.id)).toBeUndefined();
  });

  it('refuses a criterion that is not in the rubric of the cycle', async () => {
    current.user = ids.jurors[1];
    const r = await saveScore({ nominationId: nominationInState(1, 2), criterionId: 999_999, value: 3, comment: '', revision: 0 });
    expect(r).toEqual({ ok: false, error: SCORING_MESSAGES.unknownCriterion });
  });

  it('refuses a nomination the juror is not assigned to, one with a conflict, and one that does not exist — all alike', async () => {
    const juror = ids.jurors[3];
    const nominationId = nominationInState(3, 2);
    sql.prepare('delete from assignments where nomination_id = ? and juror_id = ?').run(nominationId, juror.id);
    current.user = juror;
    const notAssigned = await saveScore({ nominationId, criterionId: ids.criteria[0], value: 3, comment: '', revision: 0 });
    expect(notAssigned).toEqual({ ok: false, error: SCORING_MESSAGES.notFound });

    const conflicted = ids.jurors[2]; // jury3 declared a conflict with the fifth applicant
    current.user = conflicted;
    const c = await saveScore({ nominationId: ids.conflictedNomination, criterionId: ids.criteria[0], value: 3, comment: '', revision: 0 });
    expect(c).toEqual({ ok: false, error: SCORING_MESSAGES.notFound });

    // A conflict declared on an assigned nomination wins over the assignment.
    const assignedNomination = nominationInState(2, 1);
    const kommunkod = (sql.prepare('select kommunkod from nominations where id = ?').get(assignedNomination) as { kommunkod: string }).kommunkod;
    sql.prepare("insert into conflicts (cycle_id, juror_id, kommunkod, reason, created_at) values (?, ?, ?, 'Test', '2027-04-01')").run(ids.cycleId, conflicted.id, kommunkod);
    const c2 = await saveScore({ nominationId: assignedNomination, criterionId: ids.criteria[0], value: 3, comment: '', revision: 0 });
    expect(c2).toEqual({ ok: false, error: SCORING_MESSAGES.notFound });

    const missing = await saveScore({ nominationId: 999_999, criterionId: ids.criteria[0], value: 3, comment: '', revision: 0 });
    expect(missing).toEqual({ ok: false, error: SCORING_MESSAGES.notFound });
    expect(sheet(nominationId, juror.id)).toBeUndefined();
  });

  it('refuses the organiser, a municipality and a signed-out caller', async () => {
    const input = { nominationId: ids.nominations[0], criterionId: ids.criteria[0], value: 3, comment: '', revision: 0 };
    current.user = ids.organiser;
    expect(await saveScore(input)).toEqual({ ok: false, error: expect.stringMatching(/behörighet/) });
    current.user = ids.contact;
    expect(await saveScore(input)).toEqual({ ok: false, error: expect.stringMatching(/behörighet/) });
    current.user = null;
    expect(await saveScore(input)).toEqual({ ok: false, error: expect.stringMatching(/inte inloggad/) });
  });

  it('refuses a score after the sheet is submitted', async () => {
    const juror = ids.jurors[0];
    const nominationId = nominationInState(0, 0);
    const s = sheet(nominationId, juror.id)!;
    expect(s.status).toBe('submitted');
    current.user = juror;
    const r = await saveScore({ nominationId, criterionId: ids.criteria[0], value: 3, comment: '', revision: s.revision });
    expect(r).toEqual({ ok: false, error: SCORING_MESSAGES.locked });
  });

  it('refuses a score outside the review phase and outside its dates, naming the phase or the date', async () => {
    const juror = ids.jurors[4];
    const nominationId = nominationInState(4, 2);
    current.user = juror;
    const input = { nominationId, criterionId: ids.criteria[0], value: 3, comment: '', revision: 0 };
    sql.prepare("update cycles set phase = 'finalists_named'").run();
    expect(await saveScore(input)).toEqual({ ok: false, error: expect.stringMatching(/Sista dag för bedömning var 31 maj 2027/) });
    sql.prepare("update cycles set phase = 'applications_open'").run();
    expect(await saveScore(input)).toEqual({ ok: false, error: expect.stringMatching(/går bara i fasen ”Granskning”/) });
    sql.prepare("update cycles set phase = 'review'").run();
    vi.setSystemTime(new Date('2027-06-01T08:00:00.000Z'));
    expect(await saveScore(input)).toEqual({ ok: false, error: expect.stringMatching(/Sista dag för bedömning var 31 maj 2027/) });
    vi.setSystemTime(new Date('2026-09-15T08:00:00.000Z'));
    expect(await saveScore(input)).toEqual({ ok: false, error: expect.stringMatching(/Granskningen öppnar 1 oktober 2026/) });
    expect(sheet(nominationId, juror.id)).toBeUndefined();
  });

  it('gives a juror who reads English the phase refusal in English', async () => {
    const juror = ids.jurors[4];
    const nominationId = nominationInState(4, 2);
    current.user = juror;
    const input = { nominationId, criterionId: ids.criteria[0], value: 3, comment: '', revision: 0 };
    sql.prepare("update users set locale = 'en' where id = ?").run(juror.id);
    try {
      sql.prepare("update cycles set phase = 'finalists_named'").run();
      expect(await saveScore(input)).toEqual({ ok: false, error: expect.stringMatching(/^The last day for assessment was 31 May 2027, \d\d:\d\d\. Contact the organiser/) });
      sql.prepare("update cycles set phase = 'applications_open'").run();
      expect(await saveScore(input)).toEqual({ ok: false, error: 'Assessing is only possible in the phase “Review”. The cycle is now in the phase “Applications open”.' });
    } finally {
      sql.prepare("update users set locale = 'sv' where id = ?").run(juror.id);
    }
  });

  it('refuses a stale write: a page opened before the sheet was submitted and reopened', async () => {
    const juror = ids.jurors[5];
    const nominationId = nominationInState(5, 0);
    const s = sheet(nominationId, juror.id)!;
    current.user = ids.organiser;
    expect(await reopenSheet({ sheetId: s.id, reason: 'Kommunen har kompletterat sin årsredovisning.' })).toEqual({ ok: true, data: { revision: s.revision + 1 } });
    current.user = juror;
    const stale = await saveScore({ nominationId, criterionId: ids.criteria[0], value: 3, comment: '', revision: s.revision });
    expect(stale).toEqual({ ok: false, error: SCORING_MESSAGES.stale });
    const fresh = await saveScore({ nominationId, criterionId: ids.criteria[0], value: 3, comment: '', revision: s.revision + 1 });
    expect(fresh.ok).toBe(true);
  });
});

describe('submitSheet', () => {
  it('lists the missing criteria (no score, no required comment) and keeps the sheet open', async () => {
    const juror = ids.jurors[6];
    const nominationId = nominationInState(6, 1); // in progress: half the criteria scored
    current.user = juror;
    const s = sheet(nominationId, juror.id)!;
    await saveScore({ nominationId, criterionId: ids.criteria[0], value: 5, comment: '', revision: s.revision });
    const r = await submitSheet({ nominationId, revision: s.revision });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const keys = Object.keys(r.fieldErrors ?? {});
    const scored = (sql.prepare('select count(*) as n from scores where sheet_id = ?').get(s.id) as { n: number }).n;
    expect(keys).toHaveLength(ids.criteria.length - scored + 1);
    expect(keys[0]).toBe(`kriterium-${ids.criteria[0]}`);
    expect(r.fieldErrors?.[keys[0]]).toMatch(/skriv en kommentar/);
    expect(r.error).toMatch(/inte komplett: \d+ kriterier saknas/);
    expect(sheet(nominationId, juror.id)?.status).toBe('in_progress');
  });

  it('refuses a sheet with nothing in it', async () => {
    current.user = ids.jurors[6];
    expect(await submitSheet({ nominationId: nominationInState(6, 2), revision: 0 })).toEqual({ ok: false, error: SCORING_MESSAGES.nothingScored });
  });

  it('submits a complete sheet: locked, revision raised, rubric locked, audited; a second submit is refused', async () => {
    const juror = ids.jurors[6];
    const nominationId = nominationInState(6, 2, 1);
    current.user = juror;
    sql.prepare('update cycles set rubric_locked_at = null').run();
    for (const [i, criterionId] of ids.criteria.entries()) {
      const r = await saveScore({ nominationId, criterionId, value: i === 0 ? 1 : 3, comment: i === 0 ? 'Saknar mål' : '', revision: 0 });
      expect(r.ok).toBe(true);
    }
    const before = auditCount('score_sheet.submitted');
    expect(await submitSheet({ nominationId, revision: 1 })).toEqual({ ok: false, error: SCORING_MESSAGES.stale });
    expect(await submitSheet({ nominationId, revision: 0 })).toEqual({ ok: true, data: { submittedAt: IN_REVIEW.toISOString(), revision: 1 } });
    expect(sheet(nominationId, juror.id)).toMatchObject({ status: 'submitted', revision: 1, submitted_at: IN_REVIEW.toISOString() });
    expect((sql.prepare('select rubric_locked_at as at from cycles').get() as { at: string }).at).toBe(IN_REVIEW.toISOString());
    expect(auditCount('score_sheet.submitted')).toBe(before + 1);
    expect(await submitSheet({ nominationId, revision: 1 })).toEqual({ ok: false, error: SCORING_MESSAGES.locked });
  });

  it('refuses a submit outside the review phase', async () => {
    current.user = ids.jurors[6];
    sql.prepare("update cycles set phase = 'finalists_named'").run();
    const r = await submitSheet({ nominationId: nominationInState(6, 1), revision: 0 });
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/Sista dag för bedömning/) });
  });
});

describe('reopenSheet', () => {
  it('requires the organiser and a reason, refuses a sheet that is not submitted, and tells the juror', async () => {
    const juror = ids.jurors[1];
    const nominationId = nominationInState(1, 0);
    const s = sheet(nominationId, juror.id)!;
    current.user = juror;
    expect(await reopenSheet({ sheetId: s.id, reason: 'Jag vill ändra något' })).toMatchObject({ ok: false, error: expect.stringMatching(/behörighet/) });
    current.user = ids.organiser;
    const noReason = await reopenSheet({ sheetId: s.id, reason: '  ' });
    expect(noReason).toMatchObject({ ok: false, fieldErrors: { reason: expect.stringMatching(/Skriv varför/) } });
    expect(await reopenSheet({ sheetId: 999_999, reason: 'Ett skäl som är långt nog' })).toEqual({ ok: false, error: SCORING_MESSAGES.sheetMissing });

    const mails = (sql.prepare('select count(*) as n from outbox').get() as { n: number }).n;
    const audits = auditCount('score_sheet.reopened');
    const r = await reopenSheet({ sheetId: s.id, reason: 'Fel dokument bedömdes.' });
    expect(r).toEqual({ ok: true, data: { revision: s.revision + 1 } });
    expect(sheet(nominationId, juror.id)).toMatchObject({ status: 'in_progress', submitted_at: null, reopened_reason: 'Fel dokument bedömdes.' });
    const mail = sql.prepare('select * from outbox order by id desc limit 1').get() as { to: string; subject: string; body: string };
    expect((sql.prepare('select count(*) as n from outbox').get() as { n: number }).n).toBe(mails + 1);
    expect(mail.to).toBe(juror.email);
    expect(mail.subject).toMatch(/har öppnats igen/);
    expect(mail.body).toContain('Skäl: Fel dokument bedömdes.');
    expect(mail.body).toContain('Logga in på juryplattformen');
    expect(auditCount('score_sheet.reopened')).toBe(audits + 1);

    expect(await reopenSheet({ sheetId: s.id, reason: 'Fel dokument bedömdes.' })).toEqual({ ok: false, error: SCORING_MESSAGES.notSubmitted });
  });

  it('tells a juror who reads English in English', async () => {
    const juror = ids.jurors[2];
    const s = sheet(nominationInState(2, 0), juror.id)!;
    expect(s.status).toBe('submitted');
    sql.prepare("update users set locale = 'en' where id = ?").run(juror.id);
    current.user = ids.organiser;
    expect(await reopenSheet({ sheetId: s.id, reason: 'The wrong document was assessed.' })).toMatchObject({ ok: true });
    const mail = sql.prepare('select * from outbox order by id desc limit 1').get() as { to: string; subject: string; body: string };
    expect(mail.to).toBe(juror.email);
    expect(mail.subject).toMatch(/^Your assessment of .+ has been reopened$/);
    expect(mail.body).toContain('Reason: The wrong document was assessed.');
    expect(mail.body).toContain('Sign in to the jury platform');
    expect(mail.body).not.toMatch(/Skäl|Logga in/);
    sql.prepare("update users set locale = 'sv' where id = ?").run(juror.id);
  });

  it('is refused outside the review phase', async () => {
    const s = sheet(nominationInState(3, 0), ids.jurors[3].id)!;
    current.user = ids.organiser;
    sql.prepare("update cycles set phase = 'deliberation'").run();
    expect(await reopenSheet({ sheetId: s.id, reason: 'Ett skäl som är långt nog' })).toEqual({ ok: false, error: SCORING_MESSAGES.reopenPhase });
  });
});

describe('saveInterviewNote', () => {
  const IN_INTERVIEWS = new Date('2027-09-01T10:00:00.000Z');
  const note = (over: Record<string, unknown> = {}) => ({
    nominationId: ids.nominations[0],
    areaId: ids.areas[0],
    interviewedRoles: 'Kommunstyrelsens ordförande, kommundirektör',
    interviewDate: '2027-09-01',
    observations: 'Tydlig röd tråd från mål till uppföljning.',
    strengths: 'Medborgardialog',
    concerns: '',
    score: 4,
    ...over,
  });

  it('saves (and updates) a note on a finalist in the interviews phase, for every juror separately', async () => {
    sql.prepare('update nominations set finalist = 1 where id = ?').run(ids.nominations[0]);
    sql.prepare("update cycles set phase = 'interviews'").run();
    vi.setSystemTime(IN_INTERVIEWS);
    current.user = ids.jurors[0];
    expect(await saveInterviewNote(note())).toEqual({ ok: true, data: { savedAt: IN_INTERVIEWS.toISOString() } });
    expect(await saveInterviewNote(note({ concerns: 'Ekonomin' }))).toMatchObject({ ok: true });
    current.user = ids.jurors[1];
    expect(await saveInterviewNote(note({ score: 2 }))).toMatchObject({ ok: true });
    const rows = sql.prepare('select juror_id, concerns, score from interview_notes where nomination_id = ? order by juror_id').all(ids.nominations[0]);
    expect(rows).toEqual([
      { juror_id: ids.jurors[0].id, concerns: 'Ekonomin', score: 4 },
      { juror_id: ids.jurors[1].id, concerns: '', score: 2 },
    ]);
    expect(auditCount('interview_note.saved')).toBe(3);
  });

  it('refuses a non-finalist, the wrong phase, a score off the scale, an unknown area, a bad date and a conflicted juror', async () => {
    sql.prepare("update cycles set phase = 'interviews'").run();
    vi.setSystemTime(IN_INTERVIEWS);
    current.user = ids.jurors[0];
    expect(await saveInterviewNote(note({ nominationId: ids.nominations[1] }))).toEqual({ ok: false, error: SCORING_MESSAGES.notFinalist });
    expect(await saveInterviewNote(note({ score: 7 }))).toMatchObject({ ok: false, fieldErrors: { score: 'Välj ett värde från 1 till 5.' } });
    expect(await saveInterviewNote(note({ areaId: 999_999 }))).toEqual({ ok: false, error: SCORING_MESSAGES.unknownArea });
    expect(await saveInterviewNote(note({ interviewDate: '1 sept' }))).toMatchObject({ ok: false, fieldErrors: { interviewDate: 'Skriv datumet som ÅÅÅÅ-MM-DD.' } });
    sql.prepare("update cycles set phase = 'review'").run();
    expect(await saveInterviewNote(note())).toMatchObject({ ok: false, error: expect.stringMatching(/Intervjuer/) });
    sql.prepare("update cycles set phase = 'interviews'").run();
    sql.prepare('update nominations set finalist = 1 where id = ?').run(ids.conflictedNomination);
    current.user = ids.jurors[2];
    expect(await saveInterviewNote(note({ nominationId: ids.conflictedNomination }))).toEqual({ ok: false, error: SCORING_MESSAGES.notFound });
  });
});
