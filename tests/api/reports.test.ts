import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/session';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const report = await import('@/app/api/arrangor/omgang/[id]/rapport/route');
const press = await import('@/app/api/arrangor/omgang/[id]/pressmeddelande/route');
const letter = await import('@/app/api/kommun/aterkoppling/[nominationId]/route');
const exporter = await import('@/app/api/arrangor/omgang/[id]/export/[dataset]/route');
const { feedbackLetterFile, LETTER_NOT_AVAILABLE } = await import('@/lib/loaders/reports');
const { savePressReleaseQuote, setFeedbackLettersReleased } = await import('@/lib/actions/reports');
const { readAssessmentData } = await import('@/lib/assessment/data');
const { computeRankingView } = await import('@/lib/assessment/ranking-view');
const { engineSettings, weightsFromStored } = await import('@/lib/assessment/weights');
const { seedDemo } = await import('@/seeds/demo');
const { syncMunicipalities } = await import('@/seeds/municipalities');
const { freshDatabase } = await import('../helpers/db');
const { closeDb } = await import('@/db/client');

const t = freshDatabase('reports');
const sql = t.db.$client;
const EMBARGO = '2027-11-20T19:00:00.000Z';
const MOTIVATION = 'Kommunen styr med tydliga mål som följs upp i varje nämnd. Juryn lyfter samspelet mellan politiker och medarbetare.';

function userOf(email: string): CurrentUser {
  const u = sql
    .prepare('select u.id, u.email, u.name, u.role, u.organisation, u.kommunkod, m.name as municipalityName from users u left join municipalities m on m.kommunkod = u.kommunkod where u.email = ?')
    .get(email) as CurrentUser;
  return { ...u, isDemo: true };
}
const pdfText = (pdf: Buffer) => execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' });
const squash = (s: string) => s.replace(/\s+/g, ' ');

let cycleId: number;
let organiser: CurrentUser;
let juror: CurrentUser;
let own: CurrentUser;
let other: CurrentUser;
let ownNomination: number;
let winner: { id: number; name: string };
let expectedOrder: string[];

const call = async (as: CurrentUser | null, fn: () => Promise<Response>) => {
  current.user = as;
  return fn();
};
const getReport = (as: CurrentUser | null, id = cycleId) => call(as, () => report.GET(new Request('http://x'), { params: Promise.resolve({ id: String(id) }) }));
const getPress = (as: CurrentUser | null) => call(as, () => press.GET(new Request('http://x'), { params: Promise.resolve({ id: String(cycleId) }) }));
const getLetter = (as: CurrentUser | null, n = ownNomination) => call(as, () => letter.GET(new Request('http://x'), { params: Promise.resolve({ nominationId: String(n) }) }));
const getExport = (as: CurrentUser | null, dataset: string, format = 'csv') =>
  call(as, () => exporter.GET(new Request(`http://x/?format=${format}`), { params: Promise.resolve({ id: String(cycleId), dataset }) }));

