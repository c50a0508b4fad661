import { describe, expect, it } from 'vitest';
import { createRandom } from '@/lib/domain/random';
import type { KpiValue } from '@/lib/domain/finance-index';
import type { Municipality, ScreeningModel } from '@/lib/domain/screening';
import { analyseStability, shiftedWeights } from '@/lib/domain/screening-stability';

const municipalities: Municipality[] = Array.from({ length: 10 }, (_, i) => ({ kommunkod: String(1001 + i), namn: `M${i + 1}`, population: 10_000 }));
const code = (i: number) => String(1000 + i); // M1 = 1001 … M10 = 1010
const v = (i: number, kpi: string, value: number): KpiValue => ({ kommunkod: code(i), kpi, year: 2023, value });

describe('shiftedWeights', () => {
  it('moves one weight and rescales the others to keep 100', () => {
    expect(shiftedWeights([60, 40], 0, 10)).toEqual([70, 30]);
    // others scaled by (100 − 40)/(100 − 50) = 1.2: 30 → 36, 20 → 24
    expect(shiftedWeights([50, 30, 20], 0, -10)).toEqual([40, 36, 24]);
  });

  it('clamps to 0–100, shares freed weight equally among zero weights, skips no-ops', () => {
    expect(shiftedWeights([100, 0], 0, 10)).toBeNull();
    expect(shiftedWeights([0, 100], 0, -10)).toBeNull();
    expect(shiftedWeights([100], 0, -10)).toBeNull();
    expect(shiftedWeights([100, 0, 0], 0, -10)).toEqual([90, 5, 5]);
    expect(shiftedWeights([95, 5], 1, -10)).toEqual([100, 0]);
  });
});

describe('analyseStability: leave one KPI out', () => {
  // One component, six KPIs, ten municipalities → percentiles 5, 15, …, 95.
  // K1: M1 95, M2 85, M3 25; K2–K6: M1 95, M3 85, M2 75 (others below).
  // Means: M1 95; M2 (85 + 5·75)/6 = 76.67; M3 (25 + 5·85)/6 = 75; M4 (75 + 5·65)/6 = 66.67.
  // Without K1: M3 85 > M2 75 → M2 third. Without any other: M2 (85 + 4·75)/5 = 77 > M3 73.
  const others = [4, 5, 6, 7, 8, 9, 10];
  const values: KpiValue[] = [
    // K1 order: M1 100, M2 90, M4 80, M5 70, M6 60, M7 50, M8 40, M3 30, M9 20, M10 10
    ...[100, 90, 30, 80, 70, 60, 50, 40, 20, 10].map((value, i) => v(i + 1, 'K1', value)),
  ];
  for (const k of ['K2', 'K3', 'K4', 'K5', 'K6']) {
    values.push(v(1, k, 100), v(3, k, 90), v(2, k, 80), ...others.map((i) => v(i, k, 110 - 10 * i)));
  }
  const model: ScreeningModel = {
    years: 1,
    minCoverage: 0,
    components: [{ name: 'Allt', weight: 100, kpis: ['K1', 'K2', 'K3', 'K4', 'K5', 'K6'].map((id) => ({ id, direction: 'higher' as const })) }],
  };

  it('classifies by the share of variants in the top N', () => {
    const r = analyseStability(values, model, municipalities, { topN: 2, rounds: 0 });
    expect(r.rows.map((x) => [x.namn, x.rank])).toEqual([['M1', 1], ['M2', 2]]);
    const [m1, m2] = r.rows;
    expect(m1).toMatchObject({ classification: 'stabil', share: 1, mostMovedBy: null, leaveOut: { inTop: 6, total: 6 }, weights: { inTop: 0, total: 0 } });
    // M2 drops out only without K1: 5 of 6 ≥ 80 %
    expect(m2.leaveOut).toEqual({ inTop: 5, total: 6 });
    expect(m2.share).toBeCloseTo(5 / 6, 12);
    expect(m2.classification).toBe('på gränsen');
    expect(m2.mostMovedBy).toEqual({ kind: 'kpi', kpi: 'K1', rank: 3 });
    expect(m2.explanation).toContain('nyckeltalet K1 utelämnas (hamnar på plats 3)');
    const strict = analyseStability(values, model, municipalities, { topN: 2, rounds: 0, borderlineShare: 0.9 });
    expect(strict.rows[1].classification).toBe('beror på urvalet');
  });

  it('bootstrap: M2 stays only when K1 is drawn, P = 1 − (5/6)^6 ≈ 0.665', () => {
    // Drawn once: M2 85 + 5·75 = 460 > M3 25 + 5·85 = 450. Never drawn: M3 ahead.
    const r = analyseStability(values, model, municipalities, { topN: 2, random: createRandom(11) });
    const [m1, m2] = r.rows;
    expect(r.rounds).toBe(1000);
    expect(m1.bootstrap).toEqual({ inTop: 1000, total: 1000 });
    expect(m1.classification).toBe('stabil');
    expect(m2.bootstrap.total).toBe(1000);
    expect(m2.bootstrap.inTop / 1000).toBeGreaterThan(0.6);
    expect(m2.bootstrap.inTop / 1000).toBeLessThan(0.73);
    expect(m2.classification).toBe('beror på urvalet');
  });

  it('is reproducible with the same seed', () => {
    const a = analyseStability(values, model, municipalities, { topN: 2, rounds: 200, random: createRandom(5) });
    const b = analyseStability(values, model, municipalities, { topN: 2, rounds: 200, random: createRandom(5) });
    expect(a).toEqual(b);
  });

  it('includes ties at the boundary of the top N', () => {
    const tied = [...values.filter((x) => x.kommunkod !== code(3)), ...values.filter((x) => x.kommunkod === code(2)).map((x) => ({ ...x, kommunkod: code(3) }))];
    const r = analyseStability(tied, model, municipalities, { topN: 2, rounds: 0 });
    expect(r.rows.map((x) => [x.namn, x.rank])).toEqual([['M1', 1], ['M2', 2], ['M3', 2]]);
  });
});

