import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/session';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));

const { freshDatabase } = await import('../helpers/db');
const { seedSmallCycle, asCurrent, auditActions, dumpTables } = await import('../mail/fixture');
const actions = await import('@/lib/actions/assignments');
const { loadProgressPage, progressCsv, progressOfCycle } = await import('@/lib/loaders/progress');
const { conflicts, scoreSheets, scores, rubricAreas, rubricCriteria, assignments, cyclePhaseDates } = await import('@/db/schema');

const t = freshDatabase('assignments');
const fx = seedSmallCycle(t.db, { jurors: 6, nominations: 8 });
afterAll(() => t.cleanup());
const at = '2026-11-02T10:00:00.000Z';
const J = fx.jurors;
const N = fx.nominations;
t.db.insert(conflicts).values({ cycleId: fx.cycle.id, jurorId: J[0].id, kommunkod: N[0].kommunkod, reason: 'Bor där', createdAt: at }).run();

const pairs = () =>
  (t.db.$client.prepare('select juror_id j, nomination_id n, pinned p from assignments order by n, j').all() as { j: number; n: number; p: number }[]);
const has = (j: number, n: number) => pairs().some((p) => p.j === j && p.n === n);

describe('balanced assignment', () => {
  beforeEach(() => {
    current.user = asCurrent(fx.organiser);
  });

  it('previews without changing anything: loads within one, short nominations with reasons, organisation spread', async () => {
    const before = dumpTables(t.db);
    const res = await actions.previewAssignment({ cycleId: fx.cycle.id, jurorsPerNomination: 3, pins: [], exclusions: [] });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(dumpTables(t.db)).toEqual(before);
    expect(res.data.assignments).toHaveLength(8 * 3);
    expect(res.data.loadSpread).toBeLessThanOrEqual(1);
    expect(res.data.assignments.some((a) => a.jurorId === J[0].id && a.nominationId === N[0].id)).toBe(false);
    expect(res.data.nominations.every((n) => n.short === null)).toBe(true);
    expect(res.data.changes.added).toHaveLength(24);
    // SKR has two jurors (1 and 5): never both on one nomination when avoidable.
    expect(res.data.nominations.every((n) => !n.sameOrganisationTwice)).toBe(true);

    const tooMany = await actions.previewAssignment({ cycleId: fx.cycle.id, jurorsPerNomination: 6, pins: [], exclusions: [] });
    if (!tooMany.ok) throw new Error(tooMany.error);
    const short = tooMany.data.nominations.find((n) => n.id === N[0].id)!.short;
    expect(short).toEqual({ wanted: 6, reason: 'För många jäv: bara 5 jurymedlemmar utan jäv.' });
  });

  it('words the shortfalls, dropped pins and warnings in the organiser’s language, with names', async () => {
    t.db.$client.prepare('update users set locale = ? where id = ?').run('en', fx.organiser.id);
    try {
      const res = await actions.previewAssignment({ cycleId: fx.cycle.id, jurorsPerNomination: 6, pins: [{ jurorId: J[0].id, nominationId: N[0].id }], exclusions: [] });
      if (!res.ok) throw new Error(res.error);
      expect(res.data.nominations.find((n) => n.id === N[0].id)!.short).toEqual({ wanted: 6, reason: 'Too many conflicts of interest: only 5 jurors without a conflict.' });
      expect(res.data.droppedPins[0].reason).toBe('The juror has a conflict of interest with the municipality.');
      const municipality = res.data.droppedPins[0].municipality;
      expect(res.data.warnings[0]).toBe(`The pin of ${J[0].name} on ${municipality} was removed: The juror has a conflict of interest with the municipality.`);
      expect(res.data.warnings).toContain(`${res.data.nominations[1].municipality} has several jurors from the same organisation: SKR.`);
      expect(res.data.warnings.join(' ')).not.toMatch(/jurymedlem|Nominering|Fastlåsning/);
    } finally {
      t.db.$client.prepare('update users set locale = ? where id = ?').run('sv', fx.organiser.id);
    }
  });

  it('saves with pins and exclusions in one transaction, audited, and keeps them on the next page load', async () => {
    const pin = { jurorId: J[1].id, nominationId: N[2].id };
    const exclusion = { jurorId: J[2].id, nominationId: N[3].id };
    const res = await actions.saveAssignment({ cycleId: fx.cycle.id, jurorsPerNomination: 2, pins: [pin], exclusions: [exclusion] });
    expect(res).toEqual({ ok: true, data: { count: 16, added: 16, removed: 0 } });
    expect(pairs().find((p) => p.j === pin.jurorId && p.n === pin.nominationId)?.p).toBe(1);
    expect(has(exclusion.jurorId, exclusion.nominationId)).toBe(false);
    expect(has(J[0].id, N[0].id)).toBe(false);
    const loads = J.map((j) => pairs().filter((p) => p.j === j.id).length);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    const entry = t.db.$client.prepare("select * from audit_log where action = 'assignment.saved' order by id desc").get() as { after: string; before: string; cycle_id: number };
    expect(entry.cycle_id).toBe(fx.cycle.id);
    expect(JSON.parse(entry.after)).toMatchObject({ count: 16, pins: [pin], exclusions: [exclusion], jurorsPerNomination: 2 });
    expect(JSON.parse(entry.before)).toEqual({ count: 0, pins: 0 });
    const settings = JSON.parse((t.db.$client.prepare('select settings from cycles where id = ?').get(fx.cycle.id) as { settings: string }).settings);
    expect(settings.assignment).toEqual({ jurorsPerNomination: 2, exclusions: [exclusion] });
  });

  it('a second save replaces the non-pinned assignments, keeps pins and every assignment a juror has started', async () => {
    const pin = { jurorId: J[1].id, nominationId: N[2].id };
    const started = pairs().find((p) => p.p === 0)!;
    t.db.insert(scoreSheets).values({ nominationId: started.n, jurorId: started.j, status: 'in_progress', updatedAt: at }).run();
    const res = await actions.saveAssignment({ cycleId: fx.cycle.id, jurorsPerNomination: 1, pins: [pin], exclusions: [] });
    expect(res.ok).toBe(true);
    expect(has(pin.jurorId, pin.nominationId)).toBe(true);
    expect(has(started.j, started.n)).toBe(true);
    // One per nomination, plus the started one kept where it doubles a nomination.
    expect(pairs().length).toBeLessThanOrEqual(9);
    expect(new Set(pairs().map((p) => p.n)).size).toBe(8);
    expect(auditActions(t.db).filter((a) => a === 'assignment.saved')).toHaveLength(2);
  });

  it('refuses saving once finalists are named, with nothing changed', async () => {
    t.db.$client.prepare("update cycles set phase = 'finalists_named' where id = ?").run(fx.cycle.id);
    const before = dumpTables(t.db);
    const res = await actions.saveAssignment({ cycleId: fx.cycle.id, jurorsPerNomination: 3, pins: [], exclusions: [] });
    expect(res).toMatchObject({ ok: false, error: expect.stringMatching(/kan inte ändras i fasen ”Finalister utsedda”/) });
    expect(dumpTables(t.db)).toEqual(before);
    t.db.$client.prepare("update cycles set phase = 'review' where id = ?").run(fx.cycle.id);
  });

  it('is for organisers only', async () => {
    current.user = asCurrent(J[1]);
    expect(await actions.saveAssignment({ cycleId: fx.cycle.id, jurorsPerNomination: 3, pins: [], exclusions: [] })).toMatchObject({ ok: false, error: expect.stringMatching(/behörighet/) });
  });
});

