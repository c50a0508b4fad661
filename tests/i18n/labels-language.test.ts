import { afterAll, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/session';

// The labels an English reader sees come from the English catalogue: loaders hand over codes
// (phases, states), exports and routes speak the reader's language. Swedish stays the default.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';
const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));

const { freshDatabase } = await import('../helpers/db');
const { seedSmallCycle, asCurrent } = await import('../mail/fixture');
const { loadCycle, loadCycleOverview } = await import('@/lib/loaders/arrangor');
const { progressCsv, progressOfCycle } = await import('@/lib/loaders/progress');
const { assignments, conflicts, scoreSheets } = await import('@/db/schema');
const { PHASE_LABELS } = await import('@/lib/domain/phases');
const progressRoute = await import('@/app/api/arrangor/omgang/[id]/framsteg/route');
const documentRoute = await import('@/app/api/dokument/[id]/route');
const { postScore } = await import('@/lib/jury/score-autosave');
const { canOnNomination } = await import('@/lib/domain/policies');
const { runInLocale } = await import('@/lib/i18n/server-locale');
const { actionRequestProblem } = await import('@/lib/security/action-body');
const { crossSiteMessage } = await import('@/lib/security/origin');
const { NextRequest } = await import('next/server');

const t = freshDatabase('labels-language');
afterAll(() => t.cleanup());
const at = '2026-11-02T10:00:00.000Z';
const fx = seedSmallCycle(t.db, { jurors: 2, nominations: 2 });
const [J0, J1] = fx.jurors;
const [N0, N1] = fx.nominations;
t.db.insert(assignments).values({ nominationId: N0.id, jurorId: J0.id, createdAt: at }).run();
t.db.insert(assignments).values({ nominationId: N1.id, jurorId: J0.id, createdAt: at }).run();
t.db.insert(scoreSheets).values({ nominationId: N0.id, jurorId: J0.id, status: 'submitted', submittedAt: at, updatedAt: at }).run();
t.db.insert(conflicts).values({ cycleId: fx.cycle.id, jurorId: J1.id, kommunkod: N0.kommunkod, reason: 'Bor där', createdAt: at }).run();

const setLocale = (locale: 'sv' | 'en') => t.db.$client.prepare('update users set locale = ? where id = ?').run(locale, fx.organiser.id);
const swedishPhaseNames = Object.values(PHASE_LABELS);

describe('phases: loaders hand over the code, the page names it', () => {
  it('the cycle page and the overview carry phase codes, no Swedish phase name, in either language', async () => {
    current.user = asCurrent(fx.organiser);
    for (const locale of ['en', 'sv'] as const) {
      setLocale(locale);
      const cycle = await loadCycle(String(fx.cycle.id));
      expect(cycle.cycle.phase).toBe('review');
      expect(cycle.phases.map((p) => p.phase)).toContain('review');
      expect(cycle.moves.map((m) => m.to)).toContain('finalists_named');
      const overview = await loadCycleOverview();
      expect(overview.cycles.find((c) => c.id === fx.cycle.id)?.phase).toBe('review');
      const text = JSON.stringify([cycle.cycle, cycle.phases, cycle.moves.map(({ to, allowed }) => ({ to, allowed })), cycle.dateRows, overview]);
      for (const name of swedishPhaseNames) expect(text).not.toContain(`"${name}"`);
    }
  });

  it('a refused move is explained in English to an English organiser, naming the phases in English', async () => {
    current.user = asCurrent(fx.organiser);
    setLocale('en');
    const cycle = await loadCycle(String(fx.cycle.id));
    const refused = cycle.moves.find((m) => !m.allowed && m.reason);
    expect(refused?.reason).toMatch(/[A-Za-z]/);
    expect(refused?.reason).not.toMatch(/[åäö]/);
  });
});

describe('progress CSV: cells in the organiser language, headers stable', () => {
  it('says the states and totals in English, keeps the Swedish column names', () => {
    const csv = progressCsv(progressOfCycle(t.db, fx.cycle.id)!.progress, 'en');
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0].startsWith('Jurymedlem,Organisation,E-post,')).toBe(true);
    const row0 = lines.find((l) => l.includes(J0.email))!;
    expect(row0).toMatch(/Submitted,Not started/);
    expect(lines.find((l) => l.includes(J1.email))).toMatch(/Conflict of interest/);
    expect(lines.at(-1)).toMatch(/^Submitted per nomination,,,1 of 1,0 of 1,/);
    expect(lines.slice(1).join('\n')).not.toMatch(/Inskickad|Inte påbörjad|Jäv| av /);
  });

  it('stays Swedish by default', () => {
    const csv = progressCsv(progressOfCycle(t.db, fx.cycle.id)!.progress);
    expect(csv).toMatch(/Inskickad,Inte påbörjad/);
    expect(csv).toMatch(/Inskickade per nominering,,,1 av 1,0 av 1,/);
  });

  it('the download answers in the language of the request (cookie), cells and refusals alike', async () => {
    current.user = asCurrent(fx.organiser);
    setLocale('sv');
    const get = (id: number, cookie?: string) =>
      progressRoute.GET(new Request(`http://localhost/api/arrangor/omgang/${id}/framsteg`, { headers: cookie ? { cookie } : {} }), { params: Promise.resolve({ id: String(id) }) });
    const en = await get(fx.cycle.id, 'kk-locale=en');
    expect(en.status).toBe(200);
    expect(await en.text()).toMatch(/Submitted,Not started/);
    expect(await (await get(fx.cycle.id)).text()).toMatch(/Inskickad,Inte påbörjad/);
    const missing = await get(999_999, 'kk-locale=en');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'The cycle does not exist.' });
    current.user = null;
    expect(await (await get(fx.cycle.id, 'kk-locale=en')).json()).toEqual({ error: expect.stringMatching(/sign/i) });
  });
});

