import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import type { CurrentUser } from '@/lib/auth/session';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));

const { saveDraft, submitApplication, APPLICATION_MESSAGES } = await import('@/lib/actions/application');
const { freshDatabase } = await import('../helpers/db');
const { applicationFixture, completeAnswers, DEADLINE, CREATED, dumpTables: dumpAllTables } = await import('../helpers/application-fixture');
const { auditLog, documents, nominations, cycles } = await import('@/db/schema');
const { emptyAnswers } = await import('@/lib/validation/application');

const { db } = freshDatabase('application-actions');
let fx: ReturnType<typeof applicationFixture>;

const at = (iso: string, deltaMs = 0) => vi.setSystemTime(new Date(Date.parse(iso) + deltaMs));

function addDocument(nominationId: number) {
  db.insert(documents)
    .values({ nominationId, type: 'vision', title: 'Vision 2035', filename: 'vision.pdf', sha256: 'a'.repeat(64), sizeBytes: 1000, uploadedAt: CREATED })
    .run();
}
const row = (id: number) => db.select().from(nominations).where(eq(nominations.id, id)).get()!;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  at('2027-02-10T10:00:00.000Z');
  fx = applicationFixture(db);
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => vi.useRealTimers());

describe('saveDraft', () => {
  it('saves the answers of the own municipality, gives a new version and writes an audit entry', async () => {
    current.user = fx.haboContact;
    const answers = { ...emptyAnswers(), goals: 'Nöjdare invånare' };
    const auditBefore = db.select().from(auditLog).all().length;
    const r = await saveDraft({ nominationId: fx.habo, expectedUpdatedAt: CREATED, answers });
    expect(r).toEqual({ ok: true, data: { updatedAt: '2027-02-10T10:00:00.000Z' } });
    expect(row(fx.habo).answers).toEqual(answers);
    const audit = db.select().from(auditLog).all();
    expect(audit).toHaveLength(auditBefore + 1);
    expect(audit.at(-1)).toMatchObject({ action: 'application.save_draft', actorId: fx.haboContact.id, entityId: String(fx.habo), after: { changed: ['goals'] } });
  });

  it('refuses a contact of another municipality with 404 wording and changes nothing', async () => {
    current.user = fx.svedalaContact;
    const before = dumpAllTables(db);
    const r = await saveDraft({ nominationId: fx.habo, expectedUpdatedAt: CREATED, answers: completeAnswers() });
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/finns inte eller tillhör inte er kommun/) });
    expect(dumpAllTables(db)).toEqual(before);
  });

  it('refuses organisers and jurors by role', async () => {
    for (const user of [fx.organiser, fx.juror]) {
      current.user = user;
      const r = await saveDraft({ nominationId: fx.habo, expectedUpdatedAt: CREATED, answers: completeAnswers() });
      expect(r).toEqual({ ok: false, error: expect.stringMatching(/behörighet/) });
    }
    current.user = null;
    expect(await saveDraft({ nominationId: fx.habo, expectedUpdatedAt: CREATED, answers: completeAnswers() })).toMatchObject({ ok: false, error: expect.stringMatching(/inte inloggad/) });
  });

  it('allows a save at the deadline and one second before, refuses one second after', async () => {
    current.user = fx.haboContact;
    at(DEADLINE, -1000);
    const a = await saveDraft({ nominationId: fx.habo, expectedUpdatedAt: CREATED, answers: { ...emptyAnswers(), goals: 'ett' } });
    expect(a.ok).toBe(true);
    at(DEADLINE);
    const b = await saveDraft({ nominationId: fx.habo, expectedUpdatedAt: a.ok ? a.data.updatedAt : '', answers: { ...emptyAnswers(), goals: 'två' } });
    expect(b.ok).toBe(true);
    at(DEADLINE, 1000);
    const before = dumpAllTables(db);
    const c = await saveDraft({ nominationId: fx.habo, expectedUpdatedAt: b.ok ? b.data.updatedAt : '', answers: { ...emptyAnswers(), goals: 'tre' } });
    expect(c).toEqual({ ok: false, error: expect.stringMatching(/Sista dag för ansökan var 15 mars 2027 kl\. 23\.59/) });
    expect(dumpAllTables(db)).toEqual(before);
    expect(row(fx.habo).answers).toMatchObject({ goals: 'två' });
  });

  it('refuses in a phase that does not permit editing', async () => {
    current.user = fx.haboContact;
    db.update(cycles).set({ phase: 'review' }).where(eq(cycles.id, fx.cycleId)).run();
    const r = await saveDraft({ nominationId: fx.habo, expectedUpdatedAt: CREATED, answers: completeAnswers() });
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/Sista dag för ansökan/) });
    db.update(cycles).set({ phase: 'draft' }).where(eq(cycles.id, fx.cycleId)).run();
    const r2 = await saveDraft({ nominationId: fx.habo, expectedUpdatedAt: CREATED, answers: completeAnswers() });
    expect(r2).toEqual({ ok: false, error: expect.stringMatching(/går bara i fasen ”Ansökan öppen”/) });
  });

  it('refuses a stale write (another window saved in between) and keeps the newer text', async () => {
    current.user = fx.haboContact;
    const first = await saveDraft({ nominationId: fx.habo, expectedUpdatedAt: CREATED, answers: { ...emptyAnswers(), goals: 'fönster A' } });
    expect(first.ok).toBe(true);
    const stale = await saveDraft({ nominationId: fx.habo, expectedUpdatedAt: CREATED, answers: { ...emptyAnswers(), goals: 'fönster B' } });
    expect(stale).toEqual({ ok: false, error: APPLICATION_MESSAGES.stale });
    expect(row(fx.habo).answers).toMatchObject({ goals: 'fönster A' });
  });

  it('refuses text over the limit with a field error', async () => {
    current.user = fx.haboContact;
    const answers = emptyAnswers();
    answers.selfDescription.democracy = 'x'.repeat(4001);
    const r = await saveDraft({ nominationId: fx.habo, expectedUpdatedAt: CREATED, answers });
    expect(r).toMatchObject({ ok: false, fieldErrors: { 'answers.selfDescription.democracy': expect.stringMatching(/högst/) } });
  });
});

