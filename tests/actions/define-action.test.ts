import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { CurrentUser } from '@/lib/auth/session';
import { UserError } from '@/lib/errors';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));

const { defineAction, actionRegistry } = await import('@/lib/actions/define-action');
const { freshDatabase } = await import('../helpers/db');
freshDatabase('actions');

const juror: CurrentUser = { id: 7, email: 'j@example.org', name: 'J', role: 'juror', organisation: 'Saco', kommunkod: null, municipalityName: null, isDemo: true };
const organiser: CurrentUser = { ...juror, id: 1, role: 'organiser', organisation: null };

const handler = vi.fn(({ input }: { input: { title: string } }) => input.title.toUpperCase());
const rename = defineAction({
  name: 'test.rename',
  roles: ['organiser'],
  schema: z.object({ title: z.string().min(3, { error: 'Skriv minst tre tecken.' }) }),
  handler,
});
const failing = defineAction({
  name: 'test.failing',
  roles: ['organiser'],
  schema: z.object({}),
  handler: () => {
    throw new Error('database exploded: secret details');
  },
});
const refusing = defineAction({
  name: 'test.refusing',
  roles: ['organiser'],
  schema: z.object({}),
  handler: () => {
    throw new UserError('Fasen tillåter inte detta just nu.', 409);
  },
});

describe('defineAction', () => {
  beforeEach(() => {
    handler.mockClear();
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });

  it('refuses a signed-out caller before parsing or running anything', async () => {
    current.user = null;
    expect(await rename({ title: 'abc' })).toEqual({ ok: false, error: expect.stringMatching(/inte inloggad/) });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a role that is not listed', async () => {
    current.user = juror;
    expect(await rename({ title: 'abc' })).toEqual({ ok: false, error: expect.stringMatching(/behörighet/) });
    expect(handler).not.toHaveBeenCalled();
  });

  it('answers invalid input with Swedish field errors and does not run the handler', async () => {
    current.user = organiser;
    const result = await rename({ title: 'a' });
    expect(result).toEqual({ ok: false, error: expect.any(String), fieldErrors: { title: 'Skriv minst tre tecken.' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('runs the handler with the parsed input for an allowed caller', async () => {
    current.user = organiser;
    expect(await rename({ title: 'omgång', extra: 'ignored' })).toEqual({ ok: true, data: 'OMGÅNG' });
  });

  it('shows a user error as it is, and hides an unexpected error behind a general message', async () => {
    current.user = organiser;
    expect(await refusing({})).toEqual({ ok: false, error: 'Fasen tillåter inte detta just nu.' });
    const result = await failing({});
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('secret details');
    expect(console.error).toHaveBeenCalled();
  });

  it('registers every action with its roles, and refuses a second action with the same name', () => {
    expect(actionRegistry.get('test.rename')).toEqual({ roles: ['organiser'], action: rename });
    expect(() => defineAction({ name: 'test.rename', roles: [], schema: z.object({}), handler: () => 1 })).toThrow(/twice/);
  });
});
