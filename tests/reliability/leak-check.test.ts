/**
 * The randomized leak check: fast-check generates sequences of actions by several
 * users — jurors saving and submitting scores and declaring conflicts, the
 * organiser recording and removing conflicts, reopening sheets, moving phases,
 * naming finalists and recording the decision — run through the real server
 * actions against a real database. After every step a consistency checker asserts:
 *   1. no conflicted juror has an assignment, can open the nomination, or has a score that counts;
 *   2. a submitted (locked) sheet never changes, unless the organiser reopened it;
 *   3. nothing of the decision reaches a juror or a municipality (their loaders) before
 *      the result is public (isResultPublic);
 *   4. a refused action changed nothing a checker can see, and the audit chain stays intact.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/session';

process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';
const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/server', async (orig) => ({ ...(await orig<typeof import('next/server')>()), after: () => {} }));

const { saveScore, submitSheet, reopenSheet } = await import('@/lib/actions/scoring');
const { recordConflict, declareNominationConflict, removeConflict } = await import('@/lib/actions/conflicts');
const { movePhase } = await import('@/lib/actions/cycles');
const { markFinalists, recordDecision } = await import('@/lib/actions/shortlist');
const { loadMyAssignments, loadJurorNomination, loadOwnOverview } = await import('@/lib/loaders/jury');
const { loadMyApplication } = await import('@/lib/loaders/kommun');
const { loadApplication } = await import('@/lib/loaders/application');
const { submittedScores } = await import('@/db/queries/assessment');
const { isResultPublic } = await import('@/lib/domain/publication');
const { canMovePhaseGenerically, phaseOrder, BACKWARD_MOVES } = await import('@/lib/domain/phases');
const { readAuditRows } = await import('@/lib/audit/read-chain');
const { verifyAuditChain } = await import('@/lib/audit/verify-chain');
const { closeDb, getDb } = await import('@/db/client');
const { seedDemo } = await import('@/seeds/demo');
const { syncMunicipalities } = await import('@/seeds/municipalities');
const { freshDatabase } = await import('../helpers/db');

const NOW = new Date('2027-04-01T10:00:00.000Z'); // inside the demo's review window
const RUNS = Number(process.env.LEAK_RUNS ?? 60);
const MAX_STEPS = Number(process.env.LEAK_STEPS ?? 60);
/** A busy machine gets fewer runs rather than a timeout; the step floor below still holds. */
const TIME_LIMIT_MS = 60_000;

const t = freshDatabase('leak-template');
const template = path.join(t.dir, 'template.db');
const runFile = path.join(t.dir, 'run.db');

type Fixed = { cycleId: number; jurors: CurrentUser[]; contacts: CurrentUser[]; organiser: CurrentUser; nominations: { id: number; kommunkod: string }[]; criteria: number[] };
let fixed: Fixed;

function userOf(sql: import('better-sqlite3').Database, email: string): CurrentUser {
  const u = sql.prepare('select id, email, name, role, organisation, kommunkod from users where email = ?').get(email) as CurrentUser;
  return { ...u, municipalityName: null, isDemo: true };
}

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  syncMunicipalities(t.db);
  await seedDemo(t.db);
  const sql = t.db.$client;
  const cycleId = (sql.prepare('select id from cycles').get() as { id: number }).id;
  const contacts = (sql.prepare("select email from users where role = 'municipality' order by id").all() as { email: string }[]).map((r) => userOf(sql, r.email));
  fixed = {
    cycleId,
    jurors: [1, 2, 3, 4, 5, 6, 7].map((i) => userOf(sql, `jury${i}@example.org`)),
    contacts,
    organiser: userOf(sql, 'arrangor@example.org'),
    nominations: sql.prepare('select id, kommunkod from nominations where cycle_id = ? order by id').all(cycleId) as Fixed['nominations'],
    criteria: (sql.prepare('select c.id from rubric_criteria c join rubric_areas a on a.id = c.area_id where a.cycle_id = ? order by a.position, c.position').all(cycleId) as { id: number }[]).map((r) => r.id),
  };
  sql.pragma('wal_checkpoint(TRUNCATE)');
  fs.copyFileSync(t.file, template);
  t.db.$client.close();
}, 120_000);

