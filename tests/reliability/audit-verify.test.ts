import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { writeTransaction } from '@/db/client';
import { appendAudit, auditHash } from '@/db/queries/audit';
import { readAuditRows } from '@/lib/audit/read-chain';
import { firstProblem, verifyAuditChain } from '@/lib/audit/verify-chain';
import { main } from '@/lib/cli/audit-verify';
import { freshDatabase } from '../helpers/db';

const t = freshDatabase('audit-verify');
const sql = t.db.$client;
afterAll(() => t.cleanup());

describe('the append-only audit log', () => {
  it('the database refuses to update or delete an entry', () => {
    const own = freshDatabase('audit-append-only');
    try {
      const c = own.db.$client;
      writeTransaction(own.db, (tx) => appendAudit(tx, { actorId: 1, action: 'score.saved', entity: 'score', entityId: '1:1', cycleId: 1, after: { value: 3 }, at: new Date().toISOString() }));
      const id = (c.prepare('select max(id) as id from audit_log').get() as { id: number }).id;
      expect(() => c.prepare("update audit_log set action = 'forged' where id = ?").run(id)).toThrow(/append-only/);
      expect(() => c.prepare('delete from audit_log where id = ?').run(id)).toThrow(/append-only/);
      expect((c.prepare('select action from audit_log where id = ?').get(id) as { action: string }).action).toBe('score.saved');
    } finally {
      own.cleanup();
      process.env.DATABASE_PATH = t.file;
    }
  });
});

/**
 * The tests below play someone who has the database file: they drop the append-only
 * triggers first, then change rows; the hash chain is what must catch them.
 */
function dropAppendOnlyTriggers() {
  sql.exec('drop trigger if exists audit_log_no_update; drop trigger if exists audit_log_no_delete;');
}

/** Ten entries with the kinds of value the app writes: objects, nulls, strings with quotes and Unicode, nested JSON. */
function writeTen() {
  dropAppendOnlyTriggers();
  sql.exec('delete from audit_log; delete from sqlite_sequence where name = \'audit_log\';');
  for (let i = 1; i <= 10; i++) {
    writeTransaction(t.db, (tx) =>
      appendAudit(tx, {
        actorId: i % 3 === 0 ? null : i,
        action: i % 2 ? 'score.saved' : 'cycle.phase_moved',
        entity: 'score',
        entityId: i % 4 === 0 ? null : `${i}:${i * 7}`,
        cycleId: i % 5 === 0 ? null : 1,
        before: i === 1 ? undefined : { value: i - 1, comment: 'Åäö "citat" <b>', nested: { list: [1, null, 'x'] } },
        after: { value: i, at: undefined, text: `rad ${i}` },
        at: new Date(Date.UTC(2027, 3, 1, 10, i)).toISOString(),
      }),
    );
  }
}

const verify = () => {
  const { rows, lastIssuedId } = readAuditRows(sql);
  return verifyAuditChain(rows, lastIssuedId);
};

beforeEach(() => writeTen());

