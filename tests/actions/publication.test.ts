import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditLog, awardArchive, cycles, users } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/session';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { publishCycle, moveEmbargo, setDecisionVisibleToJurors, saveArchiveYear } = await import('@/lib/actions/publication');
const { movePhase } = await import('@/lib/actions/cycles');
const { syncMunicipalities } = await import('@/seeds/municipalities');
const { seedArchive } = await import('@/seeds/archive');
const { freshDatabase } = await import('../helpers/db');
const { insertDecidedCycle } = await import('../helpers/publication-fixture');
const { jurorDecisionView, publicationView } = await import('@/lib/publication/views');
const { cycleById } = await import('@/db/queries/cycles');

const t = freshDatabase('publication-actions');
const base = { organisation: null, kommunkod: null, municipalityName: null, isDemo: false };
let organiser: CurrentUser;
let juror: CurrentUser;

beforeAll(() => {
  syncMunicipalities(t.db);
  seedArchive(t.db, '2030-01-01T00:00:00.000Z');
  const o = t.db.insert(users).values({ email: 'o@example.org', name: 'Olle Arrangör', role: 'organiser' }).returning().get();
  const j = t.db.insert(users).values({ email: 'j@example.org', name: 'Jury', role: 'juror', organisation: 'SKR' }).returning().get();
  organiser = { ...base, id: o.id, email: o.email, name: o.name, role: 'organiser' };
  juror = { ...base, id: j.id, email: j.email, name: j.name, role: 'juror' };
});
afterAll(() => t.cleanup());
beforeEach(() => {
  current.user = organiser;
});

const cycle = (id: number) => t.db.select().from(cycles).where(eq(cycles.id, id)).get()!;
const audits = (action: string) => t.db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(auditLog.id).all();
const GALA = { date: '2031-11-14', time: '20:00:00' };

describe('publish', () => {
  it('is refused to jurors and signed-out callers', async () => {
    const { cycleId } = insertDecidedCycle(t.db, { year: 2041 });
    current.user = juror;
    expect(await publishCycle({ cycleId, ...GALA })).toMatchObject({ ok: false, error: expect.stringMatching(/behörighet/) });
    current.user = null;
    expect(await publishCycle({ cycleId, ...GALA })).toMatchObject({ ok: false, error: expect.stringMatching(/inte inloggad/) });
    expect(cycle(cycleId).phase).toBe('decided');
  });

  it('is refused without a recorded decision, without an approved motivation, or before the phase "Beslut fattat"; nothing written', async () => {
    const noDecision = insertDecidedCycle(t.db, { year: 2043, decided: false });
    const noMotivation = insertDecidedCycle(t.db, { year: 2045, approved: false });
    const deliberating = insertDecidedCycle(t.db, { year: 2047, phase: 'deliberation' });
    expect(await publishCycle({ cycleId: noDecision.cycleId, ...GALA })).toMatchObject({ ok: false, error: expect.stringMatching(/beslut är inte registrerat/) });
    expect(await publishCycle({ cycleId: noMotivation.cycleId, ...GALA })).toMatchObject({ ok: false, error: expect.stringMatching(/ingen godkänd motivering för Gnosjö/) });
    expect(await publishCycle({ cycleId: deliberating.cycleId, ...GALA })).toMatchObject({ ok: false, error: expect.stringMatching(/Att publicera resultatet går bara i fasen ”Beslut fattat”/) });
    for (const c of [noDecision, noMotivation, deliberating]) expect(cycle(c.cycleId)).toMatchObject({ embargoAt: null });
    expect(cycle(noDecision.cycleId).phase).toBe('decided');
    expect(audits('cycle.published')).toHaveLength(0);
    // The page lists the same reasons.
    expect(publicationView(t.db, cycleById(t.db, noMotivation.cycleId)!, new Date()).missing).toEqual([expect.stringMatching(/Godkänn en version på sidan Motivering/)]);
  });

  it('refuses an instant that has passed or does not exist, in Swedish', async () => {
    const { cycleId } = insertDecidedCycle(t.db, { year: 2049 });
    expect(await publishCycle({ cycleId, date: '2020-01-01', time: '12:00' })).toMatchObject({ ok: false, error: expect.stringMatching(/redan passerat/) });
    expect(await publishCycle({ cycleId, date: '2031-02-30', time: '12:00' })).toMatchObject({ ok: false, fieldErrors: { time: expect.stringMatching(/finns inte/) } });
    expect(await publishCycle({ cycleId, date: '14/11/2031', time: '12:00' })).toMatchObject({ ok: false, fieldErrors: { date: expect.stringMatching(/ÅÅÅÅ-MM-DD/) } });
    expect(cycle(cycleId).phase).toBe('decided');
  });

  it('moves decided → published with the embargo entered in Stockholm and stored in UTC, audited', async () => {
    const { cycleId, winner } = insertDecidedCycle(t.db, { year: 2051 });
    const res = await publishCycle({ cycleId, ...GALA });
    expect(res).toMatchObject({ ok: true, data: { embargoAt: '2031-11-14T19:00:00.000Z', shown: '14 november 2031 kl. 20.00' } });
    expect(cycle(cycleId)).toMatchObject({ phase: 'published', embargoAt: '2031-11-14T19:00:00.000Z' });
    const [entry] = audits('cycle.published');
    expect(entry).toMatchObject({ actorId: organiser.id, entity: 'cycle', cycleId, before: { phase: 'decided', embargoAt: null } });
    expect(entry.after).toEqual({ phase: 'published', embargoAt: '2031-11-14T19:00:00.000Z', winnerNominationId: winner, motivationVersion: 2 });
    expect(publicationView(t.db, cycleById(t.db, cycleId)!, new Date()).status).toBe('embargoed');
    // Published once: a second attempt is refused.
    expect(await publishCycle({ cycleId, ...GALA })).toMatchObject({ ok: false });
  });
});