afterAll(() => {
  vi.useRealTimers();
  closeDb();
  fs.rmSync(t.dir, { recursive: true, force: true });
});

/** A fresh copy of the seeded database for one run, opened as the app's connection. */
function resetDatabase() {
  closeDb();
  for (const s of ['', '-wal', '-shm']) fs.rmSync(runFile + s, { force: true });
  fs.copyFileSync(template, runFile);
  process.env.DATABASE_PATH = runFile;
  return getDb().$client;
}

// ---------------------------------------------------------------------------
// The system under test and what the checker remembers between steps

type Real = {
  sql: import('better-sqlite3').Database;
  token: string;
  /** Submitted sheets as they were when last seen locked; only a successful reopen may change one. */
  locked: Map<number, string>;
  /** Steps checked while a decision existed and was not public. */
  hiddenChecks: number;
  steps: number;
};
type Model = Record<string, never>;

const as = async <T,>(user: CurrentUser, fn: () => Promise<T>): Promise<T> => {
  current.user = user;
  return fn();
};

const conflicted = (r: Real, jurorId: number, nominationId: number) =>
  !!r.sql
    .prepare('select 1 from conflicts c join nominations n on n.kommunkod = c.kommunkod and n.cycle_id = c.cycle_id where c.juror_id = ? and n.id = ?')
    .get(jurorId, nominationId);
const assigned = (r: Real, jurorId: number, nominationId: number) =>
  !!r.sql.prepare('select 1 from assignments where juror_id = ? and nomination_id = ?').get(jurorId, nominationId);
const sheetRow = (r: Real, jurorId: number, nominationId: number) =>
  r.sql.prepare('select id, status, revision from score_sheets where juror_id = ? and nomination_id = ?').get(jurorId, nominationId) as
    | { id: number; status: string; revision: number }
    | undefined;
const assignedTo = (r: Real, jurorId: number) =>
  (r.sql.prepare('select nomination_id as id from assignments where juror_id = ? order by nomination_id').all(jurorId) as { id: number }[]).map((x) => x.id);
const phase = (r: Real) => (r.sql.prepare('select phase, embargo_at as embargoAt from cycles where id = ?').get(fixed.cycleId) as { phase: string; embargoAt: string | null });

/** Picks a nomination: one the juror is assigned to (most of the time) or any of the cycle. */
function pickNomination(r: Real, jurorId: number, index: number, anyNomination: boolean): number {
  const own = assignedTo(r, jurorId);
  if (!anyNomination && own.length > 0) return own[index % own.length];
  return fixed.nominations[index % fixed.nominations.length].id;
}

const profile: Record<string, { n: number; act: number; check: number }> = {};

abstract class Step implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  abstract act(r: Real): Promise<void>;
  async run(_m: Model, r: Real) {
    r.steps++;
    const t0 = performance.now();
    await this.act(r);
    const t1 = performance.now();
    await checkInvariants(r, this.toString());
    const name = this.constructor.name;
    const p = (profile[name] ??= { n: 0, act: 0, check: 0 });
    p.n++;
    p.act += t1 - t0;
    p.check += performance.now() - t1;
  }
}