beforeAll(async () => {
  syncMunicipalities(t.db);
  await seedDemo(t.db);
  cycleId = (sql.prepare(`select id from cycles where mode = 'open_application' order by id limit 1`).get() as { id: number }).id;
  organiser = userOf('arrangor@example.org');
  juror = userOf('jury1@example.org');
  own = userOf('kommun1@example.org');
  other = userOf('kommun2@example.org');
  ownNomination = (sql.prepare('select id from nominations where cycle_id = ? and kommunkod = ?').get(cycleId, own.kommunkod) as { id: number }).id;

  // Weight set 1 (the decision's), then a later set 2 the decision did not use.
  const v1 = { 'area:democracy': 70, 'area:service': 10, 'area:work_environment': 10, 'area:community_building': 10, 'component:documentReview': 100, 'component:interview': 0, 'component:serviceQuality': 0, 'component:financialStrength': 0 };
  const v2 = { ...v1, 'area:democracy': 10, 'area:service': 70 };
  const ws1 = Number(sql.prepare(`insert into weight_sets (cycle_id, version, weights, created_at) values (?, 1, ?, '2027-09-01T08:00:00.000Z')`).run(cycleId, JSON.stringify(v1)).lastInsertRowid);
  const data = readAssessmentData(t.db, cycleId)!;
  const view = computeRankingView(data.input, engineSettings(weightsFromStored(v1, data.input.rubric), data.method, true));
  const nameOf = new Map(data.nominations.map((n) => [String(n.id), n.municipality]));
  expectedOrder = view.rows.map((r) => nameOf.get(r.nominationId)!);
  const top3 = view.rows.slice(0, 3).map((r) => Number(r.nominationId));
  winner = { id: top3[1], name: nameOf.get(String(top3[1]))! };
  sql.prepare(`update nominations set finalist = 1 where id in (${top3.join(',')})`).run();
  sql.prepare(`update cycles set phase = 'decided', embargo_at = ?, settings = json_set(settings, '$.decisionVisibleToJurors', json('true')) where id = ?`).run(EMBARGO, cycleId);
  sql.prepare(`insert into decisions (cycle_id, winner_nomination_id, rationale, ranking_snapshot, decided_by, decided_at) values (?, ?, 'Enig jury efter intervjuerna.', ?, ?, '2027-11-01T15:00:00.000Z')`).run(
    cycleId,
    winner.id,
    JSON.stringify({ weightSetId: ws1, weightSetVersion: 1, dataRevision: data.revision, calibrated: true }),
    organiser.id,
  );
  sql.prepare(`insert into weight_sets (cycle_id, version, weights, created_at) values (?, 2, ?, '2027-11-02T08:00:00.000Z')`).run(cycleId, JSON.stringify(v2));
  sql.prepare(`insert into motivation_versions (nomination_id, version, text, evidence, created_at, approved_at) values (?, 1, 'Ett tidigt utkast.', '[]', '2027-11-03T08:00:00.000Z', null)`).run(winner.id);
  sql.prepare(`insert into motivation_versions (nomination_id, version, text, evidence, created_at, approved_at) values (?, 2, ?, '[]', '2027-11-04T08:00:00.000Z', '2027-11-05T08:00:00.000Z')`).run(winner.id, MOTIVATION);
}, 180_000);

afterAll(() => {
  closeDb();
  t.cleanup();
});

describe('GET /api/arrangor/omgang/[id]/rapport', () => {
  it('answers 401 signed out, 403 to jurors and municipalities, 404 for an unknown cycle', async () => {
    expect((await getReport(null)).status).toBe(401);
    expect((await getReport(juror)).status).toBe(403);
    const refused = await getReport(own);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error).toMatch(/behörighet/);
    expect((await getReport(organiser, 999_999)).status).toBe(404);
  });

  it('gives the organiser the report as an attachment: ranking in order with the decision’s weights, motivation, contents, page numbers', async () => {
    const res = await getReport(organiser);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="juryrapport-\d{4}-\d+\.pdf"$/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const text = pdfText(Buffer.from(await res.arrayBuffer()));
    const ranking = text.slice(text.search(/^4\. Rangordning\s*$/m), text.search(/^5\. Områdespoäng\s*$/m));
    const positions = expectedOrder.map((name) => ranking.search(new RegExp(`\\d=?\\s+${name}\\s`)));
    expect(positions.every((p) => p > 0), `${expectedOrder.join(', ')}\n${ranking}`).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toMatch(/Viktuppsättning version 1/);
    expect(text).toMatch(/Demokrati\s+70 %/);
    expect(text).toMatch(/Dokumentgranskning\s+100 %/);
    expect(squash(text)).toContain(squash(MOTIVATION));
    expect(text).not.toContain('Ett tidigt utkast.');
    expect(text).toContain('Enig jury efter intervjuerna.');
    expect(text).toContain('Innehåll');
    const pages = text.split('\f').filter((p) => p.trim());
    pages.forEach((p, i) => expect(p).toContain(`Sida ${i + 1} av ${pages.length}`));
  }, 60_000);
});