describe('refusals in the reader language', () => {
  const juror = { id: 1, role: 'juror' as const, kommunkod: null };
  const facts = { kommunkod: '0114', assigned: true, conflicted: false, ownSheetSubmitted: false };

  it('a policy refusal carries its code and says it in the running call language', () => {
    const decision = canOnNomination(juror, 'read_others_scores', facts);
    expect(decision).toMatchObject({ ok: false, status: 403, code: 'othersAfterOwn' });
    expect(runInLocale('sv', () => (decision.ok ? '' : decision.reason))).toMatch(/^Du ser de andras bedömningar/);
    expect(runInLocale('en', () => (decision.ok ? '' : decision.reason))).toMatch(/^You see the others' assessments only once/);
    const hidden = canOnNomination(juror, 'read', { ...facts, conflicted: true });
    expect(runInLocale('en', () => (hidden.ok ? '' : hidden.reason))).toBe('The nomination does not exist or is not yours to read.');
  });

  it('the proxy answers an undecodable action and a cross-site write in the cookie language', async () => {
    const post = (cookie?: string) =>
      new Request('http://localhost/arrangor', { method: 'POST', headers: { 'next-action': 'abc', 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: '{}' });
    expect(await actionRequestProblem(post('kk-theme=dark; kk-locale=en'), null)).toEqual({ status: 415, error: 'What you sent has the wrong format. Reload the page and try again.' });
    expect((await actionRequestProblem(post(), null))?.error).toMatch(/^Fel format/);
    expect(crossSiteMessage(new Headers({ cookie: 'kk-locale=en' }))).toMatch(/^The request came from another website/);
    expect(crossSiteMessage(new Headers())).toMatch(/^Begäran kom från en annan webbplats/);
  });

  it('the document route answers in the language of the English cookie', async () => {
    const get = (cookie?: string) =>
      documentRoute.GET(new NextRequest('http://localhost/api/dokument/999999', { headers: cookie ? { cookie } : {} }), { params: Promise.resolve({ id: '999999' }) });
    current.user = null;
    expect(await (await get('kk-locale=en')).json()).toEqual({ error: 'You are not signed in. Sign in and try again.' });
    current.user = asCurrent(fx.organiser);
    setLocale('sv');
    const missing = await get('kk-locale=en');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'The document does not exist, or you do not have access to it.' });
    expect(await (await get()).json()).toEqual({ error: 'Dokumentet finns inte, eller så har du inte tillgång till det.' });
  });

  it('the score autosave route answers a juror in their language', async () => {
    current.user = asCurrent(J0);
    const post = (body: string, cookie?: string) =>
      postScore(new Request('http://localhost/api/jury/poang', { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body }));
    expect(await (await post('{"nominationId": 1,', 'kk-locale=en')).json()).toEqual({ ok: false, error: 'The score could not be read. Reload the page and try again.' });
    expect(await (await post('{"nominationId": 1,')).json()).toEqual({ ok: false, error: 'Poängen kunde inte läsas. Ladda om sidan och försök igen.' });
  });
});

describe('the audit log kinds in the organiser language', () => {
  it('names a kind and an unnamed person in English for an English reader, by code when unknown; Swedish by default', async () => {
    const { kindLabel, loadAuditCsv } = await import('@/lib/loaders/audit');
    expect(kindLabel('cycle.phase_moved', 'en')).toBe('Phase moved');
    expect(kindLabel('cycle.phase_moved', 'sv')).toBe('Fas flyttad');
    expect(kindLabel('something.new', 'en')).toBe('something.new');
    t.db.$client
      .prepare("insert into audit_log (at, actor_id, action, entity, entity_id, hash, prev_hash) values (?, null, 'cycle.phase_moved', 'cycle', ?, 'h', 'p')")
      .run(at, String(fx.cycle.id));
    current.user = asCurrent(fx.organiser);
    const en = await loadAuditCsv({}, 'en');
    expect(en.status === 200 && en.csv).toMatch(/^\uFEFFtid_utc,tid_stockholm,person,/);
    expect(en.status === 200 && en.csv).toMatch(/,Phase moved,cycle\.phase_moved,/);
    const sv = await loadAuditCsv({});
    expect(sv.status === 200 && sv.csv).toMatch(/,Fas flyttad,cycle\.phase_moved,/);
  });
});

