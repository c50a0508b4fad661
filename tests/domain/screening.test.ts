import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRandom, randomInt, shuffled } from '@/lib/domain/random';
import { runInLocale } from '@/lib/i18n/server-locale';
import type { KpiValue } from '@/lib/domain/finance-index';
import {
  populationBand,
  runScreening,
  ScreeningError,
  screeningModelSchema,
  type Municipality,
  type ScreeningModel,
  type ScreeningResult,
} from '@/lib/domain/screening';

const m = (kommunkod: string, namn: string, population: number): Municipality => ({ kommunkod, namn, population });
const v = (kommunkod: string, kpi: string, year: number, value: number): KpiValue => ({ kommunkod, kpi, year, value });

const A = '0114', B = '0115', C = '0117', D = '0120', E = '0123';
const municipalities = [m(E, 'Epsilon', 150_000), m(A, 'Alfa', 5_000), m(B, 'Beta', 8_000), m(C, 'Gamma', 30_000), m(D, 'Delta', 40_000)];

const model: ScreeningModel = screeningModelSchema.parse({
  years: 2,
  minCoverage: 0.5,
  components: [
    { name: 'Ekonomi', weight: 60, kpis: [{ id: 'K1', direction: 'higher' }, { id: 'K2', direction: 'lower' }] },
    { name: 'Service', weight: 40, kpis: [{ id: 'K3', direction: 'higher' }] },
  ],
});

const values: KpiValue[] = [
  // K1 higher: 2023 A 10, B 20, C 20, D 30, E 40 → 10, 40, 40, 70, 90; 2022 constant → excluded
  v(A, 'K1', 2023, 10), v(B, 'K1', 2023, 20), v(C, 'K1', 2023, 20), v(D, 'K1', 2023, 30), v(E, 'K1', 2023, 40),
  ...[A, B, C, D, E].map((k) => v(k, 'K1', 2022, 5)),
  // K2 lower: 2023 (n = 3) A 83.33, B 50, C 16.67; 2022 (n = 4) A 12.5, B 37.5, C 62.5, D 87.5
  v(A, 'K2', 2023, 1), v(B, 'K2', 2023, 2), v(C, 'K2', 2023, 3),
  v(A, 'K2', 2022, 4), v(B, 'K2', 2022, 3), v(C, 'K2', 2022, 2), v(D, 'K2', 2022, 1),
  // K3 higher: 2023 (n = 4) C 12.5, A and B tie at 50, D 87.5; 2022 (n = 3) A 83.33, B 16.67, C 50
  v(A, 'K3', 2023, 7), v(B, 'K3', 2023, 7), v(C, 'K3', 2023, 1), v(D, 'K3', 2023, 9),
  v(A, 'K3', 2022, 3), v(B, 'K3', 2022, 1), v(C, 'K3', 2022, 2),
  // outside the two-year window
  v(A, 'K3', 2021, 100), v(E, 'K2', 2021, 0),
];

const byCode = (r: ScreeningResult) => new Map(r.rows.map((row) => [row.kommunkod, row]));

