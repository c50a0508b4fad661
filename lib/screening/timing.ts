/**
 * Timing of the screening on synthetic data of the real size (290 municipalities ×
 * 30 KPIs × 5 years): one run, the stability analysis (every leave-one-out and
 * weight variant plus the bootstrap rounds) and the development ranking. Pure (no
 * database); for the bench: `npx tsx lib/screening/timing.ts`.
 */
import { performance } from 'node:perf_hooks';
import { rankDevelopment } from '@/lib/domain/development';
import type { KpiValue } from '@/lib/domain/finance-index';
import { createRandom } from '@/lib/domain/random';
import { runScreening, type Municipality, type ScreeningModel } from '@/lib/domain/screening';
import { analyseStability } from '@/lib/domain/screening-stability';

export type ScreeningTiming = { municipalities: number; kpis: number; years: number; rounds: number; runMs: number; stabilityMs: number; developmentMs: number; ranked: number };

export function syntheticScreening(municipalities = 290, kpis = 30, years = 5, seed = 7) {
  const random = createRandom(seed);
  const list: Municipality[] = Array.from({ length: municipalities }, (_, i) => ({ kommunkod: String(1000 + i), namn: `Kommun ${i}`, population: 5000 + i * 1000 }));
  const ids = Array.from({ length: kpis }, (_, k) => `K${String(k).padStart(3, '0')}`);
  const values: KpiValue[] = [];
  for (const m of list)
    for (const id of ids)
      for (let y = 0; y < years; y++) if (random() > 0.03) values.push({ kommunkod: m.kommunkod, kpi: id, year: 2021 + y, value: Math.round(random() * 1000) / 10 });
  const per = Math.ceil(kpis / 3);
  const model: ScreeningModel = {
    components: [0, 1, 2].map((c) => ({
      name: `Komponent ${c + 1}`,
      weight: c === 2 ? 34 : 33,
      kpis: ids.slice(c * per, (c + 1) * per).map((id, j) => ({ id, direction: j % 4 === 3 ? ('lower' as const) : ('higher' as const) })),
    })),
    years: 3,
    minCoverage: 0.7,
  };
  return { list, values, model };
}

export function timeScreening(options: { municipalities?: number; kpis?: number; years?: number; rounds?: number } = {}): ScreeningTiming {
  const { municipalities = 290, kpis = 30, years = 5, rounds = 1000 } = options;
  const { list, values, model } = syntheticScreening(municipalities, kpis, years);
  let t = performance.now();
  const result = runScreening(values, model, list);
  const runMs = performance.now() - t;
  t = performance.now();
  analyseStability(values, model, list, { topN: 10, rounds, random: createRandom(2025) });
  const stabilityMs = performance.now() - t;
  t = performance.now();
  rankDevelopment(values, model, list);
  const developmentMs = performance.now() - t;
  return { municipalities, kpis, years, rounds, runMs, stabilityMs, developmentMs, ranked: result.rows.filter((r) => r.rank !== null).length };
}

if (process.argv[1]?.endsWith('timing.ts')) {
  const r = timeScreening();
  console.log(
    `screening ${r.municipalities} × ${r.kpis} KPIs × ${r.years} years: run ${r.runMs.toFixed(1)} ms; stability (${r.rounds} rounds) ${r.stabilityMs.toFixed(0)} ms; development ${r.developmentMs.toFixed(1)} ms`,
  );
}