describe('press release', () => {
  it('is for organisers only, and carries the winner, the approved motivation, the finalists and the saved quote', async () => {
    expect((await getPress(null)).status).toBe(401);
    expect((await getPress(juror)).status).toBe(403);
    current.user = organiser;
    expect(await savePressReleaseQuote({ cycleId, text: 'Ett välförtjänt pris.', by: 'Juryns ordförande' })).toMatchObject({ ok: true });
    const res = await getPress(organiser);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="pressmeddelande-/);
    const text = squash(pdfText(Buffer.from(await res.arrayBuffer())));
    expect(text).toContain(`${winner.name} är Sveriges KvalitetsKommun`);
    expect(text).toContain(squash(MOTIVATION));
    expect(text).toContain('”Ett välförtjänt pris.”');
    expect(text).toContain('– Juryns ordförande');
    expect(text).toMatch(/under embargo till/);
    for (const f of expectedOrder.slice(0, 3).filter((n) => n !== winner.name)) expect(text).toContain(f);
  });

  it('stores the quote in the cycle settings without touching other keys, audited; refuses other roles', async () => {
    const settings = JSON.parse((sql.prepare('select settings from cycles where id = ?').get(cycleId) as { settings: string }).settings);
    expect(settings.pressReleaseQuote).toEqual({ text: 'Ett välförtjänt pris.', by: 'Juryns ordförande' });
    expect(settings.decisionVisibleToJurors).toBe(true);
    const audit = sql.prepare(`select actor_id, before, after from audit_log where action = 'reports.pressQuoteSaved' order by id desc`).get() as { actor_id: number; after: string };
    expect(audit.actor_id).toBe(organiser.id);
    expect(JSON.parse(audit.after)).toEqual({ pressReleaseQuote: { text: 'Ett välförtjänt pris.', by: 'Juryns ordförande' } });
    current.user = juror;
    expect(await savePressReleaseQuote({ cycleId, text: 'x', by: '' })).toMatchObject({ ok: false, error: expect.stringMatching(/behörighet/) });
  });
});

describe('feedback letter: own municipality, after publication and release only', () => {
  const before = new Date(Date.parse(EMBARGO) - 1000);
  const after = new Date(Date.parse(EMBARGO) + 1000);
  const release = async (released: boolean) => {
    current.user = organiser;
    expect(await setFeedbackLettersReleased({ cycleId, released })).toMatchObject({ ok: true, data: { released } });
  };

  it('is refused before publication, even when released, with a Swedish message', async () => {
    await release(true);
    const res = await feedbackLetterFile(own, ownNomination, after); // phase still 'decided'
    expect(res).toEqual({ ok: false, status: 404, error: LETTER_NOT_AVAILABLE });
    const viaRoute = await getLetter(own);
    expect(viaRoute.status).toBe(404);
    expect((await viaRoute.json()).error).toMatch(/inte tillgänglig ännu/);
  });

  it('opens one second after the embargo, not one second before, once published and released', async () => {
    sql.prepare(`update cycles set phase = 'published' where id = ?`).run(cycleId);
    expect(await feedbackLetterFile(own, ownNomination, before)).toMatchObject({ ok: false, status: 404 });
    const res = await feedbackLetterFile(own, ownNomination, after);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const text = squash(pdfText(res.pdf));
    expect(text).toContain('fältets median');
    expect(text).toMatch(/Demokrati -?[−\d]/);
    for (const name of expectedOrder.filter((n) => n !== own.municipalityName)) expect(text).not.toContain(` ${name} `);
  });

  it('stays closed after the embargo while the letters are not released, and the release is audited', async () => {
    await release(false);
    expect(await feedbackLetterFile(own, ownNomination, after)).toMatchObject({ ok: false, status: 404, error: LETTER_NOT_AVAILABLE });
    const actions = (sql.prepare(`select action from audit_log where action like 'reports.feedbackLetters%' order by id`).all() as { action: string }[]).map((r) => r.action);
    expect(actions).toEqual(['reports.feedbackLettersReleased', 'reports.feedbackLettersWithdrawn']);
    await release(true);
  });

  it('over the route (embargo moved into the past): own 200 as an attachment; other municipality 404; juror 403; signed out 401; organiser preview 200', async () => {
    sql.prepare('update cycles set embargo_at = ? where id = ?').run(new Date(Date.now() - 60_000).toISOString(), cycleId);
    const res = await getLetter(own);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="aterkoppling-/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const refused = await getLetter(other);
    expect(refused.status).toBe(404);
    expect((await refused.json()).error).toBe('Återkopplingen finns inte.');
    expect((await getLetter(juror)).status).toBe(403);
    expect((await getLetter(null)).status).toBe(401);
    expect((await getLetter(organiser)).status).toBe(200);
  });
});

