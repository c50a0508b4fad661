import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/session';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));

const { commitImport, deleteKpi, saveKpi } = await import('@/lib/actions/indicators');
const { previewKpiImport, sha256Of } = await import('@/lib/import/kpi-import');
const { storeBuffer } = await import('@/lib/storage/files');
const { valuesOf, listImports, listKpis, upsertValues } = await import('@/db/queries/indicators');
const { auditLog, users } = await import('@/db/schema');
const { syncMunicipalities } = await import('@/seeds/municipalities');
const { KPI_CATALOGUE, syncKpis } = await import('@/seeds/kpis');
const { freshDatabase } = await import('../helpers/db');

const t = freshDatabase('kpi-actions');
const db = t.db;
type Db = typeof db;

function dump(d: Db) {
  const out: Record<string, unknown[]> = {};
  for (const name of ['kpis', 'indicator_imports', 'indicator_values', 'audit_log']) out[name] = d.$client.prepare(`select * from "${name}" order by 1, 2, 3`).all();
  return out;
}

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, '../fixtures/kpi', name)));
const bytesOf = (text: string) => new TextEncoder().encode(text);
/** Stores a file as the preview route does, and returns the commit input. */
function upload(bytes: Uint8Array, filename: string, replaceConflicts = false) {
  storeBuffer(Buffer.from(bytes));
  return { sha256: sha256Of(bytes), filename, replaceConflicts };
}
const MAX_YEAR = 2026;

let organiser: CurrentUser;
let juror: CurrentUser;

beforeAll(() => {
  syncMunicipalities(db);
  syncKpis(db, [
    ...KPI_CATALOGUE,
    { id: 'N03101', name: 'Exempel (fixturer)', unit: '%', direction: 'higher', component: 'financial_strength' },
    { id: 'N01951', name: 'Exempel 2 (fixturer)', unit: 'st', direction: 'neutral', component: 'screening' },
    { id: 'U00401', name: 'Exempel 3 (fixturer)', unit: '%', direction: 'higher', component: 'service_quality' },
  ]);
  const add = (email: string, role: 'organiser' | 'juror') => db.insert(users).values({ email, name: email, role }).returning({ id: users.id }).get().id;
  const base = { organisation: null, kommunkod: null, municipalityName: null, isDemo: false };
  organiser = { ...base, id: add('arr@example.org', 'organiser'), email: 'arr@example.org', name: 'Arrangör', role: 'organiser' };
  juror = { ...base, id: add('jury@example.org', 'juror'), email: 'jury@example.org', name: 'Jury', role: 'juror' };
});

beforeEach(() => {
  current.user = organiser;
});

describe('who may change the catalogue and import', () => {
  it('refuses a juror and a signed-out caller, and writes nothing', async () => {
    const before = dump(db);
    current.user = juror;
    expect(await saveKpi({ mode: 'create', id: 'N09999', name: 'Nytt', unit: '%', direction: 'higher', component: 'service_quality' })).toMatchObject({ ok: false, error: expect.stringMatching(/behörighet/) });
    expect(await commitImport(upload(fixture('values-comma.csv'), 'values-comma.csv'))).toMatchObject({ ok: false, error: expect.stringMatching(/behörighet/) });
    current.user = null;
    expect(await commitImport(upload(fixture('values-comma.csv'), 'values-comma.csv'))).toMatchObject({ ok: false, error: expect.stringMatching(/inte inloggad/) });
    expect(dump(db)).toEqual(before);
  });
});

