/**
 * Hostile input against every server action (every module in lib/actions, so new
 * actions are covered as they are added), called in-process as each role the
 * action allows and signed out for the public ones: structural junk (huge
 * strings, deep nesting, prototype keys, fast-check's `anything`), and plausible
 * forms whose every text field carries SQL, HTML, script or control characters.
 * Every answer must be a result — ok, or a refusal with a message — never the
 * "something went wrong on the server" answer, a throw or a logged crash; the
 * database stays intact and holds the hostile text verbatim (bound parameters).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/session';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock('next/server', async (orig) => ({ ...(await orig<typeof import('next/server')>()), after: () => {} }));

const { actionRegistry } = await import('@/lib/actions/define-action');
const { MESSAGES } = await import('@/lib/errors');
const { freshDatabase } = await import('../helpers/db');
const { applicationFixture } = await import('../helpers/application-fixture');
const { readAuditRows } = await import('@/lib/audit/read-chain');
const { verifyAuditChain } = await import('@/lib/audit/verify-chain');
const { HOSTILE_TEXTS } = await import('./hostile-payloads');
const modules = await Promise.all(Object.values(import.meta.glob(['../../lib/actions/*.ts', '!../../lib/actions/define-action.ts'])).map((load) => load()));
/** Actions that anyone may call signed out (not built with defineAction). */
const PUBLIC = ['acceptInvitation', 'registerMunicipalityContact']
  .map((name) => [name, modules.map((m) => (m as Record<string, unknown>)[name]).find((f) => typeof f === 'function')] as const)
  .filter((x): x is readonly [string, (raw: unknown) => Promise<{ ok: boolean; error?: string }>] => !!x[1]);

const t = freshDatabase('hostile-actions');
const sql = t.db.$client;
let fx: ReturnType<typeof applicationFixture>;
const tally = { calls: 0, ok: 0, refused: 0, serverErrors: 0 };
const crashes: string[] = [];
const errorSpy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
  crashes.push(args.map(String).join(' ').slice(0, 300));
});

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2027-02-10T10:00:00.000Z'));
  fx = applicationFixture(t.db);
});

afterAll(() => {
  vi.useRealTimers();
  errorSpy.mockRestore();
  console.log(`Hostile actions: ${tally.calls} calls to ${actionRegistry.size + PUBLIC.length} actions, ${tally.ok} accepted, ${tally.refused} refused with a message, ${tally.serverErrors} server errors.`);
  t.cleanup();
});

function deep(levels: number): unknown {
  let v: unknown = 'botten';
  for (let i = 0; i < levels; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

/** A plausible form: real ids where ids go, the payload in every text field. */
function form(p: unknown): Record<string, unknown> {
  return {
    cycleId: fx.cycleId, nominationId: fx.habo, jurorId: fx.juror.id, userId: fx.juror.id, id: 1, sheetId: 1, criterionId: 1, areaId: 1,
    conflictId: 1, documentId: 1, invitationId: 1, registrationId: 1, winnerNominationId: fx.habo, nominationIds: [fx.habo],
    kommunkod: '0643', email: 'fuzz@example.org', revision: 0, value: 3, score: 3, confirm: true, from: 'applications_open', to: 'review',
    name: p, title: p, reason: p, comment: p, rationale: p, organisation: p, text: p, csv: p, description: p, guidance: p, message: p,
    observations: p, strengths: p, concerns: p, interviewedRoles: p, token: p, password: p, contactName: p, phone: p, role: p, type: p,
    answers: { selfDescription: { democracy: p, service: p }, goals: p, followUp: p, keyFacts: { inhabitants: p, other: p } },
    areas: [{ key: 'democracy', name: p, description: p, criteria: [{ title: p, guidance: p }] }],
    model: p, json: p, rows: [p], areaWeights: { democracy: p }, componentWeights: { documentReview: p },
  };
}

const JUNK: unknown[] = [
  undefined, null, 0, -1, NaN, '', 'x'.repeat(1_000_000), [], [[]], true,
  deep(5_000), JSON.parse('{"__proto__": {"polluted": "ja"}, "constructor": {"prototype": {"polluted": "ja"}}}'),
  Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i])),
  { cycleId: '1 OR 1=1', nominationId: "1'; drop table nominations;--", id: '<script>' },
  { cycleId: Number.MAX_SAFE_INTEGER + 2, nominationId: 1e308, id: -0 },
];

