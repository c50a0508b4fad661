/**
 * Demo key figures: five years (2021–2025) of plausible values for all 290
 * municipalities and every seeded KPI, generated from a fixed seed and stored
 * with is_demo = 1. The one real series, the 2025 municipal tax rates
 * (seeds/kommunalskatt-2025.csv, N00901), is imported through the same
 * importer as any organiser's file and is therefore real data, not demo.
 * Idempotent: a second run changes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { writeTransaction, type Db } from '@/db/client';
import { appendAudit } from '@/db/queries/audit';
import { insertMissingValues, municipalityList, type ValueWrite } from '@/db/queries/indicators';
import { kpis } from '@/db/schema';
import { commitKpiImport } from '@/lib/import/kpi-import';
import { createRandom, type Random } from '@/lib/domain/random';
import { KPI_CATALOGUE, syncKpis } from './kpis';

export const DEMO_INDICATOR_SEED = 20_251_201;
export const DEMO_INDICATOR_YEARS = [2021, 2022, 2023, 2024, 2025] as const;
export const TAX_RATES_FILE = path.join(process.cwd(), 'seeds', 'kommunalskatt-2025.csv');
const SEEDED_AT = '2027-03-20T09:00:00.000Z';

/** mean, spread, bounds, decimals, and how much the municipality's overall level moves it (sign: better is up). */
type Shape = { mean: number; sd: number; min: number; max: number; decimals: number; level: number };
const SHAPES: Record<string, Shape> = {
  N03102: { mean: 3, sd: 2.8, min: -8, max: 14, decimals: 1, level: 1.4 },
  N03106: { mean: 50, sd: 11, min: 12, max: 88, decimals: 1, level: 6 },
  N03002: { mean: 30, sd: 14, min: -20, max: 75, decimals: 1, level: 7 },
  N03103: { mean: 85, sd: 28, min: 15, max: 220, decimals: 0, level: 12 },
  N03105: { mean: 85, sd: 30, min: 15, max: 240, decimals: 0, level: 12 },
  N03145: { mean: 380, sd: 160, min: 0, max: 1400, decimals: 0, level: -60 },
  N00901: { mean: 21.5, sd: 1, min: 16.5, max: 24, decimals: 2, level: -0.3 },
  N00097: { mean: 0, sd: 4, min: -15, max: 15, decimals: 1, level: -1.5 },
  N03139: { mean: 1400, sd: 1600, min: -6000, max: 9000, decimals: 0, level: 700 },
  N15428: { mean: 85, sd: 5, min: 60, max: 100, decimals: 1, level: 2 },
  U21468: { mean: 87, sd: 5, min: 60, max: 100, decimals: 0, level: 2 },
  U23471: { mean: 81, sd: 7, min: 50, max: 100, decimals: 0, level: 2.5 },
  U07414: { mean: 80, sd: 10, min: 30, max: 100, decimals: 0, level: 3 },
};

/** A standard normal draw (Box–Muller). */
function normal(random: Random): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

const round = (x: number, decimals: number) => Math.round(x * 10 ** decimals) / 10 ** decimals;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Reads the real 2025 tax rates: kommunkod → rate. */
export function readTaxRates(file = TAX_RATES_FILE): Map<string, number> {
  const lines = fs.readFileSync(file, 'utf8').trim().split('\n').slice(1);
  return new Map(lines.map((l) => l.split(',')).map(([k, , , v]) => [k, Number(v)]));
}

/**
 * The generated demo values (pure given the municipality list): each municipality
 * has an overall level and a trend so its KPIs agree with each other; the tax
 * rates of 2021–2024 are walked back from the real 2025 rate in small steps.
 */
export function generateDemoIndicatorValues(kommunkoder: readonly string[], kpiIds: readonly string[], taxRates2025: ReadonlyMap<string, number>): ValueWrite[] {
  const random = createRandom(DEMO_INDICATOR_SEED);
  const out: ValueWrite[] = [];
  const years = DEMO_INDICATOR_YEARS;
  for (const kommunkod of kommunkoder) {
    const level = normal(random); // overall strength of this municipality
    const drift = normal(random) * 0.25; // standard deviations per year
    for (const kpi of kpiIds) {
      const shape = SHAPES[kpi];
      if (!shape) continue;
      if (kpi === 'N00901') {
        const real = taxRates2025.get(kommunkod);
        let rate = real ?? clamp(shape.mean + normal(random) * shape.sd, shape.min, shape.max);
        for (let i = years.length - 1; i >= 0; i--) {
          // 2025 comes from the real file when there is one; earlier years step back by 0 or ±0.1–0.5
          if (!(i === years.length - 1 && real !== undefined)) {
            out.push({ kommunkod, kpi, year: years[i], value: round(rate, 2), isDemo: true, importId: null });
          }
          const r = random();
          rate -= r < 0.75 ? 0 : (r < 0.9 ? 1 : -1) * round(0.1 + random() * 0.4, 2);
        }
        continue;
      }
      const own = normal(random) * 0.8; // the municipality's own deviation on this KPI
      years.forEach((year, i) => {
        const z = level * 0.6 + own + drift * (i - 2) + normal(random) * 0.35;
        const value = clamp(shape.mean + z * shape.sd + level * shape.level * 0.3, shape.min, shape.max);
        out.push({ kommunkod, kpi, year, value: round(value, shape.decimals), isDemo: true, importId: null });
      });
    }
  }
  return out;
}

/**
 * Seeds the catalogue, imports the real 2025 tax rates through the importer and
 * fills the rest with demo values. Returns the number of rows added (0 on a re-run).
 */
export function seedDemoIndicators(db: Db): number {
  syncKpis(db);
  const stored = new Set(db.select({ id: kpis.id }).from(kpis).all().map((k) => k.id));
  const kpiIds = KPI_CATALOGUE.map((k) => k.id).filter((id) => stored.has(id));
  const municipalities = municipalityList(db).map((m) => m.kommunkod);
  if (municipalities.length === 0) throw new Error('Kör synkningen av kommunlistan före demonyckeltalen.');

  let added = 0;
  if (stored.has('N00901')) {
    const bytes = new Uint8Array(fs.readFileSync(TAX_RATES_FILE));
    const r = commitKpiImport(db, bytes, 'kommunalskatt-2025.csv', {
      maxYear: Math.max(2025, new Date().getUTCFullYear()),
      actorId: null,
      at: SEEDED_AT,
      replaceConflicts: false,
    });
    added += r.inserted + r.replacedDemo;
  }
  const values = generateDemoIndicatorValues(municipalities, kpiIds, readTaxRates());
  const inserted = writeTransaction(db, (tx) => {
    const n = insertMissingValues(tx, values);
    if (n > 0) {
      appendAudit(tx, { actorId: null, action: 'indicators.demo_seeded', entity: 'indicator_values', after: { values: n, years: [...DEMO_INDICATOR_YEARS], kpis: kpiIds }, at: SEEDED_AT });
    }
    return n;
  });
  return added + inserted;
}