describe('the KPI catalogue', () => {
  it('adds an entry (id upper-cased), audited; refuses the same id twice', async () => {
    const r = await saveKpi({ mode: 'create', id: 'n07414', name: 'Nöjd medborgar-index', unit: 'index', direction: 'higher', component: 'service_quality' });
    expect(r).toEqual({ ok: true, data: { id: 'N07414', changed: true } });
    expect(listKpis(db).find((k) => k.id === 'N07414')).toMatchObject({ name: 'Nöjd medborgar-index', direction: 'higher' });
    const again = await saveKpi({ mode: 'create', id: 'N07414', name: 'Annat namn', unit: '%', direction: 'higher', component: 'service_quality' });
    expect(again).toMatchObject({ ok: false, error: expect.stringMatching(/finns redan/), fieldErrors: { id: expect.any(String) } });
    const last = db.select().from(auditLog).all().at(-1)!;
    expect(last).toMatchObject({ action: 'indicators.kpi_added', entity: 'kpi', entityId: 'N07414', actorId: organiser.id });
  });

  it('edits an entry with before and after in the audit; an unchanged save writes nothing', async () => {
    const r = await saveKpi({ mode: 'edit', id: 'N07414', name: 'Nöjd medborgar-index', unit: 'index', direction: 'neutral', component: 'service_quality' });
    expect(r).toEqual({ ok: true, data: { id: 'N07414', changed: true } });
    const last = db.select().from(auditLog).all().at(-1)!;
    expect(last).toMatchObject({ action: 'indicators.kpi_updated', before: expect.objectContaining({ direction: 'higher' }), after: expect.objectContaining({ direction: 'neutral' }) });
    const before = dump(db);
    expect(await saveKpi({ mode: 'edit', id: 'N07414', name: 'Nöjd medborgar-index', unit: 'index', direction: 'neutral', component: 'service_quality' })).toEqual({ ok: true, data: { id: 'N07414', changed: false } });
    expect(dump(db)).toEqual(before);
  });

  it('answers invalid input with Swedish field errors', async () => {
    const r = await saveKpi({ mode: 'create', id: 'ABC', name: '', unit: '', direction: 'up', component: 'x' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.fieldErrors ?? {}).sort()).toEqual(['component', 'direction', 'id', 'name', 'unit']);
  });
});

describe('the dry run', () => {
  it('reports every kind of bad line with its line number and reason, and writes nothing', () => {
    const before = dump(db);
    const p = previewKpiImport(db, fixture('bad-lines.csv'), 'bad-lines.csv', { maxYear: MAX_YEAR });
    expect(dump(db)).toEqual(before);
    const at = (line: number) => p.errors.filter((e) => e.line === line).map((e) => e.kind);
    expect(at(3)).toEqual(['unknown_kommunkod']);
    expect(at(4)).toEqual(['unknown_kpi']);
    expect(at(5)).toEqual(['year']);
    expect(at(6)).toEqual(['year']);
    expect(at(7)).toEqual(['value']);
    expect(at(10)).toEqual(['duplicate']);
    expect(at(11)).toEqual(['columns']);
    expect(at(13)).toEqual(['kommunkod_format']);
    expect(p.unknownKpis).toEqual(['N99999']);
    expect(p.errors.find((e) => e.line === 6)?.message).toBe('Året 2030 ligger utanför det tillåtna intervallet 1990–2026.');
    expect(p.canCommit).toBe(false);
    // bad lines are marked in line order among the good rows
    const lineOrder = p.lines.map((l) => (l.kind === 'row' ? l.row.line : l.error.line));
    expect(lineOrder).toEqual([...lineOrder].sort((a, b) => a - b));
    expect(p.lines.find((l) => l.kind === 'row' && l.row.line === 2)).toMatchObject({ row: { status: 'new', kommunkod: '0180', value: 32.5 } });
    expect(p.counts.errors).toBe(p.errors.length);
  });

  it('refuses to commit a file with a bad line', async () => {
    const before = dump(db);
    const r = await commitImport(upload(fixture('bad-lines.csv'), 'bad-lines.csv'));
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/^Filen har \d+ felaktiga rader och importerades inte/) });
    expect(dump(db)).toEqual(before);
  });
});