class SaveScore extends Step {
  constructor(readonly j: number, readonly n: number, readonly c: number, readonly value: number, readonly anyNomination: boolean, readonly stale: boolean) {
    super();
  }
  async act(r: Real) {
    const juror = fixed.jurors[this.j];
    const nominationId = pickNomination(r, juror.id, this.n, this.anyNomination);
    const sheet = sheetRow(r, juror.id, nominationId);
    const mustRefuse = conflicted(r, juror.id, nominationId) || !assigned(r, juror.id, nominationId) || sheet?.status === 'submitted' || this.stale;
    const result = await as(juror, () =>
      saveScore({ nominationId, criterionId: fixed.criteria[this.c % fixed.criteria.length], value: this.value, comment: `kommentar ${this.value} <b>`, revision: (sheet?.revision ?? 0) + (this.stale ? 1 : 0) }),
    );
    if (mustRefuse) expect(result.ok, `${this} must be refused`).toBe(false);
  }
  toString = () => `SaveScore(j${this.j}, n${this.n}, c${this.c}, ${this.value}${this.anyNomination ? ', any' : ''}${this.stale ? ', stale' : ''})`;
}

class FillAndSubmit extends Step {
  constructor(readonly j: number, readonly n: number) {
    super();
  }
  async act(r: Real) {
    const juror = fixed.jurors[this.j];
    const nominationId = pickNomination(r, juror.id, this.n, false);
    const revision = sheetRow(r, juror.id, nominationId)?.revision ?? 0;
    for (const criterionId of fixed.criteria) await as(juror, () => saveScore({ nominationId, criterionId, value: 3, comment: '', revision }));
    const before = sheetRow(r, juror.id, nominationId);
    const result = await as(juror, () => submitSheet({ nominationId, revision: before?.revision ?? 0 }));
    if (conflicted(r, juror.id, nominationId) || before?.status === 'submitted') expect(result.ok, `${this} must be refused`).toBe(false);
  }
  toString = () => `FillAndSubmit(j${this.j}, n${this.n})`;
}

class DeclareConflict extends Step {
  constructor(readonly j: number, readonly n: number) {
    super();
  }
  async act(r: Real) {
    const juror = fixed.jurors[this.j];
    const nominationId = pickNomination(r, juror.id, this.n, false);
    await as(juror, () => declareNominationConflict({ nominationId, reason: 'Min syster arbetar i kommunen.', confirm: true }));
  }
  toString = () => `DeclareConflict(j${this.j}, n${this.n})`;
}

class RecordConflict extends Step {
  constructor(readonly j: number, readonly n: number) {
    super();
  }
  async act() {
    const juror = fixed.jurors[this.j];
    const nomination = fixed.nominations[this.n % fixed.nominations.length];
    await as(fixed.organiser, () => recordConflict({ cycleId: fixed.cycleId, jurorId: juror.id, kommunkod: nomination.kommunkod, reason: 'Uppdrag åt kommunen 2026.' }));
  }
  toString = () => `RecordConflict(j${this.j}, n${this.n})`;
}

class RemoveConflict extends Step {
  constructor(readonly k: number) {
    super();
  }
  async act(r: Real) {
    const ids = (r.sql.prepare('select id from conflicts order by id').all() as { id: number }[]).map((x) => x.id);
    if (ids.length === 0) return;
    await as(fixed.organiser, () => removeConflict({ conflictId: ids[this.k % ids.length], reason: 'Registrerat av misstag.' }));
  }
  toString = () => `RemoveConflict(${this.k})`;
}

class Reopen extends Step {
  constructor(readonly k: number) {
    super();
  }
  async act(r: Real) {
    const ids = (r.sql.prepare("select id from score_sheets where status = 'submitted' order by id").all() as { id: number }[]).map((x) => x.id);
    if (ids.length === 0) return;
    const sheetId = ids[this.k % ids.length];
    const result = await as(fixed.organiser, () => reopenSheet({ sheetId, reason: 'Kommunen har kompletterat sin ansökan.' }));
    if (result.ok) r.locked.delete(sheetId); // the one legitimate change of a locked sheet
  }
  toString = () => `Reopen(${this.k})`;
}