async function call(name: string, action: (raw: unknown) => Promise<{ ok: boolean; error?: string }>, input: unknown) {
  tally.calls++;
  const before = crashes.length;
  let result: { ok: boolean; error?: string };
  try {
    result = await action(input);
  } catch (err) {
    throw new Error(`${name} threw on hostile input: ${(err as Error).message}`);
  }
  expect(typeof result?.ok, `${name} answered with a result`).toBe('boolean');
  if (result.ok) tally.ok++;
  else {
    if (result.error === MESSAGES.server) tally.serverErrors++;
    expect(result.error, `${name} answered the server-error message: ${crashes.slice(before).join(' | ')}`).not.toBe(MESSAGES.server);
    expect(result.error && result.error.trim().length > 0, `${name} refused without a message`).toBe(true);
    tally.refused++;
  }
  expect(crashes.slice(before), `${name} logged an error`).toEqual([]);
}

const usersFor = (roles: readonly string[]): CurrentUser[] =>
  roles.map((r) => (r === 'organiser' ? fx.organiser : r === 'juror' ? fx.juror : fx.haboContact));

describe('every server action under hostile input', () => {
  it('finds the actions (the loop is not empty)', () => {
    expect(actionRegistry.size).toBeGreaterThan(30);
    expect(PUBLIC.map(([n]) => n)).toEqual(['acceptInvitation', 'registerMunicipalityContact']);
  });

  it('structural junk: refused with a message, never a crash', async () => {
    for (const [name, { roles, action }] of actionRegistry)
      for (const user of usersFor(roles)) {
        current.user = user;
        for (const input of JUNK) await call(name, action, input);
      }
    current.user = null;
    for (const [name, action] of PUBLIC) for (const input of JUNK) await call(name, action, input);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 120_000);

  it('plausible forms with SQL, HTML, script and control characters in every text field', async () => {
    const payloads: unknown[] = [...HOSTILE_TEXTS, 12345, null, ['lista'], { nested: '<b>' }];
    for (const [name, { roles, action }] of actionRegistry)
      for (const user of usersFor(roles)) {
        current.user = user;
        for (const p of payloads) await call(name, action, form(p));
      }
    current.user = null;
    for (const [name, action] of PUBLIC) for (const p of payloads) await call(name, action, form(p));
  }, 120_000);

  it('fast-check: arbitrary values and arbitrary forms', async () => {
    const actions = [...actionRegistry].map(([name, a]) => ({ name, action: a.action, user: usersFor(a.roles)[0] }));
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: actions.length - 1 }),
        fc.oneof(fc.anything({ maxDepth: 4, withObjectString: true, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true }), fc.string({ unit: 'binary', maxLength: 300 }).map(form), fc.jsonValue().map(form)),
        async (i, input) => {
          current.user = actions[i].user;
          await call(actions[i].name, actions[i].action, input);
        },
      ),
      { numRuns: 400 },
    );
  }, 120_000);

  it('leaves the database whole: integrity, every table, an intact audit chain, payloads stored verbatim', () => {
    expect(sql.pragma('integrity_check', { simple: true })).toBe('ok');
    for (const table of ['users', 'nominations', 'documents', 'audit_log', 'cycles']) expect(sql.prepare("select count(*) as n from sqlite_master where type = 'table' and name = ?").get(table)).toEqual({ n: 1 });
    const { rows, lastIssuedId } = readAuditRows(sql);
    expect(verifyAuditChain(rows, lastIssuedId).ok).toBe(true);
    // Actions accepted the SQL payload (e.g. as a conflict's reason); it sits in the database as plain text, and users still exists.
    const tables = (sql.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '%fts%'").all() as { name: string }[]).map((r) => r.name);
    const dump = tables.map((name) => JSON.stringify(sql.prepare(`select * from "${name}"`).all())).join('');
    const stored = dump.split(JSON.stringify("'; DROP TABLE users; --").slice(1, -1)).length - 1;
    expect(stored).toBeGreaterThan(0);
  });
});