describe('verifyAuditChain', () => {
  it('passes an intact chain and reports its head', () => {
    const r = verify();
    expect(r).toMatchObject({ ok: true, checked: 10, problems: [] });
    expect(r.head).toBe((sql.prepare('select hash from audit_log order by id desc limit 1').get() as { hash: string }).hash);
  });

  it('names a row whose content was changed', () => {
    sql.prepare("update audit_log set after = json_set(after, '$.value', 99) where id = 4").run();
    const r = verify();
    expect(r.ok).toBe(false);
    expect(firstProblem(r)).toMatchObject({ kind: 'changed', id: 4 });
    expect(r.problems).toHaveLength(1);
  });

  it('names a changed row even when its own hash was recomputed (the next link breaks)', () => {
    const { rows } = readAuditRows(sql);
    const row = rows[5];
    // Recompute the hash of the forged row as an attacker would.
    const newHash = auditHash(row.prevHash, {
      at: row.at, actorId: row.actorId, action: 'score.forged', entity: row.entity, entityId: row.entityId, cycleId: row.cycleId,
      before: row.before === null ? null : JSON.parse(row.before), after: row.after === null ? null : JSON.parse(row.after),
    });
    sql.prepare("update audit_log set action = 'score.forged', hash = ? where id = ?").run(newHash, row.id);
    const r = verify();
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([expect.objectContaining({ kind: 'broken_link', id: row.id + 1 })]);
  });

  it('names a deleted row in the middle', () => {
    sql.prepare('delete from audit_log where id = 6').run();
    const r = verify();
    expect(firstProblem(r)).toMatchObject({ kind: 'deleted', fromId: 6, toId: 6 });
    expect(firstProblem(r)?.message).toMatch(/Rad 6 är borttagen/);
  });

  it('names deleted rows at the start and at the end', () => {
    sql.prepare('delete from audit_log where id in (1, 2, 9, 10)').run();
    const r = verify();
    expect(r.problems).toEqual([
      expect.objectContaining({ kind: 'deleted', fromId: 1, toId: 2 }),
      expect.objectContaining({ kind: 'deleted', fromId: 9, toId: 10 }),
    ]);
  });

  it('detects two rows swapped (reordered)', () => {
    const a = sql.prepare('select * from audit_log where id = 3').get() as Record<string, unknown>;
    const b = sql.prepare('select * from audit_log where id = 4').get() as Record<string, unknown>;
    const put = sql.prepare('update audit_log set at = ?, actor_id = ?, action = ?, entity = ?, entity_id = ?, cycle_id = ?, before = ?, after = ?, prev_hash = ?, hash = ? where id = ?');
    const fields = (r: Record<string, unknown>) => [r.at, r.actor_id, r.action, r.entity, r.entity_id, r.cycle_id, r.before, r.after, r.prev_hash, r.hash];
    put.run(...fields(b), 3);
    put.run(...fields(a), 4);
    const r = verify();
    expect(r.ok).toBe(false);
    expect(firstProblem(r)).toMatchObject({ kind: 'broken_link', id: 3 });
  });

  it('detects a row whose JSON was replaced by something that is not JSON', () => {
    sql.prepare("update audit_log set before = '{not json' where id = 2").run();
    expect(firstProblem(verify())).toMatchObject({ kind: 'changed', id: 2 });
  });
});

describe('npm run audit:verify', () => {
  it('exits 0 on an intact chain and 1 naming the first changed row', () => {
    const out: string[] = [];
    const err: string[] = [];
    expect(main(['--db', t.file], (s) => out.push(s), (s) => err.push(s))).toBe(0);
    expect(out.join('\n')).toMatch(/obruten: 10 rader/);
    sql.prepare("update audit_log set actor_id = 42 where id = 7").run();
    sql.prepare('delete from audit_log where id = 9').run();
    expect(main(['--db', t.file], (s) => out.push(s), (s) => err.push(s))).toBe(1);
    expect(err.join('\n')).toMatch(/Första felet: Rad 7 är ändrad/);
    expect(err.join('\n')).toMatch(/Rad 9 är borttagen/);
  });

  it('exits 2 when the database does not exist', () => {
    const err: string[] = [];
    expect(main(['--db', path.join(t.dir, 'nope.db')], () => {}, (s) => err.push(s))).toBe(2);
    expect(err[0]).toMatch(/finns inte/);
  });
});

describe('the app never updates or deletes audit rows', () => {
  const roots = ['lib', 'app', 'db'];
  const files = roots.flatMap((r) =>
    (fs.readdirSync(path.join(process.cwd(), r), { recursive: true }) as string[])
      .filter((f) => /\.(ts|tsx|js|mjs|sql)$/.test(f))
      .map((f) => path.join(r, f)),
  );
  const FORBIDDEN = [
    /\.update\(\s*auditLog\b/,
    /\.delete\(\s*auditLog\b/,
    /\bupdate\s+["`]?audit_log\b/i,
    /\bdelete\s+from\s+["`]?audit_log\b/i,
    /\breplace\s+into\s+["`]?audit_log\b/i,
    /\bdrop\s+table\s+(if\s+exists\s+)?["`]?audit_log\b/i,
  ];

  it('finds the source files (the scan is not empty)', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files).toContain(path.join('db', 'queries', 'audit.ts'));
  });

  it('has no update, delete or replace of audit_log in lib/, app/ or db/', () => {
    const hits: string[] = [];
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      for (const re of FORBIDDEN) if (re.test(text)) hits.push(`${f}: ${re}`);
    }
    expect(hits).toEqual([]);
  });

  it('the patterns catch what they should (a planted line is found)', () => {
    const planted = ["db.update(auditLog).set({ action: 'x' })", 'tx.delete(auditLog).where(eq(auditLog.id, 1))', 'DELETE FROM audit_log WHERE id = 3', "update audit_log set hash = ''"];
    for (const line of planted) expect(FORBIDDEN.some((re) => re.test(line)), line).toBe(true);
  });
});
