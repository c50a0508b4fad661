import { afterAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import type { CurrentUser } from '@/lib/auth/session';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));

const { freshDatabase } = await import('../helpers/db');
const { seedSmallCycle, asCurrent, auditActions } = await import('../mail/fixture');
const { erasePersonAction } = await import('@/lib/actions/gdpr');
const { exportPersonData } = await import('@/lib/gdpr/person-data');
const schema = await import('@/db/schema');
const { createSession } = await import('@/db/queries/users');

const t = freshDatabase('gdpr');
const fx = seedSmallCycle(t.db, { jurors: 2 });
afterAll(() => t.cleanup());

const at = '2026-11-02T10:00:00.000Z';
const juror = fx.jurors[0];
const nomination = fx.nominations[0];

// What a juror leaves behind: a session, an invitation, a mail, a score sheet with a comment,
// an interview note; and a municipality contact entry carrying the same e-mail.
createSession(t.db, { id: 'sid-gdpr', userId: juror.id, at });
t.db.insert(schema.invitations).values({ email: juror.email, role: 'juror', tokenHash: 'h'.repeat(64), expiresAt: at, createdAt: at }).run();
t.db.insert(schema.outbox).values({ to: juror.email, subject: 'Välkommen', body: `Hej ${juror.name}`, createdAt: at }).run();
const area = t.db.insert(schema.rubricAreas).values({ cycleId: fx.cycle.id, key: 'demokrati', name: 'Demokrati', position: 1 }).returning().get();
const criterion = t.db.insert(schema.rubricCriteria).values({ areaId: area.id, title: 'Styrmodell', position: 1 }).returning().get();
const sheet = t.db.insert(schema.scoreSheets).values({ nominationId: nomination.id, jurorId: juror.id, status: 'submitted', submittedAt: at, updatedAt: at }).returning().get();
t.db.insert(schema.scores).values({ sheetId: sheet.id, criterionId: criterion.id, value: 4, comment: 'Tydlig styrmodell.', updatedAt: at }).run();
t.db
  .update(schema.nominations)
  .set({ answers: { contacts: [{ name: juror.name, role: 'Kontakt', email: juror.email.toUpperCase(), phone: '070-1234567' }, { name: 'Annan', role: '', email: 'annan@example.org', phone: '' }] } })
  .where(eq(schema.nominations.id, nomination.id))
  .run();

describe('exporting what is stored about a person', () => {
  it('gathers the account without secrets, sessions, invitations, mail, score sheets with comments and application contacts', () => {
    t.db.update(schema.users).set({ passwordHash: 'argon2-secret', totpSecret: 'TOTPSECRET' }).where(eq(schema.users.id, juror.id)).run();
    const data = exportPersonData(t.db, juror.id, new Date(at))!;
    const text = JSON.stringify(data);
    expect(data.person).toMatchObject({ id: juror.id, email: juror.email, name: juror.name, hasPassword: true });
    expect(text).not.toContain('argon2-secret');
    expect(text).not.toContain('TOTPSECRET');
    expect(data.sessions).toHaveLength(1);
    expect(data.invitations).toHaveLength(1);
    expect(data.mail).toHaveLength(1);
    expect(data.scoreSheets).toHaveLength(1);
    expect(text).toContain('Tydlig styrmodell.');
    expect(data.applicationContacts).toEqual([expect.objectContaining({ nominationId: nomination.id })]);
  });

  it('is null for a person who does not exist', () => {
    expect(exportPersonData(t.db, 99999, new Date(at))).toBeNull();
  });
});

describe('erasing a person', () => {
  it('refuses a wrong confirmation name, oneself, and anyone but an organiser, and changes nothing', async () => {
    current.user = asCurrent(fx.organiser);
    expect(await erasePersonAction({ userId: juror.id, confirmName: 'Fel Namn' })).toMatchObject({ ok: false, fieldErrors: { confirmName: expect.any(String) } });
    expect(await erasePersonAction({ userId: fx.organiser.id, confirmName: fx.organiser.name })).toMatchObject({ ok: false, error: expect.stringMatching(/eget konto/) });
    // An English organiser is refused in English (the action runs in the caller's language).
    t.db.update(schema.users).set({ locale: 'en' }).where(eq(schema.users.id, fx.organiser.id)).run();
    expect(await erasePersonAction({ userId: fx.organiser.id, confirmName: fx.organiser.name })).toMatchObject({ ok: false, error: 'You cannot erase your own account. Ask another organiser.' });
    t.db.update(schema.users).set({ locale: 'sv' }).where(eq(schema.users.id, fx.organiser.id)).run();
    current.user = asCurrent(fx.jurors[1]);
    expect(await erasePersonAction({ userId: juror.id, confirmName: juror.name })).toMatchObject({ ok: false });
    expect(t.db.select().from(schema.users).where(eq(schema.users.id, juror.id)).get()).toMatchObject({ name: juror.name, erasedAt: null });
  });

  it('removes contact data and secrets, keeps the scores under a pseudonym, ends sessions; audited without personal data', async () => {
    current.user = asCurrent(fx.organiser);
    const res = await erasePersonAction({ userId: juror.id, confirmName: ` ${juror.name.toUpperCase()} ` });
    expect(res).toMatchObject({ ok: true, data: { sessions: 1, invitations: 1, mail: 1, applicationContacts: 1 } });
    const after = t.db.select().from(schema.users).where(eq(schema.users.id, juror.id)).get()!;
    expect(after).toMatchObject({ name: `Raderad person ${juror.id}`, email: `raderad-${juror.id}@raderad.invalid`, passwordHash: null, totpSecret: null, active: false });
    expect(after.erasedAt).not.toBeNull();
    expect(after.sessionVersion).toBeGreaterThan(1);
    expect(t.db.select().from(schema.sessions).where(eq(schema.sessions.userId, juror.id)).all()).toEqual([]);
    expect(t.db.select().from(schema.outbox).all().filter((m) => m.to === juror.email)).toEqual([]);
    // Scores and comments stay, linked to the same (now pseudonymous) account, so rankings are reproducible.
    expect(t.db.select().from(schema.scoreSheets).where(eq(schema.scoreSheets.jurorId, juror.id)).all()).toHaveLength(1);
    expect(t.db.select().from(schema.scores).where(eq(schema.scores.sheetId, sheet.id)).get()).toMatchObject({ value: 4, comment: 'Tydlig styrmodell.' });
    const contacts = t.db.select().from(schema.nominations).where(eq(schema.nominations.id, nomination.id)).get()!.answers.contacts as { name: string; email: string; phone: string }[];
    expect(contacts[0]).toMatchObject({ name: `Raderad person ${juror.id}`, email: '', phone: '' });
    expect(contacts[1]).toMatchObject({ name: 'Annan', email: 'annan@example.org' });
    expect(auditActions(t.db).at(-1)).toBe('user.erased');
    const entry = t.db.select().from(schema.auditLog).all().at(-1)!;
    expect(JSON.stringify(entry)).not.toContain(juror.email);
    expect(JSON.stringify(entry)).not.toContain(juror.name);
    // Nothing of the person is left to export but the pseudonymous record.
    expect(JSON.stringify(exportPersonData(t.db, juror.id, new Date()))).not.toContain(juror.email);
  });

  it('refuses to erase the same person twice', async () => {
    current.user = asCurrent(fx.organiser);
    expect(await erasePersonAction({ userId: juror.id, confirmName: `Raderad person ${juror.id}` })).toMatchObject({ ok: false, error: expect.stringMatching(/redan raderad/) });
  });
});