describe('runScreening: hand-computed case', () => {
  const r = runScreening(values, model, municipalities);
  const rows = byCode(r);
  // Informative cells: K1 2023, K2 2022, K2 2023, K3 2022, K3 2023 = 5 (K1 2022 is constant).
  // A: Ekonomi (10 + 83.33 + 12.5)/3 = 35.278; Service (50 + 83.33)/2 = 66.667
  //    composite 0.6·35.278 + 0.4·66.667 = 47.833; coverage 5/5
  // B: Ekonomi (40 + 50 + 37.5)/3 = 42.5; Service (50 + 16.67)/2 = 33.333 → 38.833
  // C: Ekonomi (40 + 16.67 + 62.5)/3 = 39.722; Service (12.5 + 50)/2 = 31.25 → 36.333
  // D: Ekonomi (70 + 87.5)/2 = 78.75; Service 87.5 → 0.6·78.75 + 0.4·87.5 = 82.25; coverage 3/5
  // E: Ekonomi 90 only, no Service → composite renormalised = 90; coverage 1/5 < 0.5 → insufficient

  it('uses the last two years and reports the constant KPI-year', () => {
    expect(r.years).toEqual([2022, 2023]);
    expect(r.excluded).toEqual([{ kpi: 'K1', year: 2022, value: 5, reporting: 5 }]);
  });

  it('computes components, composite and coverage', () => {
    const a = rows.get(A)!;
    expect(a.components.Ekonomi).toBeCloseTo((10 + 250 / 3 + 12.5) / 3, 10);
    expect(a.components.Service).toBeCloseTo((50 + 250 / 3) / 2, 10);
    expect(a.composite).toBeCloseTo(0.6 * ((10 + 250 / 3 + 12.5) / 3) + 0.4 * ((50 + 250 / 3) / 2), 10);
    expect(a.coverage).toBe(1);
    expect(rows.get(B)!.composite).toBeCloseTo(0.6 * 42.5 + 0.4 * (100 / 3), 10);
    expect(rows.get(C)!.composite).toBeCloseTo(0.6 * ((40 + 50 / 3 + 62.5) / 3) + 0.4 * 31.25, 10);
    expect(rows.get(D)).toMatchObject({ composite: 82.25, coverage: 0.6, components: { Ekonomi: 78.75, Service: 87.5 } });
    expect(rows.get(E)).toMatchObject({ composite: 90, coverage: 0.2, components: { Ekonomi: 90, Service: null } });
  });

  it('ranks by composite and lists the insufficient last without rank', () => {
    expect(r.rows.map((x) => [x.namn, x.rank, x.insufficient])).toEqual([
      ['Delta', 1, false],
      ['Alfa', 2, false],
      ['Beta', 3, false],
      ['Gamma', 4, false],
      ['Epsilon', null, true],
    ]);
    expect(r.rows.every((x) => x.group === null)).toBe(true);
  });

  it('renormalises the weights over the components present', () => {
    const lenient = runScreening(values, { ...model, minCoverage: 0.2 }, municipalities);
    expect(lenient.rows[0]).toMatchObject({ namn: 'Epsilon', rank: 1, composite: 90, insufficient: false });
  });

  it('ranks within population bands', () => {
    const g = runScreening(values, model, municipalities, { groupByPopulation: true });
    expect(g.rows.map((x) => [x.namn, x.group, x.rank])).toEqual([
      ['Alfa', 'under_10k', 1],
      ['Beta', 'under_10k', 2],
      ['Delta', '25k_50k', 1],
      ['Gamma', '25k_50k', 2],
      ['Epsilon', 'from_100k', null],
    ]);
  });

  it('shares ranks between ties ("1224")', () => {
    const one: ScreeningModel = { years: 1, minCoverage: 0, components: [{ name: 'X', weight: 100, kpis: [{ id: 'K1', direction: 'higher' }] }] };
    const vals = [v(A, 'K1', 2023, 4), v(B, 'K1', 2023, 3), v(C, 'K1', 2023, 3), v(D, 'K1', 2023, 2), v(E, 'K1', 2023, 1)];
    const ranks = runScreening(vals, one, municipalities).rows.map((x) => [x.kommunkod, x.rank]);
    expect(ranks).toEqual([[A, 1], [B, 2], [C, 2], [D, 4], [E, 5]]);
  });

  it('rejects an invalid model', () => {
    expect(() => runScreening(values, { ...model, years: 0 }, municipalities)).toThrow('Modellen är ogiltig: Modellen behöver minst ett år.');
  });

  it('rejects a model KPI without values in the window, in Swedish', () => {
    const withK4 = { ...model, components: [...model.components, { name: 'Nytt', weight: 0, kpis: [{ id: 'K4', direction: 'higher' as const }] }] };
    const run = () => runScreening([...values, v(A, 'K4', 2021, 1)], withK4, municipalities);
    expect(run).toThrow(ScreeningError);
    expect(run).toThrow('Nyckeltalet K4 saknar värden för 2022–2023');
  });

  it('says the refusal in the language of the running call, with its code and key figures', () => {
    const withK4 = { ...model, components: [...model.components, { name: 'Nytt', weight: 0, kpis: [{ id: 'K4', direction: 'higher' as const }, { id: 'K5', direction: 'higher' as const }] }] };
    const caught = runInLocale('en', () => {
      try {
        runScreening(values, withK4, municipalities);
      } catch (err) {
        return err as InstanceType<typeof ScreeningError>;
      }
    });
    expect(caught).toMatchObject({ code: 'kpiMissing', kpis: ['K4', 'K5'] });
    expect(caught?.message).toBe('The key figures K4, K5 have no values for 2022–2023. Import values or remove the key figure from the model.');
    expect(() => runInLocale('en', () => runScreening(values, { ...model, years: 0 }, municipalities))).toThrow(/^The model is invalid: /);
  });
});

