import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { icc, krippendorffAlpha, type AlphaLevel, type IccModel, type IccUnit } from '@/lib/domain/agreement';
import { createRandom, randomInt, shuffled } from '@/lib/domain/random';

type Matrix = (number | null)[][];

const MODELS: IccModel[] = ['one-way', 'two-way-random', 'two-way-mixed'];
const UNITS: IccUnit[] = ['single', 'average'];
const LEVELS: AlphaLevel[] = ['nominal', 'ordinal', 'interval', 'ratio'];

// Shrout & Fleiss (1979), Table 2: 6 targets (rows) × 4 judges (columns).
const SHROUT_FLEISS: Matrix = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
];

// Krippendorff (2011), reliability data with missing values: observers A–D × 12 units,
// transposed here to rows = units, columns = observers.
const OBSERVERS: Matrix = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
];
const KRIPPENDORFF: Matrix = OBSERVERS[0].map((_, u) => OBSERVERS.map((row) => row[u]));

function transposeColumns(m: Matrix, order: number[]): Matrix {
  return m.map((row) => order.map((j) => row[j]));
}

/** Equal up to floating-point summation order (relative tolerance), or both null. */
function expectSame(a: number | null, b: number | null): void {
  if (a === null || b === null) {
    expect(a).toBe(b);
    return;
  }
  expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));
}

/** A units × raters matrix of small integer scores, some missing. */
const matrixArb = (nullRate: number): fc.Arbitrary<Matrix> =>
  fc
    .record({ n: fc.integer({ min: 2, max: 8 }), k: fc.integer({ min: 2, max: 5 }) })
    .chain(({ n, k }) =>
      fc.array(
        fc.array(
          fc.oneof(
            { weight: Math.round(nullRate * 100), arbitrary: fc.constant(null) },
            { weight: Math.round((1 - nullRate) * 100), arbitrary: fc.integer({ min: 0, max: 10 }) },
          ),
          { minLength: k, maxLength: k },
        ),
        { minLength: n, maxLength: n },
      ),
    );

describe('icc — Shrout & Fleiss (1979) Table 2', () => {
  // Exact values from the mean squares, verified independently with rational arithmetic:
  // BMS = 11.2417, WMS = 6.2639, JMS = 32.4861, EMS = 1.0194 (published: 11.24, 6.26, 32.49, 1.02).
  const expected: [IccModel, IccUnit, string, number][] = [
    ['one-way', 'single', 'ICC(1,1)', 0.166], // 448/2703 = 0.16574, published .17
    ['two-way-random', 'single', 'ICC(2,1)', 0.29], // 184/635 = 0.28976, published .29
    ['two-way-mixed', 'single', 'ICC(3,1)', 0.715], // 920/1287 = 0.71484, published .71
    ['one-way', 'average', 'ICC(1,k)', 0.443], // 1792/4047 = 0.44280, published .44
    ['two-way-random', 'average', 'ICC(2,k)', 0.62], // 736/1187 = 0.62005, published .62
    ['two-way-mixed', 'average', 'ICC(3,k)', 0.909], // 3680/4047 = 0.90932, published .91
  ];

  it.each(expected)('%s %s is %s = %d', (model, unit, form, value) => {
    const r = icc(SHROUT_FLEISS, { model, unit });
    expect(r.form).toBe(form);
    expect(r.reason).toBeNull();
    expect(r.value).not.toBeNull();
    expect(r.value!).toBeCloseTo(value, 3);
  });

  it('reports the ANOVA mean squares, n and k', () => {
    const r = icc(SHROUT_FLEISS, { model: 'two-way-random', unit: 'single' });
    // Exact: BMS = 1349/120, WMS = 451/72, JMS = 2339/72, EMS = 367/360.
    expect(r.bms).toBeCloseTo(1349 / 120, 12);
    expect(r.wms).toBeCloseTo(451 / 72, 12);
    expect(r.jms).toBeCloseTo(2339 / 72, 12);
    expect(r.ems).toBeCloseTo(367 / 360, 12);
    expect(r.bms).toBeCloseTo(11.24, 2);
    expect(r.wms).toBeCloseTo(6.26, 2);
    expect(r.jms).toBeCloseTo(32.49, 2);
    expect(r.ems).toBeCloseTo(1.02, 2);
    expect([r.n, r.k, r.rowsDropped]).toEqual([6, 4, 0]);
  });

  it('drops rows with a missing rating and says how many', () => {
    const withGaps: Matrix = [...SHROUT_FLEISS, [3, null, 4, 5], [null, null, null, null]];
    for (const model of MODELS) {
      for (const unit of UNITS) {
        const full = icc(SHROUT_FLEISS, { model, unit });
        const r = icc(withGaps, { model, unit });
        expect([r.n, r.k, r.rowsDropped]).toEqual([6, 4, 2]);
        expect(r.value).toBe(full.value);
      }
    }
  });

  it('treats a row shorter than the longest as incomplete', () => {
    const r = icc([...SHROUT_FLEISS, [1, 2, 3]], { model: 'one-way', unit: 'single' });
    expect([r.n, r.k, r.rowsDropped]).toEqual([6, 4, 1]);
    expect(r.value!).toBeCloseTo(0.166, 3);
  });
});