describe('exports', () => {
  it('refuses everyone but organisers; unknown dataset 404; unknown format 400', async () => {
    expect((await getExport(null, 'rangordning')).status).toBe(401);
    expect((await getExport(juror, 'rangordning')).status).toBe(403);
    expect((await getExport(own, 'poang')).status).toBe(403);
    expect((await getExport(organiser, 'hemligt')).status).toBe(404);
    expect((await getExport(organiser, 'poang', 'xlsx')).status).toBe(400);
  });

  it('streams every submitted criterion score as CSV for Swedish Excel (BOM, semicolons, CRLF)', async () => {
    const res = await getExport(organiser, 'poang');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="poang-\d{4}-\d+\.csv"$/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('jurymedlem_id;jurymedlem;nominering_id;kommunkod;kommun;omrade;kriterium_id;kriterium;poang;kan_inte_bedoma;kommentar;inskickad_utc');
    const expected = (
      sql
        .prepare(
          `select count(*) n from scores sc join score_sheets s on s.id = sc.sheet_id join nominations n on n.id = s.nomination_id
            where n.cycle_id = ? and s.status = 'submitted' and not exists (select 1 from conflicts k where k.cycle_id = n.cycle_id and k.juror_id = s.juror_id and k.kommunkod = n.kommunkod)`,
        )
        .get(cycleId) as { n: number }
    ).n;
    expect(expected).toBeGreaterThan(0);
    // Rows may hold line breaks inside quoted comments, so count records by their leading juror id.
    const records = bytes.toString('utf8').split('\r\n').filter((l) => /^\d+;/.test(l));
    expect(records.length).toBe(expected);
  });

  it('gives the ranking as JSON in the report’s order, with numbers as numbers and the weight version', async () => {
    const res = await getExport(organiser, 'rangordning', 'json');
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = JSON.parse(await res.text()) as { dataset: string; rows: Record<string, unknown>[] };
    expect(body.dataset).toBe('rangordning');
    expect(body.rows.map((r) => r.kommun)).toEqual(expectedOrder);
    expect(typeof body.rows[0].sammanvagd).toBe('number');
    expect(body.rows[0].viktversion).toBe(1);
  });

  it('has the area scores raw and calibrated, agreement, the finance index and the cycle’s audit log', async () => {
    const area = (await (await getExport(organiser, 'omradespoang')).text()).split('\r\n');
    expect(area[0]).toContain('ra_0_100;kalibrerad_0_100');
    expect(area[1]).toMatch(/^\d+;/);
    const agreement = await (await getExport(organiser, 'samstammighet', 'json')).json();
    expect(agreement.rows.map((r: { omrade: string }) => r.omrade)).toEqual(['democracy', 'service', 'work_environment', 'community_building', 'alla']);
    const finance = await (await getExport(organiser, 'finansindex', 'json')).json();
    expect(finance.rows).toHaveLength(expectedOrder.length);
    const log = await (await getExport(organiser, 'logg', 'json')).json();
    expect(log.rows.map((r: { handelse: string }) => r.handelse)).toEqual(expect.arrayContaining(['reports.pressQuoteSaved', 'reports.feedbackLettersReleased']));
    const ids = log.rows.map((r: { id: number }) => r.id);
    expect([...ids].sort((a: number, b: number) => a - b)).toEqual(ids);
  });
});