describe('screeningModelSchema', () => {
  const base = { years: 3, minCoverage: 0.8, components: [{ name: 'A', weight: 50, kpis: [{ id: 'N1', direction: 'higher' }] }, { name: 'B', weight: 50, kpis: [{ id: 'N2', direction: 'lower' }] }] };
  const messages = (x: unknown) => screeningModelSchema.safeParse(x).error?.issues.map((i) => i.message) ?? [];
  const withWeights = (a: number, b: number) => ({ ...base, components: [{ ...base.components[0], weight: a }, { ...base.components[1], weight: b }] });

  it('accepts weights summing to 100 within 0.01', () => {
    expect(messages(base)).toEqual([]);
    expect(messages(withWeights(50.005, 50.004))).toEqual([]);
  });

  it('rejects bad weights, empty components and repeated KPIs with Swedish messages', () => {
    expect(messages(withWeights(50, 49))).toEqual(['Vikterna ska summera till 100 procent (nu 99).']);
    expect(messages(withWeights(110, -10))).toContain('Vikten får inte vara negativ.');
    expect(messages({ ...base, components: [{ name: 'A', weight: 100, kpis: [] }] })).toEqual(['Varje komponent behöver minst ett nyckeltal.']);
    expect(messages({ ...base, components: [] })[0]).toBe('Modellen behöver minst en komponent.');
    const twice = { ...base, components: [base.components[0], { ...base.components[1], kpis: [{ id: 'N1', direction: 'lower' }] }] };
    expect(messages(twice)[0]).toMatch(/N1 finns redan/);
    expect(messages({ ...base, minCoverage: 80 })[0]).toMatch(/högst 1/);
    expect(messages({ ...base, years: 0 })[0]).toBe('Modellen behöver minst ett år.');
  });

  it('gives its messages in English to an English reader (a server action runs in the caller’s language)', () => {
    expect(messages(withWeights(50, 49.5))).toEqual(['Vikterna ska summera till 100 procent (nu 99,5).']);
    expect(runInLocale('en', () => messages(withWeights(50, 49.5)))).toEqual(['The weights must add up to 100 per cent (now 99.5).']);
    expect(runInLocale('en', () => messages({ ...base, components: [] })[0])).toBe('The model needs at least one component.');
    const twice = { ...base, components: [base.components[0], { ...base.components[1], kpis: [{ id: 'N1', direction: 'lower' }] }] };
    expect(runInLocale('en', () => messages(twice)[0])).toBe('The key figure N1 is already in the model; each key figure may appear once.');
  });
});

describe('populationBand', () => {
  it('has documented, inclusive lower bounds', () => {
    expect([0, 9_999, 10_000, 24_999, 25_000, 49_999, 50_000, 99_999, 100_000, 1_000_000].map(populationBand)).toEqual([
      'under_10k', 'under_10k', '10k_25k', '10k_25k', '25k_50k', '25k_50k', '50k_100k', '50k_100k', 'from_100k', 'from_100k',
    ]);
  });
});

type Scenario = { values: KpiValue[]; model: ScreeningModel; municipalities: Municipality[] };