describe('committing', () => {
  const csv = 'kommunkod;kpi;år;värde\n0180;N03101;2023;30,98\n1480;N03101;2023;32,6\n1280;U00401;2022;79,8\n';

  it('writes the values, the import record and an audit entry with the checksum', async () => {
    const bytes = bytesOf(csv);
    const r = await commitImport(upload(bytes, 'nyckeltal.csv'));
    expect(r).toMatchObject({ ok: true, data: { inserted: 3, replacedDemo: 0, replacedConflicts: 0, keptConflicts: 0, unchanged: 0 } });
    const [imp] = listImports(db);
    expect(imp).toMatchObject({ filename: 'nyckeltal.csv', sha256: sha256Of(bytes), format: 'csv', rowCount: 3, importedBy: organiser.id });
    expect(valuesOf(db, ['N03101']).map((v) => [v.kommunkod, v.value, v.isDemo, v.importId])).toEqual([
      ['0180', 30.98, false, imp.id],
      ['1480', 32.6, false, imp.id],
    ]);
    const audit = db.select().from(auditLog).all().at(-1)!;
    expect(audit).toMatchObject({ action: 'indicators.imported', entity: 'indicator_import', entityId: String(imp.id), after: expect.objectContaining({ sha256: sha256Of(bytes), inserted: 3 }) });
  });

  it('is idempotent: the same values again (even as Kolada JSON) change nothing', async () => {
    const before = dump(db);
    const again = await commitImport(upload(bytesOf(csv), 'nyckeltal.csv'));
    expect(again).toMatchObject({ ok: true, data: { importId: null, inserted: 0, unchanged: 3 } });
    const json = await commitImport(upload(fixture('kolada-array.json'), 'kolada-array.json'));
    expect(json).toMatchObject({ ok: true, data: { importId: null, inserted: 0, unchanged: 3 } });
    expect(dump(db)).toEqual(before);
  });

  it('is all or nothing: an error in the last line leaves every table as it was', async () => {
    const before = dump(db);
    const unique = ['kommunkod,kpi,year,value', ...Array.from({ length: 30 }, (_, i) => `0180,N03102,${1991 + i},${i}.5`)];
    const file = bytesOf(`${unique.join('\n')}\n0180,N03102,2020,inte-ett-tal\n`);
    const p = previewKpiImport(db, file, 'sista.csv', { maxYear: MAX_YEAR });
    expect(p.counts.new).toBeGreaterThan(20);
    expect(p.errors).toEqual([expect.objectContaining({ line: unique.length + 1, kind: 'value' })]);
    const r = await commitImport(upload(file, 'sista.csv'));
    expect(r.ok).toBe(false);
    expect(dump(db)).toEqual(before);
  });

  it('rolls back the whole transaction when a write fails midway', async () => {
    const before = dump(db);
    const file = bytesOf('kommunkod,kpi,year,value\n0180,N03102,2020,1.5\n0181,N03102,2020,2.5\n');
    const queries = await import('@/db/queries/indicators');
    const spy = vi.spyOn(queries, 'upsertValues').mockImplementation((tx, rows) => {
      upsertValues(tx, rows.slice(0, 1));
      throw new Error('disk full');
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const r = await commitImport(upload(file, 'halv.csv'));
    spy.mockRestore();
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/Något gick fel/) });
    expect(dump(db)).toEqual(before);
  });

  it('shows conflicting values and replaces them only on explicit choice', async () => {
    const file = bytesOf('kommunkod,kpi,year,value\n0180,N03101,2023,31.5\n0180,N03101,2022,29\n');
    const p = previewKpiImport(db, file, 'ny.csv', { maxYear: MAX_YEAR });
    expect(p.counts).toMatchObject({ new: 1, conflicts: 1 });
    expect(p.conflicts).toEqual([expect.objectContaining({ kommunkod: '0180', kpi: 'N03101', year: 2023, value: 31.5, current: 30.98, status: 'conflict' })]);

    const kept = await commitImport(upload(file, 'ny.csv'));
    expect(kept).toMatchObject({ ok: true, data: { inserted: 1, keptConflicts: 1, replacedConflicts: 0 } });
    expect(valuesOf(db, ['N03101']).find((v) => v.kommunkod === '0180' && v.year === 2023)?.value).toBe(30.98);

    const replaced = await commitImport(upload(file, 'ny.csv', true));
    expect(replaced).toMatchObject({ ok: true, data: { inserted: 0, replacedConflicts: 1 } });
    expect(valuesOf(db, ['N03101']).find((v) => v.kommunkod === '0180' && v.year === 2023)?.value).toBe(31.5);
    const audit = db.select().from(auditLog).all().at(-1)!;
    expect(audit.before).toEqual({ replaced: [['0180', 'N03101', 2023, 30.98]] });
  });

  it('replaces demo values with real ones without asking', async () => {
    upsertValues(db, [{ kommunkod: '0114', kpi: 'N03105', year: 2024, value: 55, isDemo: true, importId: null }]);
    const file = bytesOf('kommunkod,kpi,year,value\n0114,N03105,2024,61\n');
    expect(previewKpiImport(db, file, 'riktig.csv', { maxYear: MAX_YEAR }).counts.replacesDemo).toBe(1);
    const r = await commitImport(upload(file, 'riktig.csv'));
    expect(r).toMatchObject({ ok: true, data: { replacedDemo: 1 } });
    expect(valuesOf(db, ['N03105'])).toEqual([expect.objectContaining({ value: 61, isDemo: false })]);
  });

  it('refuses a file that was never previewed (unknown checksum)', async () => {
    const r = await commitImport({ sha256: 'a'.repeat(64), filename: 'x.csv', replaceConflicts: false });
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/Ladda upp den igen/) });
  });

  it('reports binary, empty, non-Kolada JSON and mixed encodings clearly, importing nothing', () => {
    const before = dump(db);
    const msg = (b: Uint8Array) => previewKpiImport(db, b, 'f', { maxYear: MAX_YEAR }).errors[0]?.message ?? '';
    expect(msg(fixture('binary.bin'))).toMatch(/binära data/);
    expect(msg(fixture('excel.xlsx'))).toMatch(/Excel/);
    expect(msg(bytesOf('\n\n'))).toMatch(/tom|Okänt filformat/);
    expect(msg(fixture('kolada-metadata.json'))).toMatch(/metadata/);
    expect(msg(fixture('mixed-encoding.csv'))).toMatch(/UTF-8/);
    expect(dump(db)).toEqual(before);
  });
});

