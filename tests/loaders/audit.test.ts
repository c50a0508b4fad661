import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/session';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw new Error(`redirect:${to}`);
  },
  forbidden: () => {
    throw new Error('forbidden');
  },
  notFound: () => {
    throw new Error('notFound');
  },
}));

const { freshDatabase } = await import('../helpers/db');
const { db } = freshDatabase('audit-loader');
const schema = await import('@/db/schema');
const { appendAudit, GENESIS_HASH, auditHash } = await import('@/db/queries/audit');
const { writeTransaction } = await import('@/db/client');
const { parseAuditFilters, loadAuditLog, loadAuditCsv, csvCell, AUDIT_PAGE_SIZE } = await import('@/lib/loaders/audit');
const { createCycle, movePhase } = await import('@/lib/actions/cycles');

const base = { organisation: null, kommunkod: null, municipalityName: null, isDemo: false };
let anna: CurrentUser;
let bo: CurrentUser;
let juror: CurrentUser;

beforeAll(async () => {
  const a = db.insert(schema.users).values({ email: 'anna@example.org', name: 'Anna Arrangör', role: 'organiser' }).returning().get();
  const b = db.insert(schema.users).values({ email: 'bo@example.org', name: 'Bo Bengtsson', role: 'organiser' }).returning().get();
  const j = db.insert(schema.users).values({ email: 'j@example.org', name: 'Jonas', role: 'juror' }).returning().get();
  anna = { ...base, id: a.id, email: a.email, name: a.name, role: 'organiser' };
  bo = { ...base, id: b.id, email: b.email, name: b.name, role: 'organiser' };
  juror = { ...base, id: j.id, email: j.email, name: j.name, role: 'juror' };
  // Entries at fixed instants around Stockholm midnights (winter: UTC+1).
  writeTransaction(db, (tx) => {
    appendAudit(tx, { actorId: anna.id, action: 'test.early', entity: 'cycle', at: '2026-11-29T22:59:59.999Z' }); // 29 Nov 23:59:59 local
    appendAudit(tx, { actorId: anna.id, action: 'test.early', entity: 'cycle', at: '2026-11-29T23:00:00.000Z' }); // 30 Nov 00:00 local
    appendAudit(tx, { actorId: bo.id, action: 'test.formula', entity: 'cycle', after: { name: '=HYPERLINK("x")' }, at: '2026-11-30T22:59:59.000Z' }); // 30 Nov 23:59:59
    for (let i = 0; i < 30; i++) appendAudit(tx, { actorId: bo.id, action: 'test.bulk', entity: 'row', entityId: i, at: `2026-12-01T10:${String(i).padStart(2, '0')}:00.000Z` });
  });
});

beforeEach(() => {
  current.user = anna;
});

describe('parseAuditFilters', () => {
  it('turns a Stockholm date range into UTC bounds, from midnight to the next midnight', () => {
    expect(parseAuditFilters({ from: '2026-11-30', to: '2026-11-30' }).filter).toMatchObject({ from: '2026-11-29T23:00:00.000Z', to: '2026-11-30T23:00:00.000Z' });
    // Across the change to summer time (28 March 2027): the day is 23 hours long.
    expect(parseAuditFilters({ from: '2027-03-28', to: '2027-03-28' }).filter).toMatchObject({ from: '2027-03-27T23:00:00.000Z', to: '2027-03-28T22:00:00.000Z' });
  });

  it('reports a bad date and a reversed range, and keeps the other filters', () => {
    const bad = parseAuditFilters({ from: '2026-02-30', to: 'igår', kind: 'test.bulk', person: '7' });
    expect(bad.errors).toEqual({ from: 'Datumet finns inte.', to: 'Skriv datumet som ÅÅÅÅ-MM-DD.' });
    expect(bad.filter).toEqual({ actorId: 7, action: 'test.bulk', from: undefined, to: undefined });
    const reversed = parseAuditFilters({ from: '2026-12-02', to: '2026-12-01' });
    expect(reversed.errors).toEqual({ to: expect.stringMatching(/Slutdatumet/) });
    expect(parseAuditFilters({ sida: '-3', person: 'x' })).toMatchObject({ page: 1, filter: { actorId: undefined } });
  });
});

