import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allEqual, percentileRanks } from '@/lib/domain/percentile';
import { computeFinanceIndex, DEFAULT_MIN_CELLS, INSUFFICIENT_DATA, type CatalogueEntry, type KpiValue } from '@/lib/domain/finance-index';

describe('percentileRanks (mid-rank)', () => {
  it('shares the average position among ties', () => {
    // n = 4: 10 → (0 + 0.5)/4 = 12.5; 20, 20 → (1 + 0.5·2)/4 = 50; 30 → (3 + 0.5)/4 = 87.5
    expect(percentileRanks([10, 20, 20, 30], 'higher')).toEqual([12.5, 50, 50, 87.5]);
  });

  it("inverts for 'lower' and leaves missing values out of the reference set", () => {
    // reference set 5, 6, 7 (n = 3): 5 → (2 above + 0.5)/3 = 83.33; 6 → 50; 7 → 16.67
    const r = percentileRanks([5, null, 6, 7, NaN], 'lower');
    expect(r[0]).toBeCloseTo(250 / 3, 12);
    expect(r[1]).toBeNull();
    expect(r[2]).toBe(50);
    expect(r[3]).toBeCloseTo(50 / 3, 12);
    expect(r[4]).toBeNull();
  });

  it('gives 50 to a municipality alone in its reference set and to all when equal', () => {
    expect(percentileRanks([null, 42, null], 'higher')).toEqual([null, 50, null]);
    expect(percentileRanks([3, 3, 3], 'lower')).toEqual([50, 50, 50]);
    expect(percentileRanks([], 'higher')).toEqual([]);
  });

  it("property: 'higher' + 'lower' = 100, and a larger value never ranks lower", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: -50, max: 50 }), { nil: null }), { maxLength: 30 }), (vals) => {
        const hi = percentileRanks(vals, 'higher');
        const lo = percentileRanks(vals, 'lower');
        vals.forEach((v, i) => {
          if (v === null) {
            expect(hi[i]).toBeNull();
            return;
          }
          expect(hi[i]! + lo[i]!).toBeCloseTo(100, 9);
          vals.forEach((w, j) => {
            if (w !== null && v > w) expect(hi[i]!).toBeGreaterThan(hi[j]!);
          });
        });
      }),
    );
  });

  it('allEqual: one value or identical values, ignoring missing', () => {
    expect(allEqual([null, 4, 4])).toBe(true);
    expect(allEqual([7])).toBe(true);
    expect(allEqual([4, 5])).toBe(false);
    expect(allEqual([null])).toBe(false);
  });
});

const A = '0114';
const B = '0115';
const C = '0117';
const D = '0120';

const catalogue: CatalogueEntry[] = [
  { id: 'F1', direction: 'higher', component: 'financial_strength' },
  { id: 'F2', direction: 'lower', component: 'financial_strength' },
  { id: 'F3', direction: 'neutral', component: 'financial_strength' },
  { id: 'S1', direction: 'higher', component: 'service_quality' },
  { id: 'X1', direction: 'higher', component: 'screening' },
];

const v = (kommunkod: string, kpi: string, year: number, value: number): KpiValue => ({ kommunkod, kpi, year, value });

const values: KpiValue[] = [
  // F1 higher. 2020 is outside the three-year window.
  ...[A, B, C, D].map((k, i) => v(k, 'F1', 2020, i)),
  v(A, 'F1', 2021, 10), v(B, 'F1', 2021, 20), v(C, 'F1', 2021, 20), v(D, 'F1', 2021, 30),
  v(A, 'F1', 2022, 30), v(B, 'F1', 2022, 20), v(C, 'F1', 2022, 10), v(D, 'F1', 2022, 40),
  ...[A, B, C, D].map((k) => v(k, 'F1', 2023, 5)), // constant → excluded
  // F2 lower. D is missing in 2021.
  v(A, 'F2', 2021, 5), v(B, 'F2', 2021, 6), v(C, 'F2', 2021, 7),
  v(A, 'F2', 2022, 1), v(B, 'F2', 2022, 1), v(C, 'F2', 2022, 2), v(D, 'F2', 2022, 3),
  v(A, 'F2', 2023, 2), v(B, 'F2', 2023, 4), v(C, 'F2', 2023, 4), v(D, 'F2', 2023, 8),
  // F3 neutral, also in 2024: must neither count nor move the window.
  v(A, 'F3', 2024, 1), v(B, 'F3', 2024, 9), v(A, 'F3', 2023, 1), v(B, 'F3', 2023, 2),
  // S1 service quality, one year only. X1 (screening) and Z9 (not in catalogue) are ignored.
  v(A, 'S1', 2023, 1), v(B, 'S1', 2023, 2), v(C, 'S1', 2023, 3),
  v(A, 'X1', 2023, 1), v(B, 'X1', 2023, 2), v(A, 'Z9', 2023, 1), v(C, 'Z9', 2023, 9),
];

const row = (r: ReturnType<typeof computeFinanceIndex>, kommunkod: string, component: string) =>
  r.rows.find((x) => x.kommunkod === kommunkod && x.component === component)!;

