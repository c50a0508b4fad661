import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { indicatorImports, indicatorValues, kpis, municipalities, nominations } from '../schema';

export type KpiRow = typeof kpis.$inferSelect;

/** The KPI catalogue, financial strength first, then by id. */
export function listKpis(db: Db): KpiRow[] {
  return db.select().from(kpis).orderBy(asc(kpis.component), asc(kpis.id)).all();
}

export function kpiById(db: Db, id: string): KpiRow | undefined {
  return db.select().from(kpis).where(eq(kpis.id, id)).get();
}

export function insertKpi(tx: Db, kpi: KpiRow): void {
  tx.insert(kpis).values(kpi).run();
}

export function updateKpi(tx: Db, kpi: KpiRow): void {
  tx.update(kpis).set({ name: kpi.name, unit: kpi.unit, direction: kpi.direction, component: kpi.component }).where(eq(kpis.id, kpi.id)).run();
}

/** Removes a KPI from the catalogue (callers check first that nothing refers to it). */
export function deleteKpi(tx: Db, id: string): void {
  tx.delete(kpis).where(eq(kpis.id, id)).run();
}

/** Number of stored values of one KPI. */
export function valueCountOf(db: Db, id: string): number {
  return db.select({ n: sql<number>`count(*)` }).from(indicatorValues).where(eq(indicatorValues.kpiId, id)).get()?.n ?? 0;
}

/** Number of stored values per KPI id. */
export function valueCountsByKpi(db: Db): Map<string, number> {
  const rows = db
    .select({ kpi: indicatorValues.kpiId, n: sql<number>`count(*)` })
    .from(indicatorValues)
    .groupBy(indicatorValues.kpiId)
    .all();
  return new Map(rows.map((r) => [r.kpi, r.n]));
}

export function allKommunkoder(db: Db): Set<string> {
  return new Set(db.select({ k: municipalities.kommunkod }).from(municipalities).all().map((r) => r.k));
}

export function municipalityList(db: Db) {
  return db
    .select({ kommunkod: municipalities.kommunkod, name: municipalities.name, countyCode: municipalities.countyCode, county: municipalities.county })
    .from(municipalities)
    .orderBy(asc(municipalities.kommunkod))
    .all();
}

export type StoredValue = { kommunkod: string; kpi: string; year: number; value: number; isDemo: boolean; importId: number | null };

/** Every stored value of the given KPIs (all KPIs when omitted). */
export function valuesOf(db: Db, kpiIds?: readonly string[]): StoredValue[] {
  const q = db
    .select({
      kommunkod: indicatorValues.kommunkod,
      kpi: indicatorValues.kpiId,
      year: indicatorValues.year,
      value: indicatorValues.value,
      isDemo: indicatorValues.isDemo,
      importId: indicatorValues.importId,
    })
    .from(indicatorValues);
  if (kpiIds && kpiIds.length === 0) return [];
  return (kpiIds ? q.where(inArray(indicatorValues.kpiId, [...kpiIds])) : q).all();
}

export type ImportRow = typeof indicatorImports.$inferSelect;

/** Imported files, newest first. */
export function listImports(db: Db, limit = 50): ImportRow[] {
  return db.select().from(indicatorImports).orderBy(desc(indicatorImports.id)).limit(limit).all();
}

export function importsByIds(db: Db, ids: readonly number[]): ImportRow[] {
  if (ids.length === 0) return [];
  return db.select().from(indicatorImports).where(inArray(indicatorImports.id, [...ids])).all();
}

export function insertImport(tx: Db, row: Omit<ImportRow, 'id'>): number {
  return tx.insert(indicatorImports).values(row).returning({ id: indicatorImports.id }).get().id;
}

export type ValueWrite = { kommunkod: string; kpi: string; year: number; value: number; isDemo: boolean; importId: number | null };

/** Inserts or replaces values by (kommunkod, kpi, year). Call inside a write transaction. */
export function upsertValues(tx: Db, rows: readonly ValueWrite[]): void {
  const stmt = tx.$client.prepare(
    `insert into indicator_values (kommunkod, kpi_id, year, value, is_demo, import_id) values (?, ?, ?, ?, ?, ?)
     on conflict (kommunkod, kpi_id, year) do update set value = excluded.value, is_demo = excluded.is_demo, import_id = excluded.import_id`,
  );
  for (const r of rows) stmt.run(r.kommunkod, r.kpi, r.year, r.value, r.isDemo ? 1 : 0, r.importId);
}

/** Inserts values that are not stored yet; never touches an existing one. Returns the number inserted. */
export function insertMissingValues(tx: Db, rows: readonly ValueWrite[]): number {
  const stmt = tx.$client.prepare(
    `insert into indicator_values (kommunkod, kpi_id, year, value, is_demo, import_id) values (?, ?, ?, ?, ?, ?)
     on conflict (kommunkod, kpi_id, year) do nothing`,
  );
  let n = 0;
  for (const r of rows) n += stmt.run(r.kommunkod, r.kpi, r.year, r.value, r.isDemo ? 1 : 0, r.importId).changes;
  return n;
}

/** The newest cycle (by year, then id), or undefined. */
/**
 * The cycle whose nominations the index compares: one under assessment (review to decided) first —
 * that is when the jury weighs financial strength — else the newest with nominations, else the newest.
 */
/** The cycles that have nominations, newest first (the index page's choice of cycle). */
export function cyclesWithNominations(db: Db): { id: number; name: string; year: number; isDemo: boolean }[] {
  return (
    db.$client
      .prepare('select id, name, year, is_demo as isDemo from cycles c where exists (select 1 from nominations n where n.cycle_id = c.id) order by year desc, id desc')
      .all() as { id: number; name: string; year: number; isDemo: number }[]
  ).map((r) => ({ ...r, isDemo: r.isDemo === 1 }));
}

export function currentCycle(db: Db): { id: number; name: string; year: number; isDemo: boolean } | undefined {
  const row = db.$client
    .prepare(
      `select id, name, year, is_demo as isDemo from cycles c
        order by case when phase in ('review', 'finalists_named', 'interviews', 'deliberation', 'decided') then 0
                      when exists (select 1 from nominations n where n.cycle_id = c.id) then 1 else 2 end,
                 year desc, id desc
        limit 1`,
    )
    .get() as { id: number; name: string; year: number; isDemo: number } | undefined;
  return row && { ...row, isDemo: row.isDemo === 1 };
}

/** A cycle's nominations with their municipality, by municipality name. */
export function nominationsForIndex(db: Db, cycleId: number) {
  return db
    .select({
      id: nominations.id,
      kommunkod: nominations.kommunkod,
      status: nominations.status,
      finalist: nominations.finalist,
      name: municipalities.name,
      countyCode: municipalities.countyCode,
      county: municipalities.county,
    })
    .from(nominations)
    .innerJoin(municipalities, eq(municipalities.kommunkod, nominations.kommunkod))
    .where(eq(nominations.cycleId, cycleId))
    .orderBy(asc(municipalities.name))
    .all();
}

export function municipalityByCode(db: Db, kommunkod: string) {
  return db.select().from(municipalities).where(eq(municipalities.kommunkod, kommunkod)).get();
}
