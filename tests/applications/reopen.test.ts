import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/session';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));

const { freshDatabase } = await import('../helpers/db');
const { seedSmallCycle, asCurrent, auditActions } = await import('../mail/fixture');
const { reopenApplicationAction, setRequiredDocumentsAction } = await import('@/lib/actions/application-admin');
const schema = await import('@/db/schema');

const t = freshDatabase('reopen');
const fx = seedSmallCycle(t.db, { jurors: 1, nominations: 2 });
afterAll(() => t.cleanup());

const at = '2026-11-01T10:00:00.000Z';
const nomination = fx.nominations[0];
const contact = t.db
  .insert(schema.users)
  .values({ email: 'kontakt@kommun.se', name: 'Kim Kontakt', role: 'municipality', kommunkod: nomination.kommunkod, createdAt: at })
  .returning()
  .get();
const setPhase = (phase: 'review' | 'applications_open') => t.db.update(schema.cycles).set({ phase }).where(eq(schema.cycles.id, fx.cycle.id)).run();
const statusOf = () => t.db.select().from(schema.nominations).where(eq(schema.nominations.id, nomination.id)).get()!;

describe('the organiser reopens a submitted application', () => {
  it('refuses in review (the cycle must go back to applications open first), a short reason, and non-organisers', async () => {
    setPhase('review');
    current.user = asCurrent(fx.organiser);
    expect(await reopenApplicationAction({ nominationId: nomination.id, reason: 'Fel fil bifogad' })).toMatchObject({ ok: false, error: expect.stringMatching(/Ansökan öppen/) });
    setPhase('applications_open');
    expect(await reopenApplicationAction({ nominationId: nomination.id, reason: 'fel' })).toMatchObject({ ok: false, fieldErrors: { reason: expect.any(String) } });
    current.user = asCurrent(contact);
    expect(await reopenApplicationAction({ nominationId: nomination.id, reason: 'Fel fil bifogad' })).toMatchObject({ ok: false });
    expect(statusOf().status).toBe('submitted');
  });

  it('makes it a draft again, mails the municipality the reason, and audits it', async () => {
    current.user = asCurrent(fx.organiser);
    expect(await reopenApplicationAction({ nominationId: nomination.id, reason: 'Fel fil bifogad vid inlämningen' })).toEqual({ ok: true, data: { mailed: 1 } });
    expect(statusOf()).toMatchObject({ status: 'draft', submittedAt: null });
    const mail = t.db.select().from(schema.outbox).all().at(-1)!;
    expect(mail.to).toBe('kontakt@kommun.se');
    expect(mail.body).toContain('Fel fil bifogad vid inlämningen');
    expect(mail.body).toContain(`/kommun/ansokan/${nomination.id}`);
    expect(mail.subject).toBe('Er ansökan till Testomgång 2029 är öppnad igen');
    expect(auditActions(t.db).at(-1)).toBe('application.reopened');
  });

  it('writes to a contact who chose English in English, and refuses an English organiser in English', async () => {
    const other = fx.nominations[1];
    const english = t.db
      .insert(schema.users)
      .values({ email: 'contact@kommun.se', name: 'Chris Contact', role: 'municipality', kommunkod: other.kommunkod, locale: 'en', createdAt: at })
      .returning()
      .get();
    t.db.update(schema.nominations).set({ status: 'submitted', submittedAt: at }).where(eq(schema.nominations.id, other.id)).run();
    t.db.update(schema.users).set({ locale: 'en' }).where(eq(schema.users.id, fx.organiser.id)).run();
    current.user = asCurrent(fx.organiser);
    try {
      setPhase('review');
      expect(await reopenApplicationAction({ nominationId: other.id, reason: 'Wrong file attached' })).toMatchObject({ ok: false, error: 'An application can only be reopened while applications are open. First move the cycle back to “Applications open”.' });
      setPhase('applications_open');
      expect(await reopenApplicationAction({ nominationId: other.id, reason: 'Wrong file attached' })).toEqual({ ok: true, data: { mailed: 1 } });
      const mail = t.db.select().from(schema.outbox).all().at(-1)!;
      expect(mail.to).toBe(english.email);
      expect(mail.subject).toBe('Your application to Testomgång 2029 has been reopened');
      expect(mail.body).toMatch(/^Hello Chris Contact,/);
      expect(mail.body).toContain('Reason: Wrong file attached');
    } finally {
      t.db.update(schema.users).set({ locale: 'sv' }).where(eq(schema.users.id, fx.organiser.id)).run();
    }
  });

  it('refuses an application that is not submitted', async () => {
    current.user = asCurrent(fx.organiser);
    expect(await reopenApplicationAction({ nominationId: nomination.id, reason: 'Igen, av misstag' })).toMatchObject({ ok: false, error: expect.stringMatching(/redan öppen/) });
  });
});

describe('the organiser sets the required document types', () => {
  it('stores them in the cycle settings (keeping other settings), audited; refused once the review has started', async () => {
    setPhase('applications_open');
    t.db.update(schema.cycles).set({ settings: { registrations: [] } }).where(eq(schema.cycles.id, fx.cycle.id)).run();
    current.user = asCurrent(fx.organiser);
    expect(await setRequiredDocumentsAction({ cycleId: fx.cycle.id, types: ['vision', 'arsredovisning', 'vision'] })).toEqual({ ok: true, data: { types: ['vision', 'arsredovisning'] } });
    expect(t.db.select().from(schema.cycles).where(eq(schema.cycles.id, fx.cycle.id)).get()!.settings).toEqual({ registrations: [], requiredDocumentTypes: ['vision', 'arsredovisning'] });
    expect(auditActions(t.db).at(-1)).toBe('cycle.required_documents');
    expect(await setRequiredDocumentsAction({ cycleId: fx.cycle.id, types: ['okänd'] })).toMatchObject({ ok: false });
    setPhase('review');
    expect(await setRequiredDocumentsAction({ cycleId: fx.cycle.id, types: [] })).toMatchObject({ ok: false, error: expect.stringMatching(/granskningen har börjat/) });
  });
});
