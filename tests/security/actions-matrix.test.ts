/**
 * Every server action × every role: the table below says who may call each one.
 * The test loads every module in lib/actions, so an action that is missing from
 * the table (or a table row without an action) fails it; then it calls each action
 * as each role that may not, and signed out, and checks the refusal comes before
 * any input is read or any row is written.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/session';
import type { Role } from '@/db/schema/people';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const { actionRegistry } = await import('@/lib/actions/define-action');
const { MESSAGES } = await import('@/lib/errors');
const { freshDatabase, dumpAllTables } = await import('../helpers/db');
const t = freshDatabase('actions-matrix');
await Promise.all(Object.values(import.meta.glob(['../../lib/actions/*.ts', '!../../lib/actions/define-action.ts'])).map((load) => load()));

/** Who may call each action, gathered from tests/security/allowed/*.allowed.ts (one file per topic). */
const tables = import.meta.glob<{ ALLOWED: Record<string, Role[]> }>('./allowed/*.allowed.ts', { eager: true });
const ALLOWED: Record<string, Role[]> = {};
const duplicated: string[] = [];
for (const mod of Object.values(tables)) {
  for (const [name, roles] of Object.entries(mod.ALLOWED)) {
    if (name in ALLOWED) duplicated.push(name);
    ALLOWED[name] = roles;
  }
}


const USERS: Record<Role, CurrentUser> = {
  organiser: { id: 1, email: 'o@example.org', name: 'O', role: 'organiser', organisation: null, kommunkod: null, municipalityName: null, isDemo: false },
  juror: { id: 2, email: 'j@example.org', name: 'J', role: 'juror', organisation: 'SKR', kommunkod: null, municipalityName: null, isDemo: false },
  municipality: { id: 3, email: 'm@example.org', name: 'M', role: 'municipality', organisation: null, kommunkod: '0114', municipalityName: 'Upplands Väsby', isDemo: false },
};

describe('every server action is guarded by role', () => {
  let before: ReturnType<typeof dumpAllTables>;
  beforeAll(() => {
    before = dumpAllTables(t.db);
  });

  it('the table lists exactly the actions the app defines, with the roles they declare', () => {
    const defined = Object.fromEntries([...actionRegistry].filter(([name]) => !name.startsWith('test.')).map(([name, a]) => [name, [...a.roles].sort()]));
    expect(duplicated, 'actions listed twice in tests/security/allowed').toEqual([]);
    expect(Object.keys(defined).sort()).toEqual(Object.keys(ALLOWED).sort());
    for (const [name, roles] of Object.entries(ALLOWED)) expect(defined[name], name).toEqual([...roles].sort());
  });

  it('refuses every action signed out and to every other role, whatever the input, and writes nothing', async () => {
    const inputs: unknown[] = [undefined, {}, { cycleId: 1, nominationId: 1, id: 1 }];
    for (const [name, { roles, action }] of actionRegistry) {
      if (name.startsWith('test.')) continue;
      current.user = null;
      for (const input of inputs) expect(await action(input), `${name} signed out`).toEqual({ ok: false, error: MESSAGES.signedOut });
      for (const role of ['organiser', 'juror', 'municipality'] as const) {
        if (roles.includes(role)) continue;
        current.user = USERS[role];
        for (const input of inputs) expect(await action(input), `${name} as ${role}`).toEqual({ ok: false, error: MESSAGES.forbidden });
      }
    }
    expect(dumpAllTables(t.db)).toEqual(before);
  });

  it('answers an allowed role with malformed input by a refusal, never a crash', async () => {
    for (const [name, { roles, action }] of actionRegistry) {
      if (name.startsWith('test.')) continue;
      current.user = USERS[roles[0]];
      const res = await action(undefined);
      expect(res.ok, name).toBe(false);
    }
    expect(dumpAllTables(t.db)).toEqual(before);
  });
});