describe('progress, reminders and the CSV export', () => {
  beforeEach(() => {
    current.user = asCurrent(fx.organiser);
  });

  it('builds the matrix with states and counts, and exports it as CSV', async () => {
    // Reset to a known assignment: every juror on every nomination without a conflict.
    t.db.delete(scoreSheets).run();
    t.db.delete(assignments).run();
    for (const n of N.slice(0, 2)) for (const j of J.slice(0, 3)) if (!(j.id === J[0].id && n.id === N[0].id)) t.db.insert(assignments).values({ nominationId: n.id, jurorId: j.id, createdAt: at }).run();
    const area = t.db.insert(rubricAreas).values({ cycleId: fx.cycle.id, key: 'democracy', name: 'Demokrati', position: 0 }).returning().get();
    const crit = t.db.insert(rubricCriteria).values({ areaId: area.id, title: 'K1', position: 0 }).returning().get();
    t.db.insert(scoreSheets).values({ nominationId: N[1].id, jurorId: J[0].id, status: 'submitted', submittedAt: at, updatedAt: at }).run();
    const ip = t.db.insert(scoreSheets).values({ nominationId: N[0].id, jurorId: J[1].id, status: 'in_progress', updatedAt: at }).returning().get();
    t.db.insert(scores).values({ sheetId: ip.id, criterionId: crit.id, value: 3, updatedAt: at }).run();
    t.db.insert(cyclePhaseDates).values({ cycleId: fx.cycle.id, phase: 'review', endsAt: '2027-05-31T21:59:00.000Z' }).run();

    const page = await loadProgressPage(fx.cycle.id);
    // The instant; the page writes it in the reader's language.
    expect(page.deadline).toBe('2027-05-31T21:59:00.000Z');
    const row = (j: number) => page.rows.find((r) => r.juror.id === J[j].id)!;
    const cell = (j: number, n: number) => row(j).cells.find((c) => c.nominationId === N[n].id)!.state;
    expect(cell(0, 0)).toBe('conflict');
    expect(cell(0, 1)).toBe('submitted');
    expect(cell(1, 0)).toBe('in_progress');
    expect(cell(2, 0)).toBe('not_started');
    expect(cell(3, 0)).toBe('unassigned');
    expect(row(0).counts).toEqual({ assigned: 1, submitted: 1, inProgress: 0, notStarted: 0, conflicts: 1 });
    expect(row(1).counts).toEqual({ assigned: 2, submitted: 0, inProgress: 1, notStarted: 1, conflicts: 0 });
    expect(page.nominations.find((n) => n.id === N[0].id)!.counts).toEqual({ assigned: 2, submitted: 0, inProgress: 1, notStarted: 1, conflicts: 1 });
    expect(page.reminders.map((r) => r.jurorId).sort()).toEqual([J[1].id, J[2].id].sort());
    expect(page.reminders.find((r) => r.jurorId === J[1].id)!.body).toMatch(/2 bedömningar kvar[\s\S]*- Upplands Väsby\n- Vallentuna[\s\S]*31 maj 2027 (kl. )?23:59/);

    const csv = progressCsv(progressOfCycle(t.db, fx.cycle.id)!.progress);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toContain('Jurymedlem,Organisation,E-post,Botkyrka (0127)');
    const juror1 = lines.find((l) => l.startsWith('Juror 1,'))!;
    expect(juror1).toContain('j1@example.org');
    expect(juror1).toMatch(/Jäv/);
    expect(juror1).toMatch(/Inskickad/);
    expect(lines.find((l) => l.startsWith('Juror 2,'))).toMatch(/Pågår,Inte påbörjad/);
    expect(lines.at(-1)).toMatch(/^Inskickade per nominering/);
  });

  it('the CSV export route answers organisers only: 401 signed out, 403 juror, 404 unknown cycle', async () => {
    const { GET } = await import('@/app/api/arrangor/omgang/[id]/framsteg/route');
    const call = (id: string) => GET(new Request('http://x/'), { params: Promise.resolve({ id }) });
    const ok = await call(String(fx.cycle.id));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(ok.headers.get('content-disposition')).toMatch(/^attachment; filename="framsteg-2029-\d+\.csv"$/);
    expect(await ok.text()).toContain('Juror 1,SKR,j1@example.org');
    expect((await call('999999')).status).toBe(404);
    current.user = asCurrent(J[1]);
    expect((await call(String(fx.cycle.id))).status).toBe(403);
    current.user = null;
    expect((await call(String(fx.cycle.id))).status).toBe(401);
  });

  it('sends reminders only to those behind, through the outbox, audited; refuses someone who is done', async () => {
    const outboxBefore = (t.db.$client.prepare('select count(*) n from outbox').get() as { n: number }).n;
    const done = await actions.sendReminders({ cycleId: fx.cycle.id, jurorIds: [J[0].id, J[1].id] });
    expect(done).toMatchObject({ ok: false, error: expect.stringMatching(/redan skickat in allt/) });
    expect((t.db.$client.prepare('select count(*) n from outbox').get() as { n: number }).n).toBe(outboxBefore);
    const res = await actions.sendReminders({ cycleId: fx.cycle.id, jurorIds: [J[1].id, J[2].id] });
    expect(res).toEqual({ ok: true, data: { sent: 2 } });
    const sent = t.db.$client.prepare('select "to", subject from outbox order by id desc limit 2').all() as { to: string; subject: string }[];
    expect(sent.map((m) => m.to).sort()).toEqual(['j2@example.org', 'j3@example.org']);
    expect(sent[0].subject).toBe('Påminnelse: bedömningar i Testomgång 2029');
    expect(auditActions(t.db).at(-1)).toBe('reminder.sent');
  });
});