describe('submitApplication', () => {
  it('refuses an incomplete application, listing what is missing, and changes nothing', async () => {
    current.user = fx.haboContact;
    const before = dumpAllTables(db);
    const r = await submitApplication({ nominationId: fx.habo, expectedUpdatedAt: CREATED });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatch(/inte komplett/);
    expect(Object.keys(r.fieldErrors ?? {})).toContain('dokument');
    expect(Object.keys(r.fieldErrors ?? {})).toContain('selfDescription.democracy');
    expect(dumpAllTables(db)).toEqual(before);
  });

  it('refuses a complete application without documents', async () => {
    current.user = fx.haboContact;
    const s = await saveDraft({ nominationId: fx.habo, expectedUpdatedAt: CREATED, answers: completeAnswers() });
    const r = await submitApplication({ nominationId: fx.habo, expectedUpdatedAt: s.ok ? s.data.updatedAt : '' });
    expect(r).toMatchObject({ ok: false, fieldErrors: { dokument: expect.stringMatching(/minst ett styrdokument/) } });
    expect(Object.keys((r as { fieldErrors: object }).fieldErrors)).toEqual(['dokument']);
  });

  it('submits a complete application, audits it, and locks it against further saves', async () => {
    current.user = fx.haboContact;
    const s = await saveDraft({ nominationId: fx.habo, expectedUpdatedAt: CREATED, answers: completeAnswers() });
    addDocument(fx.habo);
    const version = s.ok ? s.data.updatedAt : '';
    at('2027-02-11T09:30:00.000Z');
    const r = await submitApplication({ nominationId: fx.habo, expectedUpdatedAt: version });
    expect(r).toEqual({ ok: true, data: { submittedAt: '2027-02-11T09:30:00.000Z' } });
    expect(row(fx.habo)).toMatchObject({ status: 'submitted', submittedAt: '2027-02-11T09:30:00.000Z' });
    expect(db.select().from(auditLog).all().at(-1)).toMatchObject({ action: 'application.submit', after: { status: 'submitted', documents: 1 } });
    const again = await saveDraft({ nominationId: fx.habo, expectedUpdatedAt: row(fx.habo).updatedAt, answers: emptyAnswers() });
    expect(again).toEqual({ ok: false, error: expect.stringMatching(/inskickad och låst/) });
    const twice = await submitApplication({ nominationId: fx.habo, expectedUpdatedAt: row(fx.habo).updatedAt });
    expect(twice.ok).toBe(false);
  });

  it('refuses submission one second after the deadline and from another municipality', async () => {
    current.user = fx.haboContact;
    const s = await saveDraft({ nominationId: fx.habo, expectedUpdatedAt: CREATED, answers: completeAnswers() });
    addDocument(fx.habo);
    const version = s.ok ? s.data.updatedAt : '';
    current.user = fx.svedalaContact;
    expect(await submitApplication({ nominationId: fx.habo, expectedUpdatedAt: version })).toMatchObject({ ok: false, error: expect.stringMatching(/finns inte/) });
    current.user = fx.haboContact;
    at(DEADLINE, 1000);
    expect(await submitApplication({ nominationId: fx.habo, expectedUpdatedAt: version })).toMatchObject({ ok: false, error: expect.stringMatching(/Sista dag/) });
    at(DEADLINE, -1000);
    expect(await submitApplication({ nominationId: fx.habo, expectedUpdatedAt: version })).toMatchObject({ ok: true });
  });

  it('refuses a stale submit', async () => {
    current.user = fx.haboContact;
    await saveDraft({ nominationId: fx.habo, expectedUpdatedAt: CREATED, answers: completeAnswers() });
    addDocument(fx.habo);
    expect(await submitApplication({ nominationId: fx.habo, expectedUpdatedAt: CREATED })).toEqual({ ok: false, error: APPLICATION_MESSAGES.stale });
  });
});
