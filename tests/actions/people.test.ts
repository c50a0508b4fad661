import { afterAll, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/session';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));

const { freshDatabase } = await import('../helpers/db');
const { seedSmallCycle, asCurrent, auditActions } = await import('../mail/fixture');
const people = await import('@/lib/actions/people');
const { createSession, findSessionUser } = await import('@/db/queries/users');

const t = freshDatabase('people');
const fx = seedSmallCycle(t.db, { jurors: 2 });
afterAll(() => t.cleanup());

describe('deactivating a person', () => {
  it('sets active=false and raises the session version, so the session check refuses their next request; audited', async () => {
    const juror = fx.jurors[0];
    createSession(t.db, { id: 'sid-1', userId: juror.id, at: '2026-12-01T10:00:00.000Z' });
    const before = findSessionUser(t.db, 'sid-1')!;
    expect(before).toMatchObject({ active: true, sessionVersion: 1 });
    current.user = asCurrent(fx.organiser);
    expect(await people.deactivatePerson({ userId: juror.id })).toEqual({ ok: true, data: { id: juror.id } });
    const after = findSessionUser(t.db, 'sid-1')!;
    // lib/auth/session.ts getCurrentUser returns null when !active or the version differs from the JWT's.
    expect(after.active).toBe(false);
    expect(after.sessionVersion).toBe(2);
    expect(auditActions(t.db).at(-1)).toBe('user.deactivated');
    expect(await people.deactivatePerson({ userId: juror.id })).toMatchObject({ ok: false, error: expect.stringMatching(/redan inaktiverad/) });
  });

  it('reactivates (sessions from before stay ended), audited', async () => {
    current.user = asCurrent(fx.organiser);
    const juror = fx.jurors[0];
    expect(await people.reactivatePerson({ userId: juror.id })).toMatchObject({ ok: true });
    expect(findSessionUser(t.db, 'sid-1')).toMatchObject({ active: true, sessionVersion: 3 });
    expect(auditActions(t.db).at(-1)).toBe('user.reactivated');
  });

  it('refuses deactivating oneself, an unknown person, and anyone but an organiser', async () => {
    current.user = asCurrent(fx.organiser);
    expect(await people.deactivatePerson({ userId: fx.organiser.id })).toMatchObject({ ok: false, error: expect.stringMatching(/eget konto/) });
    expect(await people.deactivatePerson({ userId: 99999 })).toMatchObject({ ok: false, error: expect.stringMatching(/finns inte/) });
    current.user = asCurrent(fx.jurors[1]);
    expect(await people.deactivatePerson({ userId: fx.jurors[0].id })).toMatchObject({ ok: false, error: expect.stringMatching(/behörighet/) });
    expect(findSessionUser(t.db, 'sid-1')).toMatchObject({ active: true });
  });
});