const scenarioArb = fc.record({
  n: fc.integer({ min: 2, max: 12 }),
  components: fc.array(fc.record({ weight: fc.integer({ min: 0, max: 10 }), dirs: fc.array(fc.constantFrom('higher' as const, 'lower' as const), { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 3 }),
  years: fc.integer({ min: 1, max: 3 }),
  dataYears: fc.integer({ min: 1, max: 4 }),
  missing: fc.constantFrom(0, 0.1, 0.3),
  minCoverage: fc.constantFrom(0, 0.5, 0.8, 1),
  seed: fc.integer(),
});

type ScenarioInput = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function build(s: ScenarioInput): Scenario {
  const rnd = createRandom(s.seed);
  const total = s.components.reduce((t, c) => t + c.weight, 0);
  const weights = s.components.map((c, ci) => (total === 0 ? (ci === 0 ? 100 : 0) : (c.weight / total) * 100));
  let k = 0;
  const model = screeningModelSchema.parse({
    years: s.years,
    minCoverage: s.minCoverage,
    components: s.components.map((c, ci) => ({
      name: `C${ci}`,
      weight: weights[ci],
      kpis: c.dirs.map((direction) => ({ id: `N${k++}`, direction })),
    })),
  });
  const municipalities = Array.from({ length: s.n }, (_, i) => m(String(1000 + i * 3), `Kommun ${i}`, 1000 + randomInt(rnd, 200_000)));
  const values: KpiValue[] = [];
  for (const mu of municipalities)
    for (const c of model.components)
      for (const kpi of c.kpis)
        for (let y = 0; y < s.dataYears; y++) if (rnd() >= s.missing) values.push(v(mu.kommunkod, kpi.id, 2020 + y, randomInt(rnd, 5)));
  return { values, model, municipalities };
}

const attempt = (sc: Scenario) => {
  try {
    return runScreening(sc.values, sc.model, sc.municipalities);
  } catch (e) {
    if (e instanceof ScreeningError) return e.message;
    throw e;
  }
};

describe('runScreening: properties', () => {
  it('does not depend on the order of the input rows', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer(), (s, shuffleSeed) => {
        const sc = build(s);
        const rnd = createRandom(shuffleSeed);
        expect(attempt({ ...sc, values: shuffled(rnd, sc.values), municipalities: shuffled(rnd, sc.municipalities) })).toEqual(attempt(sc));
      }),
    );
  });

  it('a municipality at least as good on every KPI never ranks below the other', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), fc.nat(), (s, ai, bi) => {
        const sc = build({ ...s, missing: 0 });
        const a = sc.municipalities[ai % sc.municipalities.length].kommunkod;
        const b = sc.municipalities[(ai + 1 + (bi % (sc.municipalities.length - 1))) % sc.municipalities.length].kommunkod;
        const dirs = new Map(sc.model.components.flatMap((c) => c.kpis.map((k) => [k.id, k.direction] as const)));
        const cell = new Map(sc.values.map((x) => [`${x.kommunkod}|${x.kpi}|${x.year}`, x]));
        for (const x of sc.values.filter((y) => y.kommunkod === a)) {
          const y = cell.get(`${b}|${x.kpi}|${x.year}`)!;
          const [hi, lo] = [Math.max(x.value, y.value), Math.min(x.value, y.value)];
          [x.value, y.value] = dirs.get(x.kpi) === 'higher' ? [hi, lo] : [lo, hi];
        }
        const r = attempt(sc);
        if (typeof r === 'string') return;
        const rows = byCode(r);
        const [ra, rb] = [rows.get(a)!, rows.get(b)!];
        expect(ra.coverage).toBe(rb.coverage);
        if (rb.rank !== null) expect(ra.rank).not.toBeNull();
        if (ra.rank !== null && rb.rank !== null) expect(ra.rank).toBeLessThanOrEqual(rb.rank);
      }),
    );
  });

  it('adding a KPI on which all municipalities are equal changes nothing', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: -5, max: 5 }), fc.constantFrom('higher' as const, 'lower' as const), (s, constant, direction) => {
        const sc = build(s);
        const years = [...new Set(sc.values.map((x) => x.year))];
        const [first, ...rest] = sc.model.components;
        const model = { ...sc.model, components: [{ ...first, kpis: [...first.kpis, { id: 'LIKA', direction }] }, ...rest] };
        const extra = sc.municipalities.flatMap((mu) => years.map((y) => v(mu.kommunkod, 'LIKA', y, constant)));
        const before = attempt(sc);
        const after = attempt({ ...sc, model, values: [...sc.values, ...extra] });
        if (typeof before === 'string') {
          expect(typeof after).toBe('string');
          return;
        }
        if (typeof after === 'string') throw new Error(after);
        expect(after.rows).toEqual(before.rows);
        expect(after.excluded.filter((x) => x.kpi === 'LIKA')).toHaveLength(before.years.length);
      }),
    );
  });

  it('every municipality below the coverage threshold: all insufficient, none ranked', () => {
    fc.assert(
      fc.property(scenarioArb, fc.double({ min: 0.01, max: 1, noNaN: true }), (s, t) => {
        const sc = build({ ...s, minCoverage: 0 });
        const first = attempt(sc);
        if (typeof first === 'string') return;
        const maxCoverage = Math.max(...first.rows.map((x) => x.coverage));
        fc.pre(maxCoverage < 1);
        const minCoverage = maxCoverage + t * (1 - maxCoverage);
        const r = attempt({ ...sc, model: { ...sc.model, minCoverage } });
        if (typeof r === 'string') throw new Error(r);
        expect(r.rows.every((x) => x.insufficient && x.rank === null)).toBe(true);
        expect(r.rows.map((x) => x.kommunkod)).toEqual([...r.rows.map((x) => x.kommunkod)].sort());
      }),
    );
  });
});
