import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bootstrapRanking, histogramQuantile, rankNominations } from '@/lib/domain/engine';
import { createWorkspace, evaluateComposites, rankComposites } from '@/lib/domain/engine/bootstrap-kernel';
import { buildEngineModel } from '@/lib/domain/engine/bootstrap-model';
import type { EngineInput, EngineSettingsInput, Rubric, Score } from '@/lib/domain/engine/types';
import { quantile } from '@/lib/domain/stats';
import { createRandom } from '@/lib/domain/random';
import { inputArb, jurorId, nominationId, RUBRIC, settingsArb, sheetArb, sheetScores } from './arbitraries';

const ONE_AREA: Rubric = { scale: { min: 0, max: 100 }, areas: [{ key: 'democracy', weight: 1, criteria: [{ id: 'd', weight: 1 }] }] };
const direct = (values: Record<string, Record<string, number>>): Score[] =>
  Object.entries(values).flatMap(([nom, byJuror]) =>
    Object.entries(byJuror).map(([jur, value]) => ({ jurorId: jur, nominationId: nom, criterionId: 'd', value })),
  );

describe('histogramQuantile', () => {
  it.each([
    // ranks {1, 1, 2, 3} (counts 2, 1, 1): type 7 at p → h = 3p
    [0.05, 1], // h = 0.15 → 1 + 0.15·(1 − 1) = 1
    [0.5, 1.5], // h = 1.5 → 1 + 0.5·(2 − 1)
    [0.95, 2.85], // h = 2.85 → 2 + 0.85·(3 − 2)
  ])('p = %d → %d (same as stats.quantile)', (p, expected) => {
    const counts = [2, 1, 1];
    expect(histogramQuantile(counts, 0, 3, 4, p)).toBeCloseTo(expected, 12);
    expect(quantile([1, 1, 2, 3], p)).toBeCloseTo(expected, 12);
  });
});