describe('icc — cannot be computed', () => {
  it('needs at least two raters', () => {
    const r = icc([[1], [2], [3]], { model: 'two-way-random', unit: 'single' });
    expect(r.value).toBeNull();
    expect(r.reason).toBe('too-few-raters');
    expect(r.k).toBe(1);
  });

  it('needs at least two complete rows', () => {
    const r = icc([[1, 2], [3, null], [null, 4]], { model: 'one-way', unit: 'average' });
    expect(r.value).toBeNull();
    expect(r.reason).toBe('too-few-complete-rows');
    expect([r.n, r.rowsDropped]).toEqual([1, 2]);
    expect(Number.isNaN(r.bms)).toBe(true);
  });

  it('has no value when every rating is the same', () => {
    for (const model of MODELS) {
      for (const unit of UNITS) {
        const r = icc([[5, 5], [5, 5], [5, 5]], { model, unit });
        expect(r.value).toBeNull();
        expect(r.reason).toBe('no-variance');
      }
    }
  });

  it('rejects non-finite ratings', () => {
    expect(() => icc([[1, NaN], [2, 3]], { model: 'one-way', unit: 'single' })).toThrow(RangeError);
  });

  it('can be negative when raters disagree more than targets differ', () => {
    const r = icc([[1, 9], [9, 1], [5, 5]], { model: 'one-way', unit: 'single' });
    expect(r.value!).toBeLessThan(0);
  });
});

describe('krippendorffAlpha — Krippendorff (2011) example with missing values', () => {
  // Verified independently with rational arithmetic: nominal 113/152, ordinal 108577/133160,
  // interval 951/1120, ratio 18222619/22852465.
  const expected: [AlphaLevel, number][] = [
    ['nominal', 0.743],
    ['ordinal', 0.815],
    ['interval', 0.849],
    ['ratio', 0.797],
  ];

  it.each(expected)('%s alpha = %d', (level, value) => {
    const a = krippendorffAlpha(KRIPPENDORFF, level);
    expect(a).not.toBeNull();
    expect(a!).toBeCloseTo(value, 3);
  });

  it('matches the exact rational values', () => {
    expect(krippendorffAlpha(KRIPPENDORFF, 'nominal')!).toBeCloseTo(113 / 152, 12);
    expect(krippendorffAlpha(KRIPPENDORFF, 'ordinal')!).toBeCloseTo(108577 / 133160, 12);
    expect(krippendorffAlpha(KRIPPENDORFF, 'interval')!).toBeCloseTo(951 / 1120, 12);
    expect(krippendorffAlpha(KRIPPENDORFF, 'ratio')!).toBeCloseTo(18222619 / 22852465, 12);
  });
});

