import { describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/session';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));

const { freshDatabase } = await import('../helpers/db');
const { applicationFixture, dumpTables, DEADLINE } = await import('../helpers/application-fixture');
const { registerMunicipalityContact, approveRegistration, rejectRegistration } = await import('@/lib/actions/registration');
const { allRegistrations, cyclesOpenForRegistration } = await import('@/lib/registration/registrations');
const { cycles, invitations, nominations, outbox } = await import('@/db/schema');
const { and, eq } = await import('drizzle-orm');

const { db } = freshDatabase('registration');
vi.useFakeTimers({ toFake: ['Date'] });
vi.setSystemTime(new Date('2027-02-10T10:00:00.000Z'));
const fx = applicationFixture(db);
const input = { cycleId: fx.cycleId, kommunkod: '0840', name: 'Åke Ström', title: 'Kvalitetsstrateg', email: 'Ake.Strom@Morbylanga.se' };

describe('self-registration', () => {
  it('lists the open cycle and accepts a registration (e-mail lower-cased), audited', async () => {
    expect(cyclesOpenForRegistration(db, new Date()).map((c) => c.id)).toContain(fx.cycleId);
    const r = await registerMunicipalityContact(input);
    expect(r).toEqual({ ok: true, data: { id: 1 } });
    const regs = allRegistrations(db).filter((x) => x.cycleId === fx.cycleId);
    expect(regs).toEqual([expect.objectContaining({ id: 1, email: 'ake.strom@morbylanga.se', status: 'pending', municipality: 'Mörbylånga', county: 'Kalmar län' })]);
    expect(dumpTables(db).audit_log.at(-1)).toMatchObject({ action: 'registration.submitted', actor_id: null });
  });

  it('refuses a second pending registration for the same e-mail, an unknown kommunkod and bad input', async () => {
    const before = dumpTables(db);
    expect(await registerMunicipalityContact(input)).toMatchObject({ ok: false, fieldErrors: { email: expect.stringMatching(/redan en anmälan/) } });
    expect(await registerMunicipalityContact({ ...input, email: 'x@y.se', kommunkod: '9999' })).toMatchObject({ ok: false, fieldErrors: { kommunkod: expect.any(String) } });
    expect(await registerMunicipalityContact({ ...input, email: 'inte-epost' })).toMatchObject({ ok: false, fieldErrors: { email: expect.stringMatching(/namn@kommun\.se/) } });
    expect(dumpTables(db)).toEqual(before);
  });

  it('refuses after the deadline (one second after) and in a cycle in another phase', async () => {
    vi.setSystemTime(new Date(Date.parse(DEADLINE) + 1000));
    expect(await registerMunicipalityContact({ ...input, email: 'sen@morbylanga.se' })).toMatchObject({ ok: false, error: expect.stringMatching(/Sista dag/) });
    vi.setSystemTime(new Date(Date.parse(DEADLINE) - 1000));
    expect(await registerMunicipalityContact({ ...input, email: 'tidig@morbylanga.se' })).toMatchObject({ ok: true });
    db.update(cycles).set({ phase: 'review' }).where(eq(cycles.id, fx.cycleId)).run();
    expect(await registerMunicipalityContact({ ...input, email: 'granskning@morbylanga.se' })).toMatchObject({ ok: false });
    db.update(cycles).set({ phase: 'applications_open' }).where(eq(cycles.id, fx.cycleId)).run();
    vi.setSystemTime(new Date('2027-02-10T10:00:00.000Z'));
  });
});

describe('approval queue', () => {
  it('is for organisers only', async () => {
    current.user = fx.haboContact;
    expect(await approveRegistration({ cycleId: fx.cycleId, registrationId: 1 })).toMatchObject({ ok: false, error: expect.stringMatching(/behörighet/) });
  });

  it('approving creates the one application of the municipality, an invitation with a set-password link in the outbox, and an audit entry', async () => {
    current.user = fx.organiser;
    const r = await approveRegistration({ cycleId: fx.cycleId, registrationId: 1 });
    expect(r.ok).toBe(true);
    const noms = db.select().from(nominations).where(and(eq(nominations.cycleId, fx.cycleId), eq(nominations.kommunkod, '0840'))).all();
    expect(noms).toHaveLength(1);
    const inv = db.select().from(invitations).where(eq(invitations.email, 'ake.strom@morbylanga.se')).get();
    expect(inv).toMatchObject({ role: 'municipality', kommunkod: '0840', cycleId: fx.cycleId, invitedBy: fx.organiser.id });
    const mail = db.select().from(outbox).all().at(-1);
    expect(mail?.to).toBe('ake.strom@morbylanga.se');
    expect(mail?.body).toMatch(/\/inbjudan\/[A-Za-z0-9_-]{40,}/);
    expect(dumpTables(db).audit_log.at(-1)).toMatchObject({ action: 'registration.approved', actor_id: fx.organiser.id });
    expect(await approveRegistration({ cycleId: fx.cycleId, registrationId: 1 })).toMatchObject({ ok: false, error: expect.stringMatching(/redan hanterad/) });
  });

  it('a second contact of the same municipality shares the one application; rejecting writes no invitation', async () => {
    current.user = fx.organiser;
    const id2 = db.select().from(cycles).where(eq(cycles.id, fx.cycleId)).get()!.settings.registrations as { id: number; email: string }[];
    const second = id2.find((r) => r.email === 'tidig@morbylanga.se')!;
    expect((await approveRegistration({ cycleId: fx.cycleId, registrationId: second.id })).ok).toBe(true);
    expect(db.select().from(nominations).where(and(eq(nominations.cycleId, fx.cycleId), eq(nominations.kommunkod, '0840'))).all()).toHaveLength(1);
    expect((await registerMunicipalityContact({ ...input, email: 'nej@morbylanga.se' })).ok).toBe(true);
    const third = (db.select().from(cycles).where(eq(cycles.id, fx.cycleId)).get()!.settings.registrations as { id: number; email: string }[]).find((r) => r.email === 'nej@morbylanga.se')!;
    const invitationsBefore = db.select().from(invitations).all().length;
    expect((await rejectRegistration({ cycleId: fx.cycleId, registrationId: third.id })).ok).toBe(true);
    expect(db.select().from(invitations).all()).toHaveLength(invitationsBefore);
    expect(dumpTables(db).audit_log.at(-1)).toMatchObject({ action: 'registration.rejected' });
  });
});