describe('loadAuditLog', () => {
  it('filters by person, kind and date (boundaries to the millisecond), newest first', async () => {
    const day = await loadAuditLog({ from: '2026-11-30', to: '2026-11-30' });
    expect(day.total).toBe(2);
    expect(day.entries.map((e) => e.atIso)).toEqual(['2026-11-30T22:59:59.000Z', '2026-11-29T23:00:00.000Z']);
    const annas = await loadAuditLog({ person: String(anna.id) });
    expect(annas.total).toBe(2);
    expect(annas.entries.every((e) => e.person === 'Anna Arrangör')).toBe(true);
    const formula = await loadAuditLog({ kind: 'test.formula' });
    expect(formula.entries).toHaveLength(1);
    expect(formula.entries[0]).toMatchObject({ person: 'Bo Bengtsson', action: 'test.formula' });
    expect(formula.people.map((p) => p.label)).toEqual(['Anna Arrangör (anna@example.org)', 'Bo Bengtsson (bo@example.org)']);
    expect(formula.kinds.map((k) => k.value)).toEqual(expect.arrayContaining(['test.bulk', 'test.early', 'test.formula']));
  });

  it('pages 25 at a time and clamps a page past the end', async () => {
    const first = await loadAuditLog({});
    expect(first).toMatchObject({ total: 33, page: 1, pages: 2, firstIndex: 1, lastIndex: AUDIT_PAGE_SIZE });
    expect(first.entries[0].atIso).toBe('2026-12-01T10:29:00.000Z');
    const second = await loadAuditLog({ sida: '2' });
    expect(second).toMatchObject({ page: 2, firstIndex: 26, lastIndex: 33 });
    expect(second.entries.at(-1)!.atIso).toBe('2026-11-29T22:59:59.999Z');
    expect((await loadAuditLog({ sida: '99' })).page).toBe(2);
  });

  it('is for organisers only', async () => {
    current.user = juror;
    await expect(loadAuditLog({})).rejects.toThrow('forbidden');
    current.user = null;
    await expect(loadAuditLog({})).rejects.toThrow(/redirect/);
  });

  it('shows the entries an action writes, with before and after', async () => {
    const created = await createCycle({ year: 2029, name: 'Loggprov' });
    if (!created.ok) throw new Error(created.error);
    await movePhase({ cycleId: created.data.id, from: 'draft', to: 'applications_open' });
    const log = await loadAuditLog({ kind: 'cycle.phase_moved' });
    expect(log.entries).toHaveLength(1);
    expect(log.entries[0]).toMatchObject({ kind: 'Fas flyttad', person: 'Anna Arrangör', cycle: 'Loggprov' });
    expect(JSON.parse(log.entries[0].before!)).toEqual({ phase: 'draft' });
    expect(JSON.parse(log.entries[0].after!)).toMatchObject({ phase: 'applications_open' });
  });
});

describe('loadAuditCsv', () => {
  it('answers 401 without a session and 403 for a juror', async () => {
    current.user = null;
    expect(await loadAuditCsv({})).toEqual({ status: 401 });
    current.user = juror;
    expect(await loadAuditCsv({})).toEqual({ status: 403 });
  });

  it('exports the filtered entries with a BOM and a header, and defuses spreadsheet formulas', async () => {
    const result = await loadAuditCsv({ person: String(bo.id), from: '2026-11-30', to: '2026-11-30' });
    if (result.status !== 200) throw new Error('expected 200');
    expect(result.csv.startsWith('\uFEFFtid_utc,tid_stockholm,person,e_post,handelse,kod,objekt,objekt_id,omgang,fore,efter,hash\r\n')).toBe(true);
    const lines = result.csv.trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('2026-11-30T22:59:59.000Z');
    expect(lines[1]).toContain('Bo Bengtsson');
    expect(lines[1]).toContain('"{""name"":""=HYPERLINK(\\""x\\"")""}"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(null)).toBe('');
  });
});

describe('the log itself', () => {
  it('is a valid hash chain after all the writes above (nothing was updated or deleted)', () => {
    const rows = db.select().from(schema.auditLog).orderBy(schema.auditLog.id).all();
    let prev = GENESIS_HASH;
    for (const r of rows) {
      expect(r.prevHash).toBe(prev);
      expect(auditHash(prev, { ...r, entityId: r.entityId })).toBe(r.hash);
      prev = r.hash;
    }
    expect(rows.length).toBeGreaterThan(33);
  });
});
