import { createHash } from 'node:crypto';
import type { Db } from '@/db/client';
import { allMunicipalities, valuesOfKpis } from '@/db/queries/screening';
import { createRandom } from '@/lib/domain/random';
import { runScreening, type ScreeningModel, type ScreeningResult } from '@/lib/domain/screening';
import { analyseStability, DEFAULT_SEED, type StabilityResult } from '@/lib/domain/screening-stability';

/** A model to start from: the award's three perspectives on the catalogue's standard KPIs. */
export const DEFAULT_SCREENING_MODEL: ScreeningModel = {
  components: [
    {
      name: 'Kvalitet i resultaten',
      weight: 40,
      kpis: [
        { id: 'N15428', direction: 'higher' },
        { id: 'U21468', direction: 'higher' },
        { id: 'U23471', direction: 'higher' },
        { id: 'U07414', direction: 'higher' },
      ],
    },
    { name: 'Resursanvändning', weight: 20, kpis: [{ id: 'N00097', direction: 'lower' }, { id: 'N00901', direction: 'lower' }] },
    {
      name: 'Ekonomisk styrka',
      weight: 40,
      kpis: [
        { id: 'N03102', direction: 'higher' },
        { id: 'N03106', direction: 'higher' },
        { id: 'N03002', direction: 'higher' },
        { id: 'N03103', direction: 'higher' },
        { id: 'N03105', direction: 'higher' },
        { id: 'N03145', direction: 'lower' },
        { id: 'N03139', direction: 'higher' },
      ],
    },
  ],
  years: 3,
  minCoverage: 0.7,
};

export type ComputedRun = { checksum: string; result: ScreeningResult; stability: StabilityResult; demoValues: boolean };

/**
 * Screens all municipalities on the stored values with a model, and how stable the
 * top N is (fixed seed: the same data and model give the same run).
 */
export function computeScreening(db: Db, model: ScreeningModel, topN: number): ComputedRun {
  const kpiIds = [...new Set(model.components.flatMap((c) => c.kpis.map((k) => k.id)))].sort();
  const rows = valuesOfKpis(db, kpiIds);
  const checksum = createHash('sha256')
    .update(JSON.stringify(model))
    .update(rows.map((r) => `${r.kommunkod},${r.kpi},${r.year},${r.value}`).join('\n'))
    .digest('hex');
  const values = rows.map((r) => ({ kommunkod: r.kommunkod, kpi: r.kpi, year: r.year, value: r.value }));
  const municipalities = allMunicipalities(db).map((m) => ({ kommunkod: m.kommunkod, namn: m.name, population: m.population ?? 0 }));
  const result = runScreening(values, model, municipalities);
  const stability = analyseStability(values, model, municipalities, { topN, random: createRandom(DEFAULT_SEED) });
  return { checksum, result, stability, demoValues: rows.some((r) => r.isDemo) };
}