describe('key-figure labels come from the catalogue', () => {
  it('every direction, component and comparison group the loaders hand over has an English and a Swedish name', async () => {
    const { KPI_COMPONENTS, KPI_DIRECTIONS } = await import('@/lib/domain/kpi-kinds');
    const { COMPARISON_GROUPS } = await import('@/lib/validation/indicator-labels');
    const { CATALOGUES } = await import('@/messages');
    const en = CATALOGUES.en.orgLabels as Record<string, Record<string, string>>;
    const sv = CATALOGUES.sv.orgLabels as Record<string, Record<string, string>>;
    for (const d of KPI_DIRECTIONS) expect([sv.direction[d], en.direction[d]]).toEqual([expect.any(String), expect.any(String)]);
    for (const c of KPI_COMPONENTS) expect([sv.component[c], en.component[c]]).toEqual([expect.any(String), expect.any(String)]);
    for (const g of COMPARISON_GROUPS) expect(en.comparison[g]).not.toBe(sv.comparison[g]);
    expect(en.component.financial_strength).toBe('Financial strength');
  });
});

describe('route answers follow the request language', () => {
  it('the shortlist input and the receipt refuse in English for the English cookie, Swedish without', async () => {
    const shortlistRoute = await import('@/app/api/arrangor/omgang/[id]/topplista/route');
    const receiptRoute = await import('@/app/api/kvitto/[nominationId]/route');
    const get = (route: { GET: (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response> }, params: Record<string, string>, cookie?: string) =>
      route.GET(new Request('http://localhost/x', { headers: cookie ? { cookie } : {} }), { params: Promise.resolve(params) });
    current.user = asCurrent(fx.organiser);
    setLocale('sv');
    expect(await (await get(shortlistRoute as never, { id: '999999' }, 'kk-locale=en')).json()).toEqual({ error: 'The cycle does not exist or has no rubric.' });
    expect(await (await get(shortlistRoute as never, { id: '999999' })).json()).toEqual({ error: 'Omgången finns inte eller saknar bedömningsmall.' });
    current.user = asCurrent(J0);
    expect(await (await get(shortlistRoute as never, { id: String(fx.cycle.id) }, 'kk-locale=en')).json()).toEqual({ error: 'You are not allowed to do this.' });
    current.user = null;
    expect(await (await get(receiptRoute as never, { nominationId: '1' }, 'kk-locale=en')).json()).toEqual({ error: 'You are not signed in. Sign in and try again.' });
  });
});

describe('the key-figure upload preview', () => {
  it('refuses an empty file in the language of the request', async () => {
    const { previewUploadResponse } = await import('@/lib/loaders/indicators');
    current.user = asCurrent(fx.organiser);
    setLocale('sv');
    const post = (cookie?: string) => previewUploadResponse(new Request('http://localhost/api/x', { method: 'POST', headers: cookie ? { cookie } : {}, body: '' }));
    const en = await post('kk-locale=en');
    expect(en.status).toBe(422);
    expect(await en.json()).toEqual({ ok: false, error: 'The file is empty. Choose a file with key figures or paste rows.' });
    expect(await (await post()).json()).toEqual({ ok: false, error: 'Filen är tom. Välj en fil med nyckeltal eller klistra in rader.' });
  });

  it('words the parser’s errors and notices in the language of the request, Swedish by default', async () => {
    const { previewUploadResponse } = await import('@/lib/loaders/indicators');
    current.user = asCurrent(fx.organiser);
    setLocale('sv');
    const body = 'kommunkod,kpi,year,value\n9999,N03101,2023,1\n0001,N03101,2023,1\n';
    const post = async (cookie?: string) => {
      const res = await previewUploadResponse(new Request('http://localhost/api/x', { method: 'POST', headers: cookie ? { cookie } : {}, body }));
      return ((await res.json()) as { preview: { errors: { message: string }[]; notices: { message: string }[]; lines: { kind: string; error?: { message: string } }[] } }).preview;
    };
    const en = await post('kk-locale=en');
    expect(en.errors.map((e) => e.message)).toContain('Unknown municipality code 9999.');
    expect(en.lines.filter((l) => l.kind === 'error').map((l) => l.error?.message)).toContain('Unknown municipality code 9999.');
    expect(JSON.stringify(en.errors)).not.toMatch(/[åäö]/);
    expect(en.notices.map((n) => n.message)).toEqual(['0001 is a region, not a municipality; the line is skipped.']);
    const sv = await post();
    expect(sv.errors.map((e) => e.message)).toContain('Okänd kommunkod 9999.');
    expect(sv.notices.map((n) => n.message)).toEqual(['0001 är en region, inte en kommun; raden hoppas över.']);
  });
});