describe('computeFinanceIndex', () => {
  // Percentiles by hand (see percentileRanks):
  // F1 2021: A 12.5, B 50, C 50, D 87.5     F1 2022: C 12.5, B 37.5, A 62.5, D 87.5
  // F2 2021 (n = 3, lower): A 83.33, B 50, C 16.67
  // F2 2022 (lower): A, B tie at (2 above + 1)/4 = 75; C 37.5; D 12.5
  // F2 2023 (lower): A 87.5; B, C (1 + 1)/4 = 50; D 12.5
  // yearly means: A 47.917, 68.75, 87.5   B 50, 56.25, 50   C 33.333, 25, 50   D 87.5, 50, 12.5
  const r = computeFinanceIndex(values, catalogue, { minCells: 5 });

  it('uses the last three years of the non-neutral KPIs as the window', () => {
    expect(r.windows.financial_strength).toEqual([2021, 2022, 2023]);
    expect(r.windows.service_quality).toEqual([2023]);
  });

  it('averages KPI percentiles per year, then over the years; trend is the Theil–Sen slope', () => {
    const a = row(r, A, 'financial_strength');
    const expected = [(12.5 + 250 / 3) / 2, (62.5 + 75) / 2, 87.5];
    a.yearly.forEach((y, i) => expect(y.index).toBeCloseTo(expected[i], 10));
    expect(a.cells).toBe(5);
    // (47.917 + 68.75 + 87.5)/3 = 68.056
    expect(a.index).toBeCloseTo(((12.5 + 250 / 3) / 2 + 68.75 + 87.5) / 3, 10);
    // slopes 20.833, (87.5 − 47.917)/2 = 19.792, 18.75 → median 19.792
    expect(a.trend).toBeCloseTo((87.5 - (12.5 + 250 / 3) / 2) / 2, 10);
    expect(a.status).toBe('ok');

    const b = row(r, B, 'financial_strength');
    expect(b.index).toBeCloseTo((50 + 56.25 + 50) / 3, 10); // 52.083
    expect(b.trend).toBe(0); // slopes 6.25, 0, −6.25
    const c = row(r, C, 'financial_strength');
    expect(c.index).toBeCloseTo((100 / 3 + 25 + 50) / 3, 10); // 36.111
    expect(c.trend).toBeCloseTo(25 / 3, 10); // slopes −8.333, 8.333, 25
  });

  it('leaves a missing value out instead of counting it as zero', () => {
    const d = row(r, D, 'financial_strength');
    // 2021: only F1 (87.5), not (87.5 + 0)/2
    expect(d.yearly[0]).toEqual({ year: 2021, index: 87.5, kpis: 1 });
    expect(d.cells).toBe(4);
  });

  it('marks too few KPI × year cells as insufficient', () => {
    const d = row(r, D, 'financial_strength');
    expect(d).toMatchObject({ insufficient: true, status: INSUFFICIENT_DATA, index: null, trend: null });
    const relaxed = row(computeFinanceIndex(values, catalogue, { minCells: 4 }), D, 'financial_strength');
    expect(relaxed.index).toBeCloseTo(50, 10); // (87.5 + 50 + 12.5)/3
    expect(relaxed.trend).toBeCloseTo(-37.5, 10);
  });

  it(`defaults to ${DEFAULT_MIN_CELLS} cells`, () => {
    const byDefault = computeFinanceIndex(values, catalogue);
    expect(byDefault.rows.every((x) => x.insufficient)).toBe(true); // at most 5 cells each
  });

  it('leaves out and reports a KPI on which all municipalities are equal in a year', () => {
    expect(r.excluded).toEqual([{ kpi: 'F1', year: 2023, value: 5, reporting: 4, component: 'financial_strength' }]);
    expect(row(r, B, 'financial_strength').yearly[2]).toEqual({ year: 2023, index: 50, kpis: 1 });
  });

  it('service quality: one year gives an index but no trend', () => {
    const q = computeFinanceIndex(values, catalogue, { minCells: 1 });
    expect(row(q, C, 'service_quality')).toMatchObject({ trend: null, cells: 1, insufficient: false });
    expect(row(q, C, 'service_quality').index).toBeCloseTo(250 / 3, 10); // (2 below + 0.5)/3
    expect(row(q, D, 'service_quality')).toMatchObject({ index: null, cells: 0, insufficient: true });
  });

  it('reports every listed municipality, also without values', () => {
    const q = computeFinanceIndex(values, catalogue, { minCells: 1, kommunkoder: [A, '0125'] });
    expect(q.rows.map((x) => x.kommunkod)).toEqual([A, '0125', A, '0125']);
    expect(row(q, '0125', 'financial_strength')).toMatchObject({ insufficient: true, cells: 0, index: null });
    // the reference set is the listed municipalities: F1 2021 among A only → constant
    expect(q.excluded.some((e) => e.kpi === 'F1' && e.year === 2021 && e.reporting === 1)).toBe(true);
  });

  it('accepts the same value twice but rejects conflicting duplicates', () => {
    expect(() => computeFinanceIndex([...values, v(A, 'F1', 2021, 10)], catalogue)).not.toThrow();
    expect(() => computeFinanceIndex([...values, v(A, 'F1', 2021, 11)], catalogue)).toThrow(/Två olika värden/);
  });
});