describe('analyseStability: component weights', () => {
  // Eight municipalities (percentiles 6.25 … 93.75); each component has two identical KPIs,
  // so leaving one out changes nothing. Ekonomi: M2 93.75, M1 43.75; Service: M1 93.75, M2 31.25.
  // Ekonomi weight w: M1 = 43.75w + 93.75(1 − w), M2 = 93.75w + 31.25(1 − w).
  // w = 0.5: M1 68.75 > M2 62.5; w = 0.6: M1 63.75 < M2 68.75; w = 0.4: M1 73.75 first.
  const k1 = [43.75, 93.75, 81.25, 68.75, 56.25, 31.25, 18.75, 6.25]; // M1 … M8
  const k2 = [93.75, 31.25, 6.25, 18.75, 43.75, 56.25, 68.75, 81.25];
  const eight = municipalities.slice(0, 8);
  const values = k1.flatMap((p, i) => [v(i + 1, 'E1', p), v(i + 1, 'E2', p), v(i + 1, 'S1', k2[i]), v(i + 1, 'S2', k2[i])]);
  const model: ScreeningModel = {
    years: 1,
    minCoverage: 0,
    components: [
      { name: 'Ekonomi', weight: 50, kpis: [{ id: 'E1', direction: 'higher' }, { id: 'E2', direction: 'higher' }] },
      { name: 'Service', weight: 50, kpis: [{ id: 'S1', direction: 'higher' }, { id: 'S2', direction: 'higher' }] },
    ],
  };

  it('names the weight that moves it most', () => {
    const r = analyseStability(values, model, eight, { topN: 1, rounds: 50 });
    expect(r.rows).toHaveLength(1);
    const [m1] = r.rows;
    expect(m1.namn).toBe('M1');
    expect(m1.leaveOut).toEqual({ inTop: 4, total: 4 });
    // Ekonomi +10 and Service −10 put M2 first
    expect(m1.weights).toEqual({ inTop: 2, total: 4 });
    expect(m1.bootstrap).toEqual({ inTop: 50, total: 50 }); // identical KPIs: every draw is the model
    expect(m1.classification).toBe('beror på urvalet');
    expect(m1.mostMovedBy).toEqual({ kind: 'weight', component: 'Ekonomi', delta: 10, rank: 2 });
    expect(m1.explanation).toContain('vikten för Ekonomi ändras +10 procentenheter');
  });
});