describe('krippendorffAlpha — edge cases', () => {
  it('is null without pairable values', () => {
    expect(krippendorffAlpha([], 'nominal')).toBeNull();
    expect(krippendorffAlpha([[1, null], [null, 2]], 'interval')).toBeNull();
  });

  it('is null when every pairable value is the same', () => {
    expect(krippendorffAlpha([[3, 3], [3, 3, null], [7]], 'ordinal')).toBeNull();
  });

  it('is below 0 when two coders always disagree (nominal)', () => {
    // o_01 = o_10 = 2, n_0 = n_1 = 2, n = 4: α = 1 − 3·4/8 = −0.5
    expect(krippendorffAlpha([[0, 1], [1, 0]], 'nominal')!).toBeCloseTo(-0.5, 12);
  });

  it('rejects negative values for the ratio metric and non-finite values', () => {
    expect(() => krippendorffAlpha([[-1, 2], [3, 4]], 'ratio')).toThrow(RangeError);
    expect(() => krippendorffAlpha([[Infinity, 2], [3, 4]], 'interval')).toThrow(RangeError);
  });
});

describe('properties', () => {
  const seedArb = fc.integer({ min: 0, max: 2 ** 31 - 1 });

  it('perfect agreement with variation between units gives ICC 1 and alpha 1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 2, maxLength: 10 }),
        fc.integer({ min: 2, max: 6 }),
        (unitValues, k) => {
          fc.pre(new Set(unitValues).size >= 2);
          const m: Matrix = unitValues.map((v) => Array.from({ length: k }, () => v));
          for (const model of MODELS) {
            for (const unit of UNITS) expect(icc(m, { model, unit }).value!).toBeCloseTo(1, 9);
          }
          for (const level of LEVELS) expect(krippendorffAlpha(m, level)).toBe(1);
        },
      ),
    );
  });

  it('perfect agreement with missing values still gives alpha 1', () => {
    fc.assert(
      fc.property(matrixArb(0.3), fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 8, maxLength: 8 }), (shape, values) => {
        const m = shape.map((row, u) => row.map((x) => (x === null ? null : values[u])));
        const pairable = m.filter((row) => row.filter((x) => x !== null).length >= 2).map((row) => row.find((x) => x !== null));
        fc.pre(new Set(pairable).size >= 2);
        for (const level of LEVELS) expect(krippendorffAlpha(m, level)).toBe(1);
      }),
    );
  });

  it('permuting raters (columns) changes nothing', () => {
    fc.assert(
      fc.property(matrixArb(0.15), seedArb, (m, seed) => {
        const order = shuffled(createRandom(seed), m[0].map((_, j) => j));
        const p = transposeColumns(m, order);
        for (const model of MODELS) {
          for (const unit of UNITS) expectSame(icc(p, { model, unit }).value, icc(m, { model, unit }).value);
        }
        for (const level of LEVELS) expectSame(krippendorffAlpha(p, level), krippendorffAlpha(m, level));
      }),
    );
  });

  it('permuting units (rows) changes nothing', () => {
    fc.assert(
      fc.property(matrixArb(0.15), seedArb, (m, seed) => {
        const p = shuffled(createRandom(seed), m);
        for (const model of MODELS) {
          for (const unit of UNITS) expectSame(icc(p, { model, unit }).value, icc(m, { model, unit }).value);
        }
        for (const level of LEVELS) expectSame(krippendorffAlpha(p, level), krippendorffAlpha(m, level));
      }),
    );
  });

  it('alpha ignores units with fewer than two values', () => {
    const loneRowArb = (k: number) =>
      fc.integer({ min: 0, max: k }).chain((at) =>
        fc.integer({ min: 0, max: 1000 }).map((v) => Array.from({ length: k }, (_, j) => (j === at ? v : null))),
      );
    fc.assert(
      fc.property(
        matrixArb(0.3).chain((m) => fc.tuple(fc.constant(m), fc.array(loneRowArb(m[0].length), { minLength: 1, maxLength: 4 }))),
        seedArb,
        ([m, lone], seed) => {
          // Insert the lone rows at random places, keeping the other units in order.
          const random = createRandom(seed);
          const extended = [...m];
          for (const row of lone) extended.splice(randomInt(random, extended.length + 1), 0, row);
          for (const level of LEVELS) expect(krippendorffAlpha(extended, level)).toBe(krippendorffAlpha(m, level));
        },
      ),
    );
  });

  it('alpha is at most 1', () => {
    fc.assert(
      fc.property(matrixArb(0.2), (m) => {
        for (const level of LEVELS) {
          const a = krippendorffAlpha(m, level);
          if (a !== null) expect(a).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });
});