class MovePhase extends Step {
  constructor(readonly forward: boolean) {
    super();
  }
  async act(r: Real) {
    const from = phase(r).phase as import('@/lib/domain/phases').Phase;
    const order = phaseOrder('open_application');
    const to = this.forward ? order[order.indexOf(from) + 1] : BACKWARD_MOVES.find((m) => m.from === from)?.to;
    if (!to) return;
    const result = await as(fixed.organiser, () => movePhase({ cycleId: fixed.cycleId, from, to }));
    expect(result.ok, `${this} ${from}→${to}: ${JSON.stringify(result)}`).toBe(canMovePhaseGenerically('open_application', from, to).ok);
    if (to === 'published' && !result.ok && r.sql.prepare('select 1 from decisions where cycle_id = ?').get(fixed.cycleId)) {
      // Publishing goes through the publication page (its own tests check the decision, the approved
      // motivation and the embargo); the step publishes as that action would.
      r.sql.prepare("update cycles set phase = 'published' where id = ?").run(fixed.cycleId);
    }
  }
  toString = () => `MovePhase(${this.forward ? 'forward' : 'back'})`;
}

class MarkFinalists extends Step {
  constructor(readonly count: number, readonly offset: number) {
    super();
  }
  async act() {
    const ids = fixed.nominations.map((n) => n.id);
    const chosen = Array.from({ length: this.count }, (_, i) => ids[(this.offset + i) % ids.length]);
    await as(fixed.organiser, () => markFinalists({ cycleId: fixed.cycleId, nominationIds: [...new Set(chosen)] }));
  }
  toString = () => `MarkFinalists(${this.count}, ${this.offset})`;
}

class RecordDecision extends Step {
  constructor(readonly w: number) {
    super();
  }
  async act(r: Real) {
    const finalists = (r.sql.prepare('select id from nominations where cycle_id = ? and finalist = 1 order by id').all(fixed.cycleId) as { id: number }[]).map((x) => x.id);
    const winner = finalists.length > 0 ? finalists[this.w % finalists.length] : fixed.nominations[0].id;
    await as(fixed.organiser, () => recordDecision({ cycleId: fixed.cycleId, winnerNominationId: winner, rationale: `Juryns motivering ${r.token}: tydlig styrning och uppföljning.` }));
  }
  toString = () => `RecordDecision(${this.w})`;
}

/** The embargo instant (set in the database: the publication page is another issue's work). */
class SetEmbargo extends Step {
  constructor(readonly past: boolean) {
    super();
  }
  async act(r: Real) {
    r.sql.prepare('update cycles set embargo_at = ? where id = ?').run(this.past ? '2027-03-01T00:00:00.000Z' : '2027-12-01T18:00:00.000Z', fixed.cycleId);
  }
  toString = () => `SetEmbargo(${this.past ? 'past' : 'future'})`;
}

// ---------------------------------------------------------------------------
// The consistency checker

