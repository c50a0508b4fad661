import type { Db } from '@/db/client';
import { allMunicipalities, latestScreeningModel, valuesOfKpis } from '@/db/queries/screening';
import { rankDevelopment, type DevelopmentResult } from '@/lib/domain/development';
import { screeningModelSchema, type ScreeningModel } from '@/lib/domain/screening';
import { DEFAULT_SCREENING_MODEL } from './compute';

/** The cycle's screening model (latest saved version, else the default). */
export function cycleModel(db: Db, cycleId: number): { model: ScreeningModel; version: number | null } {
  const row = latestScreeningModel(db, cycleId);
  const parsed = row ? screeningModelSchema.safeParse(row.model) : null;
  return parsed?.success ? { model: parsed.data, version: row!.version } : { model: DEFAULT_SCREENING_MODEL, version: null };
}

/** Steady development of every municipality on the stored values of the cycle's model KPIs. */
export function computeDevelopment(db: Db, model: ScreeningModel): DevelopmentResult & { demoValues: boolean } {
  const kpiIds = [...new Set(model.components.flatMap((c) => c.kpis.map((k) => k.id)))].sort();
  const rows = valuesOfKpis(db, kpiIds);
  const municipalities = allMunicipalities(db).map((m) => ({ kommunkod: m.kommunkod, namn: m.name, population: m.population ?? 0 }));
  const result = rankDevelopment(
    rows.map((r) => ({ kommunkod: r.kommunkod, kpi: r.kpi, year: r.year, value: r.value })),
    model,
    municipalities,
  );
  return { ...result, demoValues: rows.some((r) => r.isDemo) };
}
