import { describe, expect, it } from 'vitest';
import { rankDevelopment } from '@/lib/domain/development';
import type { KpiValue } from '@/lib/domain/finance-index';
import type { ScreeningModel } from '@/lib/domain/screening';

const municipalities = ['A', 'B', 'C', 'D'].map((n, i) => ({ kommunkod: `000${i + 1}`, namn: n, population: 1000 }));
const code = (n: string) => municipalities.find((m) => m.namn === n)!.kommunkod;
const YEARS = [2023, 2024, 2025];

/** Positions from the bottom (1 = worst … 4 = best) per year, turned into values of the KPI's direction. */
function values(kpi: string, direction: 'higher' | 'lower', positions: Record<string, number[]>): KpiValue[] {
  return Object.entries(positions).flatMap(([n, ps]) => ps.map((p, y) => ({ kommunkod: code(n), kpi, year: YEARS[y], value: direction === 'higher' ? p : 10 - p })));
}

const model: ScreeningModel = {
  components: [{ name: 'Resultat', weight: 100, kpis: [{ id: 'K1', direction: 'higher' }, { id: 'K2', direction: 'lower' }] }],
  years: 3,
  minCoverage: 0.5,
};

// With four municipalities the mid-rank percentiles are 12.5, 37.5, 62.5 and 87.5.
const data = [
  ...values('K1', 'higher', { A: [1, 2, 3], B: [2, 1, 4], C: [3, 4, 1], D: [4, 3, 2] }),
  ...values('K2', 'lower', { A: [1, 3, 4], B: [2, 2, 3], C: [3, 1, 2], D: [4, 4, 1] }),
];

describe('rankDevelopment', () => {
  const result = rankDevelopment(data, model, municipalities);
  const row = (n: string) => result.rows.find((r) => r.namn === n)!;

  it('computes the yearly composite, Theil–Sen slope, up steps, sign agreement and spread by hand', () => {
    expect(result.years).toEqual(YEARS);
    // A: composite (12.5+12.5)/2, (37.5+62.5)/2, (62.5+87.5)/2; pairwise slopes 37.5, 31.25, 25 → 31.25
    expect(row('A').composite).toEqual([12.5, 50, 75]);
    expect(row('A').slope).toBeCloseTo(31.25, 10);
    expect(row('A')).toMatchObject({ upSteps: 2, steps: 2, positiveShare: 1, kpisWithTrend: 2 });
    // KPI slopes 25 and 37.5 → median 31.25, MAD 6.25
    expect(row('A').spread).toBeCloseTo(6.25, 10);
    // S = 31.25 · 1 · 1 / (1 + 6.25/10)
    expect(row('A').score).toBeCloseTo(31.25 / 1.625, 10);
    // B: composite 37.5, 25, 75 → slopes −12.5, 18.75, 50 → 18.75; one step of two up; KPI slopes 25 and 12.5
    expect(row('B').composite).toEqual([37.5, 25, 75]);
    expect(row('B').slope).toBeCloseTo(18.75, 10);
    expect(row('B')).toMatchObject({ upSteps: 1, steps: 2, positiveShare: 1 });
    expect(row('B').score).toBeCloseTo((18.75 * 0.5) / 1.625, 10);
  });

  it('ranks the steadiest first and leaves falling municipalities unranked', () => {
    expect(result.rows.map((r) => [r.namn, r.rank])).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', null],
      ['D', null],
    ]);
    expect(row('C').slope).toBeLessThan(0);
    expect(row('C').score).toBeNull();
  });

  it('uses the last four years with data and needs at least three years of a municipality', () => {
    const long: KpiValue[] = [];
    for (const year of [2020, 2021, 2022, 2023, 2024, 2025])
      municipalities.forEach((m, i) => long.push({ kommunkod: m.kommunkod, kpi: 'K1', year, value: m.namn === 'A' ? year - 2020 : i + 2 }));
    const one: ScreeningModel = { ...model, components: [{ name: 'R', weight: 100, kpis: [{ id: 'K1', direction: 'higher' }] }] };
    const r = rankDevelopment(long, one, municipalities);
    expect(r.years).toEqual([2022, 2023, 2024, 2025]);
    const a = r.rows.find((x) => x.namn === 'A')!;
    expect(a.rank).toBe(1);
    expect(a.upSteps).toBe(3);
    const short = rankDevelopment(long.filter((v) => v.kommunkod !== code('A') || v.year >= 2024), one, municipalities);
    expect(short.rows.find((x) => x.namn === 'A')!.score).toBeNull();
  });
});