describe('bootstrap kernel (juror weights = multiplicities)', () => {
  // X: jurors a–e give 10, 20, 30, 40, 100; Y: everyone 50. No components, no calibration.
  const input: EngineInput = {
    rubric: ONE_AREA,
    scores: direct({ X: { a: 10, b: 20, c: 30, d: 40, e: 100 }, Y: { a: 50, b: 50, c: 50, d: 50, e: 50 } }),
    components: [],
  };
  const evaluate = (weights: number[], settings: EngineSettingsInput = {}) => {
    const model = buildEngineModel(input, { calibration: false, ...settings });
    const ws = createWorkspace(model);
    evaluateComposites(model, Int32Array.from(weights), ws);
    rankComposites(ws);
    return { X: ws.composites[0], Y: ws.composites[1], ranks: [...ws.ranks] };
  };

  it.each([
    // all once: trimmed drops 10 and 100 → (20 + 30 + 40)/3 = 30
    { weights: [1, 1, 1, 1, 1], settings: {}, X: 30, ranks: [2, 1] },
    // a twice, b never: {10, 10, 30, 40, 100}, 5 jurors → drop one 10 and 100 → (10 + 30 + 40)/3 = 26.6667
    { weights: [2, 0, 1, 1, 1], settings: {}, X: 80 / 3, ranks: [2, 1] },
    // e three times: 3 jurors < 5 → mean = 100
    { weights: [0, 0, 0, 0, 3], settings: {}, X: 100, ranks: [1, 2] },
    // median of {10, 10, 30, 40, 100} = 30
    { weights: [2, 0, 1, 1, 1], settings: { aggregation: 'median' }, X: 30, ranks: [2, 1] },
    // median of {10, 10, 30, 40}: h = 1.5 → (10 + 30)/2 = 20
    { weights: [2, 0, 1, 1, 0], settings: { aggregation: 'median' }, X: 20, ranks: [2, 1] },
    // mean of {10, 10, 30, 40, 100} = 190/5 = 38
    { weights: [2, 0, 1, 1, 1], settings: { aggregation: 'mean' }, X: 38, ranks: [2, 1] },
    // 10 jurors {20×2, 30×3, 40×5}, trim ⌊10·0.2⌋ = 2 each end → (30·3 + 40·3)/6 = 35
    { weights: [0, 2, 3, 5, 0], settings: {}, X: 35, ranks: [2, 1] },
  ] as const)('weights $weights $settings → X = $X', ({ weights, settings, X, ranks }) => {
    const r = evaluate([...weights], settings);
    expect(r.X).toBeCloseTo(X, 12);
    expect(r.Y).toBeCloseTo(50, 12);
    expect(r.ranks).toEqual(ranks);
  });

  it('ties within 1e-9 share a rank and a nomination without data ranks after all others', () => {
    const model = buildEngineModel({ ...input, nominationIds: ['Z'] }, { calibration: false, aggregation: 'mean' });
    const ws = createWorkspace(model);
    // mean of X over c, d, e = (30 + 40 + 100)/3 = 56.67; Y = 50; Z has nothing → NaN
    evaluateComposites(model, Int32Array.from([0, 0, 1, 1, 1]), ws);
    rankComposites(ws);
    expect([...ws.ranks]).toEqual([1, 2, 3]);
    // a, d, e: X = (10 + 40 + 100)/3 = 50 = Y → shared rank 1, Z third ("113")
    evaluateComposites(model, Int32Array.from([1, 0, 0, 1, 1]), ws);
    rankComposites(ws);
    expect([...ws.ranks]).toEqual([1, 1, 3]);
    // nobody drawn: no composite anywhere → all share the place after the (zero) ranked ones
    evaluateComposites(model, Int32Array.from([0, 0, 0, 0, 0]), ws);
    rankComposites(ws);
    expect([...ws.ranks]).toEqual([1, 1, 1]);
  });

  it('mixed cells (calibrated and raw jurors) are re-sorted for each panel', () => {
    // hi (90…98 on n1–n5) and lo (10…18) are calibrated; r1 and r2 scored only n3 (raw 50 and 60).
    // Full panel: M = (470 + 70 + 50 + 60)/12 = 54.17, so hi's n3 (z = 0) sits between 50 and 60.
    // Panel {hi, hi, r1, r2}: M = (2·470 + 110)/12 = 87.5, S = √(2·40/8) = √10; hi's n3 → 87.5.
    // n3 = {50, 60, 87.5, 87.5}; trimmed 25 % (k = 1) → (60 + 87.5)/2 = 73.75.
    const mixed: EngineInput = {
      rubric: ONE_AREA,
      scores: direct({
        n1: { hi: 90, lo: 10 },
        n2: { hi: 92, lo: 12 },
        n3: { hi: 94, lo: 14, r1: 50, r2: 60 },
        n4: { hi: 96, lo: 16 },
        n5: { hi: 98, lo: 18 },
      }),
      components: [],
    };
    const settings = { trimProportion: 0.25, minJurorsForTrim: 1 };
    const model = buildEngineModel(mixed, settings);
    expect(model.jurorIds).toEqual(['hi', 'lo', 'r1', 'r2']);
    const ws = createWorkspace(model);
    evaluateComposites(model, Int32Array.from([2, 0, 1, 1]), ws);
    expect(ws.composites[2]).toBeCloseTo(73.75, 12);
    // the same panel spelled out for the readable pipeline
    const spelled = [...mixed.scores, ...mixed.scores.filter((s) => s.jurorId === 'hi').map((s) => ({ ...s, jurorId: 'hi2' }))].filter(
      (s) => s.jurorId !== 'lo',
    );
    const row = rankNominations({ ...mixed, scores: spelled }, settings).rows.find((r) => r.nominationId === 'n3')!;
    expect(row.composite).toBeCloseTo(73.75, 12);
  });

  it('property: weights reproduce the full pipeline on the panel with jurors repeated (or removed)', () => {
    fc.assert(
      fc.property(
        inputArb({ jurors: [1, 5], nominations: [1, 7] }),
        settingsArb,
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 5, maxLength: 5 }),
        (input, settings, multiplicity) => {
          const model = buildEngineModel(input, settings);
          const weights = Int32Array.from(model.jurorIds, (_, j) => multiplicity[j]);
          const ws = createWorkspace(model);
          evaluateComposites(model, weights, ws);
          rankComposites(ws);
          // The same panel spelled out: juror j repeated weights[j] times under new ids.
          const scores = model.jurorIds.flatMap((id, j) =>
            Array.from({ length: weights[j] }, (_, copy) =>
              input.scores.filter((s) => s.jurorId === id).map((s) => ({ ...s, jurorId: `${id}#${copy}` })),
            ).flat(),
          );
          const expected = rankNominations({ ...input, scores, nominationIds: model.nominationIds }, settings);
          const ranked = expected.rows.filter((r) => r.rank !== null).length;
          model.nominationIds.forEach((id, n) => {
            const row = expected.rows.find((r) => r.nominationId === id)!;
            if (row.composite === null) expect(ws.composites[n]).toBeNaN();
            else expect(ws.composites[n]).toBeCloseTo(row.composite, 9);
            expect(ws.ranks[n]).toBe(row.rank ?? ranked + 1);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('bootstrapRanking', () => {
  it('two jurors with opposite views: P(first) ≈ 3/4 each (panels aa, bb, ab/ba with the tie)', () => {
    // Panel {a, a}: X first; {b, b}: Y first; {a, b} (prob 1/2): tie at 50 → both rank 1.
    const input: EngineInput = { rubric: ONE_AREA, scores: direct({ X: { a: 100, b: 0 }, Y: { a: 0, b: 100 } }), components: [] };
    const r = bootstrapRanking(input, { calibration: false }, { random: createRandom(11), replicates: 4000, topK: 1 });
    expect(r.replicates).toBe(4000);
    for (const row of r.rows) {
      expect(row.pFirst).toBeGreaterThan(0.72);
      expect(row.pFirst).toBeLessThan(0.78);
      expect(row.pTopK).toBe(row.pFirst);
      // ranks 1 (prob 3/4) or 2: 5th percentile 1, 95th 2
      expect(row.rankInterval).toEqual({ low: 1, high: 2 });
    }
  });

  it('uses 2000 replicates by default', () => {
    const input: EngineInput = { rubric: ONE_AREA, scores: direct({ X: { a: 10 } }), components: [] };
    expect(bootstrapRanking(input, {}, { random: createRandom(1) }).replicates).toBe(2000);
  });

  const degenerate = (input: EngineInput, settings: EngineSettingsInput, seed: number) => {
    const base = rankNominations(input, settings);
    const ranked = base.rows.filter((r) => r.rank !== null).length;
    const boot = bootstrapRanking(input, settings, { random: createRandom(seed), replicates: 50 });
    for (const row of boot.rows) {
      const rank = base.rows.find((r) => r.nominationId === row.nominationId)!.rank ?? ranked + 1;
      expect(row.rankInterval).toEqual({ low: rank, high: rank });
      expect(row.pFirst).toBe(rank === 1 ? 1 : 0);
    }
  };

  it('property: with one juror every rank interval is a single rank', () => {
    fc.assert(
      fc.property(inputArb({ jurors: [1, 1], nominations: [1, 8] }), settingsArb, fc.integer(), (input, settings, seed) =>
        degenerate(input, settings, seed),
      ),
      { numRuns: 100 },
    );
  });

  it('property: with identical jurors every rank interval is a single rank', () => {
    const panelArb = fc.record({
      sheets: fc.array(sheetArb, { minLength: 1, maxLength: 8 }),
      jurors: fc.integer({ min: 2, max: 7 }),
    });
    fc.assert(
      fc.property(panelArb, settingsArb, fc.integer(), ({ sheets, jurors }, settings, seed) => {
        const scores = Array.from({ length: jurors }, (_, j) => sheets.flatMap((sheet, n) => sheetScores(jurorId(j), nominationId(n), sheet))).flat();
        degenerate({ rubric: RUBRIC, scores, components: [] }, settings, seed);
      }),
      { numRuns: 100 },
    );
  });

  it('property: the same seed gives the same result', () => {
    fc.assert(
      fc.property(inputArb({ jurors: [1, 6], nominations: [1, 8] }), settingsArb, fc.integer(), (input, settings, seed) => {
        const a = bootstrapRanking(input, settings, { random: createRandom(seed), replicates: 40 });
        const b = bootstrapRanking(input, settings, { random: createRandom(seed), replicates: 40 });
        expect(b).toEqual(a);
        for (const row of a.rows) {
          expect(row.rankInterval.low).toBeLessThanOrEqual(row.rankInterval.high);
          expect(row.pFirst).toBeLessThanOrEqual(row.pTopK);
        }
      }),
      { numRuns: 60 },
    );
  });
});