async function outcome<T>(fn: () => Promise<T>): Promise<{ status: 'ok'; value: T } | { status: string }> {
  try {
    return { status: 'ok', value: await fn() };
  } catch (err) {
    const digest = (err as { digest?: string }).digest ?? '';
    if (digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;')) return { status: digest.split(';')[1] };
    if (digest.startsWith('NEXT_REDIRECT')) return { status: 'redirect' };
    throw err;
  }
}

/** Every submitted sheet with its scores, in one query (the checker runs after every step). */
function submittedSheets(r: Real): Map<number, string> {
  const rows = r.sql
    .prepare(
      `select s.id, s.status || '|' || s.revision || '|' || coalesce((select group_concat(x, ';') from (
                select sc.criterion_id || ':' || coalesce(sc.value, '-') || ':' || sc.cannot_assess || ':' || sc.comment || ':' || sc.updated_at as x
                  from scores sc where sc.sheet_id = s.id order by sc.criterion_id)), '') as state
         from score_sheets s where s.status = 'submitted'`,
    )
    .all() as { id: number; state: string }[];
  return new Map(rows.map((x) => [x.id, x.state]));
}

function sheetStateOf(r: Real, sheetId: number): string | undefined {
  const row = r.sql
    .prepare(
      `select s.status || '|' || s.revision || '|' || coalesce((select group_concat(x, ';') from (
                select sc.criterion_id || ':' || coalesce(sc.value, '-') || ':' || sc.cannot_assess || ':' || sc.comment || ':' || sc.updated_at as x
                  from scores sc where sc.sheet_id = s.id order by sc.criterion_id)), '') as state
         from score_sheets s where s.id = ?`,
    )
    .get(sheetId) as { state: string } | undefined;
  return row?.state;
}

async function checkInvariants(r: Real, step: string) {
  const at = `after step ${r.steps} ${step}`;
  // 1. Conflicts are absolute: no assignment, no score that counts, the nomination is neither listed nor opened.
  const bad = r.sql
    .prepare('select a.juror_id, a.nomination_id from assignments a join nominations n on n.id = a.nomination_id join conflicts c on c.juror_id = a.juror_id and c.kommunkod = n.kommunkod and c.cycle_id = n.cycle_id')
    .all();
  expect(bad, `${at}: a conflicted juror still has an assignment`).toEqual([]);
  const conflictPairs = new Set(
    (r.sql.prepare('select c.juror_id as j, n.id as n from conflicts c join nominations n on n.kommunkod = c.kommunkod and n.cycle_id = c.cycle_id').all() as { j: number; n: number }[]).map((p) => `${p.j}:${p.n}`),
  );
  if (conflictPairs.size > 0) {
    const counted = submittedScores(getDb(), fixed.cycleId).filter((s) => conflictPairs.has(`${s.jurorId}:${s.nominationId}`));
    expect(counted, `${at}: a conflicted juror's score counts in the ranking`).toEqual([]);
  }

  // 2. Locked sheets never change (the map holds every sheet seen submitted; only a successful reopen removes one).
  const submitted = submittedSheets(r);
  for (const [sheetId, seen] of r.locked) {
    const now = submitted.get(sheetId) ?? sheetStateOf(r, sheetId);
    expect(now, `${at}: locked sheet ${sheetId} changed`).toBe(seen);
  }
  for (const [id, state] of submitted) if (!r.locked.has(id)) r.locked.set(id, state);

  // 3. What a juror and a municipality see (one of each per step, in turn).
  const cycle = phase(r);
  const decision = r.sql.prepare('select rationale from decisions where cycle_id = ?').get(fixed.cycleId) as { rationale: string } | undefined;
  const isPublic = isResultPublic({ phase: cycle.phase as import('@/lib/domain/phases').Phase, embargoAt: cycle.embargoAt }, new Date());
  const secrets = decision && !isPublic ? [r.token, decision.rationale, 'winner', 'vinnare', 'rankingSnapshot'] : [];
  if (decision && !isPublic) r.hiddenChecks++;
  const seen: string[] = [];
  const juror = fixed.jurors[r.steps % fixed.jurors.length];
  const mine = await as(juror, () => loadMyAssignments());
  seen.push(JSON.stringify(mine));
  for (const a of mine.assignments) expect(conflictPairs.has(`${juror.id}:${a.nominationId}`), `${at}: a conflicted nomination is listed`).toBe(false);
  const probe = fixed.nominations[(r.steps * 7) % fixed.nominations.length].id;
  const shut = conflictPairs.has(`${juror.id}:${probe}`) || !assigned(r, juror.id, probe);
  if (shut) expect((await as(juror, () => outcome(() => loadJurorNomination(probe)))).status, `${at}: juror opened nomination ${probe}`).toBe('404');
  if (secrets.length === 0) return;
  if (!shut) seen.push(JSON.stringify(await as(juror, () => outcome(() => loadJurorNomination(probe)))));
  seen.push(JSON.stringify(await as(juror, () => loadOwnOverview())));
  const contact = fixed.contacts[r.steps % fixed.contacts.length];
  const application = await as(contact, () => loadMyApplication());
  seen.push(JSON.stringify(application));
  for (const a of application.applications) seen.push(JSON.stringify(await as(contact, () => outcome(() => loadApplication(a.id)))));
  for (const text of seen) for (const s of secrets) expect(text.includes(s), `${at}: "${s}" visible to a non-organiser before publication`).toBe(false);
}

// ---------------------------------------------------------------------------

const idx = fc.nat({ max: 1000 });
const juror = fc.nat({ max: 6 });
const save = fc.tuple(juror, idx, idx, fc.integer({ min: 1, max: 5 }), fc.boolean(), fc.nat({ max: 9 })).map(([j, n, c, v, any, s]) => new SaveScore(j, n, c, v, any && s < 3, s === 0));
const commands = [
  save,
  save,
  save,
  save,
  fc.tuple(juror, idx).map(([j, n]) => new FillAndSubmit(j, n)),
  fc.tuple(juror, idx).map(([j, n]) => new FillAndSubmit(j, n)),
  fc.tuple(juror, idx).map(([j, n]) => new DeclareConflict(j, n)),
  fc.tuple(juror, idx).map(([j, n]) => new RecordConflict(j, n)),
  idx.map((k) => new RemoveConflict(k)),
  idx.map((k) => new Reopen(k)),
  idx.map((k) => new Reopen(k)),
  fc.constant(new MovePhase(true)),
  fc.constant(new MovePhase(true)),
  fc.constant(new MovePhase(false)),
  fc.tuple(fc.integer({ min: 1, max: 6 }), idx).map(([c, o]) => new MarkFinalists(c, o)),
  idx.map((w) => new RecordDecision(w)),
  idx.map((w) => new RecordDecision(w)),
  fc.boolean().map((p) => new SetEmbargo(p)),
];

describe('randomized leak check', () => {
  it('keeps conflicts absolute, locked sheets locked and the decision hidden, over thousands of random steps', async () => {
    let steps = 0;
    let hidden = 0;
    let runs = 0;
    const reached = new Set<string>();
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('review', 'review', 'deliberation'), fc.commands(commands, { maxCommands: MAX_STEPS, size: 'max' }), async (start, cmds) => {
        const sql = resetDatabase();
        if (start === 'deliberation') {
          // A start state later in the cycle (three finalists, deliberation), so that decisions are recorded often.
          sql.prepare("update cycles set phase = 'deliberation' where id = ?").run(fixed.cycleId);
          sql.prepare('update nominations set finalist = 1 where id in (select id from nominations where cycle_id = ? order by id limit 3)').run(fixed.cycleId);
        }
        const real: Real = { sql, token: `HEMLIGT-${runs++}-BESLUT`, locked: new Map(), steps: 0, hiddenChecks: 0 };
        await checkInvariants(real, 'start');
        await fc.asyncModelRun(() => ({ model: {}, real }), cmds);
        steps += real.steps;
        hidden += real.hiddenChecks;
        reached.add(phase(real).phase);
        if (sql.prepare('select 1 from decisions').get()) reached.add('decision recorded');
        const { rows, lastIssuedId } = readAuditRows(sql);
        expect(verifyAuditChain(rows, lastIssuedId).ok, 'audit chain').toBe(true);
      }),
      { numRuns: RUNS, interruptAfterTimeLimit: TIME_LIMIT_MS, markInterruptAsFailure: false, seed: process.env.LEAK_SEED ? Number(process.env.LEAK_SEED) : undefined },
    );
    console.log(`Leak check: ${steps} steps (${hidden} checked while a decision was hidden) in ${runs} runs, ${((performance.now() - started) / 1000).toFixed(1)} s; phases reached: ${[...reached].sort().join(', ')}`);
    if (process.env.LEAK_PROFILE) console.table(Object.fromEntries(Object.entries(profile).map(([k, v]) => [k, { n: v.n, act: +(v.act / v.n).toFixed(1), check: +(v.check / v.n).toFixed(1) }])));
    expect(steps).toBeGreaterThan(1000);
  }, 200_000);
});