describe('move the embargo', () => {
  it('moves it while it has not passed (audited with before and after)', async () => {
    const { cycleId } = insertDecidedCycle(t.db, { year: 2053, phase: 'published', embargoAt: '2031-11-14T19:00:00.000Z' });
    expect(await moveEmbargo({ cycleId, date: '2031-06-10', time: '18:30' })).toMatchObject({ ok: true, data: { embargoAt: '2031-06-10T16:30:00.000Z' } });
    expect(cycle(cycleId).embargoAt).toBe('2031-06-10T16:30:00.000Z');
    const entry = audits('cycle.embargo_moved').at(-1)!;
    expect(entry).toMatchObject({ before: { embargoAt: '2031-11-14T19:00:00.000Z' }, after: { embargoAt: '2031-06-10T16:30:00.000Z' } });
  });

  it('is refused once the embargo has passed, and for a cycle that is not published', async () => {
    const passed = insertDecidedCycle(t.db, { year: 2055, phase: 'published', embargoAt: '2026-01-01T00:00:00.000Z' });
    expect(await moveEmbargo({ cycleId: passed.cycleId, ...GALA })).toMatchObject({ ok: false, error: expect.stringMatching(/redan offentligt/) });
    expect(cycle(passed.cycleId).embargoAt).toBe('2026-01-01T00:00:00.000Z');
    const decided = insertDecidedCycle(t.db, { year: 2057 });
    expect(await moveEmbargo({ cycleId: decided.cycleId, ...GALA })).toMatchObject({ ok: false, error: expect.stringMatching(/inte publicerad/) });
    expect(await moveEmbargo({ cycleId: 999_999, ...GALA })).toMatchObject({ ok: false, error: expect.stringMatching(/finns inte/) });
  });
});