describe('removing a KPI from the catalogue', () => {
  beforeEach(() => {
    current.user = organiser;
  });

  it('removes a KPI without values, audited', async () => {
    expect(await saveKpi({ mode: 'create', id: 'U99001', name: 'Felinlagt', unit: '%', direction: 'higher', component: 'service_quality' })).toMatchObject({ ok: true });
    expect(await deleteKpi({ id: 'U99001' })).toEqual({ ok: true, data: { id: 'U99001' } });
    expect(listKpis(db).map((k) => k.id)).not.toContain('U99001');
    expect(db.select().from(auditLog).all().at(-1)).toMatchObject({ action: 'indicators.kpi_deleted', entityId: 'U99001' });
  });

  it('refuses a KPI with stored values, an unknown one, and a juror, changing nothing', async () => {
    const withValues = valuesOf(db, listKpis(db).map((k) => k.id))[0];
    expect(withValues).toBeDefined();
    const before = dump(db);
    expect(await deleteKpi({ id: withValues.kpi })).toMatchObject({ ok: false, error: expect.stringMatching(/lagrade värden/) });
    expect(await deleteKpi({ id: 'X00000' })).toMatchObject({ ok: false, error: expect.stringMatching(/finns inte/) });
    current.user = juror;
    expect(await deleteKpi({ id: 'N03102' })).toMatchObject({ ok: false, error: expect.stringMatching(/behörighet/) });
    expect(dump(db)).toEqual(before);
  });
});
