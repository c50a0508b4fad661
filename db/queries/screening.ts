import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { cycles, indicatorValues, kpis, municipalities, screeningModels, screeningRuns } from '../schema';

export function latestScreeningModel(db: Db, cycleId: number) {
  return db.select().from(screeningModels).where(eq(screeningModels.cycleId, cycleId)).orderBy(desc(screeningModels.version)).limit(1).get() ?? null;
}

export function insertScreeningModel(tx: Db, values: { cycleId: number; model: Record<string, unknown>; createdBy: number | null; createdAt: string }) {
  const version = (latestScreeningModel(tx, values.cycleId)?.version ?? 0) + 1;
  return tx.insert(screeningModels).values({ ...values, version }).returning().get();
}

export function latestScreeningRun(db: Db, cycleId: number) {
  return db.select().from(screeningRuns).where(eq(screeningRuns.cycleId, cycleId)).orderBy(desc(screeningRuns.id)).limit(1).get() ?? null;
}

export function insertScreeningRun(tx: Db, values: typeof screeningRuns.$inferInsert) {
  return tx.insert(screeningRuns).values(values).returning({ id: screeningRuns.id }).get().id;
}

/** Every stored value of the given KPIs, in a stable order (for the checksum). */
export function valuesOfKpis(db: Db, kpiIds: string[]) {
  if (kpiIds.length === 0) return [];
  return db
    .select({ kommunkod: indicatorValues.kommunkod, kpi: indicatorValues.kpiId, year: indicatorValues.year, value: indicatorValues.value, isDemo: indicatorValues.isDemo })
    .from(indicatorValues)
    .where(inArray(indicatorValues.kpiId, kpiIds))
    .orderBy(indicatorValues.kpiId, indicatorValues.kommunkod, indicatorValues.year)
    .all();
}

export function kpiCatalogue(db: Db) {
  return db.select().from(kpis).orderBy(kpis.id).all();
}

export function allMunicipalities(db: Db) {
  return db.select().from(municipalities).orderBy(municipalities.kommunkod).all();
}

export function keyFigureCycle(db: Db, cycleId: number) {
  return db.select().from(cycles).where(and(eq(cycles.id, cycleId))).get() ?? null;
}