describe('the jurors see the decision only when the organiser chooses', () => {
  it('merges decisionVisibleToJurors into the settings, keeping every other key, audited; the juror page follows', async () => {
    const { cycleId, jurors } = insertDecidedCycle(t.db, { year: 2059 });
    t.db.update(cycles).set({ settings: { pressReleaseQuote: 'Citat', feedbackLettersReleased: true } }).where(eq(cycles.id, cycleId)).run();
    const view = () => jurorDecisionView(t.db, jurors[0], new Date()).find((c) => c.cycle.id === cycleId)!;
    expect(view().decision).toBeNull();
    expect(await setDecisionVisibleToJurors({ cycleId, visible: true })).toMatchObject({ ok: true });
    expect(cycle(cycleId).settings).toEqual({ pressReleaseQuote: 'Citat', feedbackLettersReleased: true, decisionVisibleToJurors: true });
    expect(view().decision).toMatchObject({ winner: 'Gnosjö', motivation: expect.stringMatching(/^Gnosjö styr/) });
    // A juror of another cycle sees nothing of this one.
    expect(jurorDecisionView(t.db, juror.id, new Date()).some((c) => c.cycle.id === cycleId)).toBe(false);
    expect(await setDecisionVisibleToJurors({ cycleId, visible: false })).toMatchObject({ ok: true });
    expect(view().decision).toBeNull();
    expect(cycle(cycleId).settings).toEqual({ pressReleaseQuote: 'Citat', feedbackLettersReleased: true, decisionVisibleToJurors: false });
    expect(audits('cycle.decision_visibility').map((a) => a.after)).toEqual([{ decisionVisibleToJurors: true }, { decisionVisibleToJurors: false }]);
  });

  it('is refused without a decision and to jurors', async () => {
    const { cycleId } = insertDecidedCycle(t.db, { year: 2061, decided: false });
    expect(await setDecisionVisibleToJurors({ cycleId, visible: true })).toMatchObject({ ok: false, error: expect.stringMatching(/inget registrerat beslut/) });
    current.user = juror;
    expect(await setDecisionVisibleToJurors({ cycleId, visible: true })).toMatchObject({ ok: false, error: expect.stringMatching(/behörighet/) });
    expect(cycle(cycleId).settings).toEqual({ pressReleaseQuote: 'Citat' });
  });
});

describe('the generic phase move cannot reach published', () => {
  it('refuses decided → published on the overview and points to the publication page; other moves still work', async () => {
    const { cycleId } = insertDecidedCycle(t.db, { year: 2063 });
    const res = await movePhase({ cycleId, from: 'decided', to: 'published' });
    expect(res).toMatchObject({ ok: false, error: expect.stringMatching(/Publicera på sidan Publicering/) });
    expect(cycle(cycleId).phase).toBe('decided');
    expect(await movePhase({ cycleId, from: 'decided', to: 'deliberation' })).toMatchObject({ ok: true });
  });
});

describe('the archive', () => {
  it('seeding is idempotent and keeps an organiser’s edits', async () => {
    expect(seedArchive(t.db)).toBe(0);
    const rows = t.db.select().from(awardArchive).orderBy(awardArchive.year).all();
    expect(rows.map((r) => [r.year, r.winnerName, r.kommunkod])).toEqual([
      [2003, 'Botkyrka', '0127'], [2005, 'Umeå', '2480'], [2007, 'Lomma', '1262'], [2009, 'Stockholm', '0180'],
      [2011, 'Kungsbacka', '1384'], [2013, 'Örebro', '1880'], [2015, 'Kävlinge', '1261'], [2017, 'Helsingborg', '1283'],
      [2019, 'Sollentuna', '0163'], [2021, 'Nacka', '0182'], [2023, 'Höganäs', '1284'], [2025, 'Mörbylånga', '0840'],
    ]);
    const res = await saveArchiveYear({ year: 2025, motivation: '  Mörbylånga visar vägen.  ', finalists: 'Habo\n\n Härryda \nSvedala' });
    expect(res).toMatchObject({ ok: true });
    seedArchive(t.db);
    const row = t.db.select().from(awardArchive).where(eq(awardArchive.year, 2025)).get()!;
    expect(row).toMatchObject({ motivation: 'Mörbylånga visar vägen.', finalists: ['Habo', 'Härryda', 'Svedala'], updatedBy: organiser.id });
    expect(audits('archive.updated').at(-1)).toMatchObject({ entity: 'award_archive', entityId: '2025', before: { motivation: null, finalists: [] }, after: { finalists: ['Habo', 'Härryda', 'Svedala'] } });
  });

  it('refuses a year that is not in the archive, and jurors', async () => {
    expect(await saveArchiveYear({ year: 2027, motivation: 'x', finalists: '' })).toMatchObject({ ok: false, error: 'Året 2027 finns inte i arkivet.' });
    current.user = juror;
    expect(await saveArchiveYear({ year: 2025, motivation: 'x', finalists: '' })).toMatchObject({ ok: false });
    expect(t.db.select().from(awardArchive).where(eq(awardArchive.year, 2025)).get()!.motivation).toBe('Mörbylånga visar vägen.');
  });
});
