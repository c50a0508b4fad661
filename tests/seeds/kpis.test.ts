import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { listImports, listKpis, valuesOf } from '@/db/queries/indicators';
import { auditLog, indicatorValues, kpis } from '@/db/schema';
import { DEMO_INDICATOR_YEARS, generateDemoIndicatorValues, readTaxRates, seedDemoIndicators } from '@/seeds/demo-indicators';
import { KPI_CATALOGUE, syncKpis } from '@/seeds/kpis';
import { syncMunicipalities } from '@/seeds/municipalities';
import type { Db } from '@/db/client';
import { freshDatabase } from '../helpers/db';

/** The tables this feature writes, in a stable order. */
function dumpAllTables(db: Db) {
  const out: Record<string, unknown[]> = {};
  for (const name of ['kpis', 'indicator_imports', 'indicator_values', 'audit_log']) out[name] = db.$client.prepare(`select * from "${name}" order by 1, 2, 3`).all();
  return out;
}

const FINANCE = ['N03102', 'N03106', 'N03002', 'N03103', 'N03105', 'N03145', 'N00901', 'N00097', 'N03139'];

describe('the KPI catalogue seed', () => {
  const t = freshDatabase('kpis');
  afterAll(() => t.cleanup());

  it('holds the standard finance ratios with the right directions, and service-quality KPIs', () => {
    expect(syncKpis(t.db)).toBe(KPI_CATALOGUE.length);
    const rows = listKpis(t.db);
    for (const id of FINANCE) expect(rows.find((k) => k.id === id)?.component).toBe('financial_strength');
    expect(rows.find((k) => k.id === 'N00901')).toMatchObject({ direction: 'lower', name: 'Kommunal skattesats', unit: '%' });
    expect(rows.find((k) => k.id === 'N03002')?.direction).toBe('higher');
    expect(rows.filter((k) => k.component === 'service_quality').length).toBeGreaterThanOrEqual(3);
  });

  it('is idempotent and never overwrites an organiser edit', () => {
    t.db.update(kpis).set({ name: 'Skattesats (egen text)' }).where(eq(kpis.id, 'N00901')).run();
    const before = dumpAllTables(t.db);
    expect(syncKpis(t.db)).toBe(0);
    expect(dumpAllTables(t.db)).toEqual(before);
    expect(listKpis(t.db).find((k) => k.id === 'N00901')?.name).toBe('Skattesats (egen text)');
  });
});

describe('the demo key figures', () => {
  const a = freshDatabase('demo-kpi-a');
  const b = freshDatabase('demo-kpi-b');
  afterAll(() => {
    a.cleanup();
    b.cleanup();
  });

  it('fill five years for all 290 municipalities and every seeded KPI; the real 2025 tax rates come through the importer', () => {
    syncMunicipalities(a.db);
    const added = seedDemoIndicators(a.db);
    expect(added).toBe(290 * KPI_CATALOGUE.length * DEMO_INDICATOR_YEARS.length);
    const values = valuesOf(a.db);
    expect(values).toHaveLength(added);
    const tax2025 = values.filter((v) => v.kpi === 'N00901' && v.year === 2025);
    expect(tax2025).toHaveLength(290);
    expect(tax2025.every((v) => !v.isDemo && v.importId !== null)).toBe(true);
    const real = readTaxRates();
    expect(tax2025.find((v) => v.kommunkod === '0114')?.value).toBe(real.get('0114'));
    expect(values.filter((v) => !(v.kpi === 'N00901' && v.year === 2025)).every((v) => v.isDemo && v.importId === null)).toBe(true);
    const [imp] = listImports(a.db);
    expect(imp).toMatchObject({ filename: 'kommunalskatt-2025.csv', format: 'csv', rowCount: 290 });
    expect(imp.sha256).toMatch(/^[0-9a-f]{64}$/);
    const actions = a.db.select({ action: auditLog.action }).from(auditLog).all().map((r) => r.action);
    expect(actions).toEqual(['indicators.imported', 'indicators.demo_seeded']);
  });

  it('are plausible: tax rates 2021–2024 stay near the real 2025 rate, shares stay within 0–100', () => {
    const values = valuesOf(a.db);
    const real = readTaxRates();
    for (const v of values.filter((x) => x.kpi === 'N00901')) expect(Math.abs(v.value - real.get(v.kommunkod)!)).toBeLessThanOrEqual(2.5);
    for (const v of values.filter((x) => x.kpi.startsWith('U') || x.kpi === 'N15428')) {
      expect(v.value).toBeGreaterThanOrEqual(0);
      expect(v.value).toBeLessThanOrEqual(100);
    }
    const distinct = new Set(values.filter((x) => x.kpi === 'N03102' && x.year === 2024).map((x) => x.value));
    expect(distinct.size).toBeGreaterThan(50);
  });

  it('are deterministic and idempotent: a second run changes nothing, a fresh database gets the same rows', () => {
    const before = dumpAllTables(a.db);
    expect(seedDemoIndicators(a.db)).toBe(0);
    expect(dumpAllTables(a.db)).toEqual(before);
    syncMunicipalities(b.db);
    seedDemoIndicators(b.db);
    const rows = (db: typeof a.db) => db.select().from(indicatorValues).orderBy(indicatorValues.kommunkod, indicatorValues.kpiId, indicatorValues.year).all();
    expect(rows(b.db)).toEqual(rows(a.db));
  });

  it('generates the same values for the same input (pure)', () => {
    const rates = new Map([['0114', 19.42]]);
    expect(generateDemoIndicatorValues(['0114', '0180'], ['N00901', 'N03102'], rates)).toEqual(generateDemoIndicatorValues(['0114', '0180'], ['N00901', 'N03102'], rates));
    const gen = generateDemoIndicatorValues(['0114'], ['N00901'], rates);
    expect(gen.map((v) => v.year)).toEqual([2024, 2023, 2022, 2021]); // 2025 is the real value
  });
});
