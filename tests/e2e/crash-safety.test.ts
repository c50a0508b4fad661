/**
 * Crash safety: several jurors autosave scores against the production server
 * while it is killed with SIGKILL at random moments (at least 20 times); a fresh
 * server, started while the previous one still took saves, takes over at once.
 * After every kill the database must pass `PRAGMA integrity_check`
 * and hold every save the server acknowledged; at the end every score row must
 * equal the last save the audit log recorded for it (the score and its audit
 * entry commit in one transaction, so an acknowledged save is an audit row).
 *
 * It runs on its own copy of the seeded database and its own `next start`
 * processes from the existing build; the shared e2e server is not touched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { signInOverHttp } from '../helpers/http-sign-in';

const e2e = inject('e2e');
const CYCLES = 20;
const CLIENTS = 4;
const root = process.cwd();

/** A small seeded random source (mulberry32), so a failing run can be replayed with its seed. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Slot = { nominationId: number; criterionId: number; revision: number };
type Client = { email: string; cookie: string; slots: Slot[] };
type Server = { base: string; log: string; proc: ChildProcess };

describe.skipIf(e2e.skip !== null)('crash safety: SIGKILL during score saves', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-crash-'));
  const dbFile = path.join(dir, 'app.db');
  const spawned: ChildProcess[] = [];

  afterAll(async () => {
    for (const p of spawned) if (p.pid && p.exitCode === null && p.signalCode === null) process.kill(-p.pid, 'SIGKILL');
    await sleep(200);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it(`loses no acknowledged save over ${CYCLES} kills, and the database stays intact`, async () => {
    const seed = Number(process.env.CRASH_SEED ?? Date.now() % 100_000);
    const rand = random(seed);

    // Our own copy of the seeded database, with the demo review window open.
    const shared = new Database(e2e.databasePath, { readonly: true });
    await shared.backup(dbFile);
    shared.close();
    const setup = new Database(dbFile);
    const cycleId = (setup.prepare("select id from cycles where is_demo = 1 and mode = 'open_application'").get() as { id: number }).id;
    setup.prepare("update cycles set phase = 'review' where id = ?").run(cycleId);
    setup.prepare("update cycle_phase_dates set starts_at = '2020-01-01T00:00:00.000Z', ends_at = '2099-12-31T00:00:00.000Z' where cycle_id = ? and phase = 'review'").run(cycleId);
    const criteria = (
      setup.prepare('select c.id from rubric_criteria c join rubric_areas a on a.id = c.area_id where a.cycle_id = ? order by c.id').all(cycleId) as { id: number }[]
    ).map((r) => r.id);
    const slotsOf = (email: string): Slot[] =>
      (
        setup
          .prepare(
            `select a.nomination_id as nominationId, coalesce(s.revision, 0) as revision
               from assignments a join users u on u.id = a.juror_id join nominations n on n.id = a.nomination_id
               left join score_sheets s on s.nomination_id = a.nomination_id and s.juror_id = a.juror_id
              where u.email = ? and n.cycle_id = ? and coalesce(s.status, 'in_progress') <> 'submitted'
                and not exists (select 1 from conflicts c where c.juror_id = a.juror_id and c.kommunkod = n.kommunkod and c.cycle_id = n.cycle_id)`,
          )
          .all(email, cycleId) as { nominationId: number; revision: number }[]
      ).flatMap((n) => criteria.map((criterionId) => ({ ...n, criterionId })));
    const emails = [1, 2, 3, 4, 5, 6, 7].map((i) => `jury${i}@example.org`).filter((e) => slotsOf(e).length > 0).slice(0, CLIENTS);
    const clients: Client[] = emails.map((email) => ({ email, cookie: '', slots: slotsOf(email) }));
    setup.close();
    expect(clients.length).toBe(CLIENTS);

    const env = {
      ...process.env,
      NODE_ENV: 'production' as const,
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_PATH: dbFile,
      NEXTAUTH_SECRET: 'crash-test-secret-that-is-long-enough-0123456789',
    };
    /**
     * Starts a server on a new port and waits until it answers. The next server is
     * started while the current one still takes saves (both on the same database
     * file, as two processes may), so a kill costs no start-up time: the clients
     * move to the waiting server at once. The kill itself is unchanged: SIGKILL
     * to every process of the server that is taking the saves.
     */
    async function launch(): Promise<Server> {
      const port = await freePort();
      const srv: Server = { base: `http://localhost:${port}`, log: '', proc: null as unknown as ChildProcess };
      srv.proc = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port)], {
        env: { ...env, NEXTAUTH_URL: srv.base },
        detached: true, // its own process group, so SIGKILL reaches every process of the server
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      spawned.push(srv.proc);
      srv.proc.stdout?.on('data', (d) => (srv.log = (srv.log + d).slice(-4000)));
      srv.proc.stderr?.on('data', (d) => (srv.log = (srv.log + d).slice(-4000)));
      const deadline = Date.now() + 90_000;
      while (Date.now() < deadline) {
        if (srv.proc.exitCode !== null) throw new Error(`server exited: ${srv.log}`);
        try {
          if ((await fetch(`${srv.base}/api/health`)).ok) return srv;
        } catch {
          // not up yet
        }
        await sleep(50);
      }
      throw new Error(`server did not start: ${srv.log}`);
    }
    async function kill(srv: Server) {
      const s = srv.proc;
      if (s.exitCode !== null || s.signalCode !== null) throw new Error(`the server had already exited: ${srv.log}`);
      const exited = new Promise((r) => s.once('exit', r));
      process.kill(-s.pid!, 'SIGKILL');
      await exited;
    }

    const acknowledged = new Map<string, { nominationId: number; criterionId: number }>();
    const stats = { sent: 0, acked: 0, cut: 0, refused: 0 };
    let up = false;
    let done = false;
    let counter = 0;

    async function runClient(c: Client, index: number) {
      while (!done) {
        if (!up) {
          await sleep(5);
          continue;
        }
        const base = current.base;
        const slot = c.slots[Math.floor(rand() * c.slots.length)];
        const comment = `crash-${seed}-${index}-${++counter}`;
        const body = JSON.stringify({ nominationId: slot.nominationId, criterionId: slot.criterionId, value: 1 + Math.floor(rand() * 5), cannotAssess: false, comment, revision: slot.revision });
        stats.sent++;
        try {
          // What the score sheet's autosave posts (components/jury/score-sheet.tsx).
          const res = await fetch(`${base}/api/jury/poang`, {
            method: 'POST',
            headers: { cookie: c.cookie, origin: base, 'content-type': 'application/json' },
            body,
            signal: AbortSignal.timeout(15_000),
          });
          const text = await res.text();
          if (res.status === 200 && text.includes('"ok":true')) {
            acknowledged.set(comment, slot);
            stats.acked++;
          } else {
            stats.refused++;
            if (stats.refused < 3) console.warn(`save not acknowledged (${res.status}): ${text.slice(0, 200)}`);
          }
        } catch {
          stats.cut++; // the connection died with the server: not acknowledged, may or may not be stored
        }
      }
    }

    /** Every acknowledged comment must be in the audit log (written in the same transaction as the score). */
    function check(stage: string) {
      const db = new Database(dbFile);
      try {
        const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
        expect(integrity, stage).toBe('ok');
        const stored = new Set(
          (db.prepare("select json_extract(after, '$.comment') as c from audit_log where action = 'score.saved' and json_extract(after, '$.comment') like 'crash-%'").all() as { c: string }[]).map((r) => r.c),
        );
        const lost = [...acknowledged.keys()].filter((c) => !stored.has(c));
        expect(lost, `${stage}: acknowledged saves missing`).toEqual([]);
        return { stored: stored.size, lost: lost.length };
      } finally {
        db.close();
      }
    }

    let current = await launch();
    for (const c of clients) c.cookie = await signInOverHttp(current.base, c.email, 'kvalitet2027');
    up = true;
    const running = clients.map((c, i) => runClient(c, i));
    const started = Date.now();
    let standby = launch();
    standby.catch(() => undefined); // awaited below; this only keeps an early failure from counting as unhandled
    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      // Kill at a random moment once saves are flowing (at least two acknowledged on this server).
      const ackedBefore = stats.acked;
      const waitUntil = Date.now() + 30_000;
      while (stats.acked < ackedBefore + 2 && Date.now() < waitUntil) await sleep(10);
      await sleep(Math.floor(rand() * 700));
      up = false;
      await kill(current);
      check(`after kill ${cycle}`);
      if (cycle < CYCLES) {
        current = await standby;
        up = true;
        if (cycle + 1 < CYCLES) {
          standby = launch();
          standby.catch(() => undefined);
        }
      }
    }
    done = true;
    await Promise.all(running);

    // At the end, every score row equals the last save its audit trail recorded.
    const db = new Database(dbFile);
    const mismatched = db
      .prepare(
        `with last as (
           select entity_id, json_extract(after, '$.comment') as comment, max(id) as id from audit_log where action = 'score.saved' group by entity_id)
         select l.entity_id from last l join scores s on l.entity_id = s.sheet_id || ':' || s.criterion_id
          where l.comment like 'crash-%' and s.comment <> l.comment`,
      )
      .all();
    const stored = (db.prepare("select count(*) as n from audit_log where action = 'score.saved' and json_extract(after, '$.comment') like 'crash-%'").get() as { n: number }).n;
    db.close();
    const { lost } = check('at the end');
    console.log(
      `Crash safety (seed ${seed}): ${CYCLES} SIGKILL cycles in ${((Date.now() - started) / 1000).toFixed(0)} s; ${stats.sent} saves sent, ${stats.acked} acknowledged, ${lost} acknowledged lost; ${stats.cut} cut off by a kill, ${stored - stats.acked} of those stored anyway; ${stats.refused} refused.`,
    );
    expect(mismatched).toEqual([]);
    expect(stats.acked).toBeGreaterThanOrEqual(CYCLES * 2);
    expect(stats.cut).toBeGreaterThan(0); // the kills did land while saves were in flight
    expect(stats.refused).toBe(0);
  }, 240_000);
});
