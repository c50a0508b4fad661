import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AreaScore } from '@/lib/domain/engine/area-scores';
import { computeAreaScores } from '@/lib/domain/engine/area-scores';
import { calibrate, calibrationReference, jurorStatistics } from '@/lib/domain/engine/calibration';
import { inputArb } from './arbitraries';

const score = (jurorId: string, nominationId: string, value: number | null, areaKey = 'democracy'): AreaScore => ({
  jurorId,
  nominationId,
  areaKey,
  value,
  assessedCriteria: value === null ? 0 : 1,
});

// j1 spreads widely (20…100), j2 is lenient-narrow (50…70), j3 scored only two nominations.
const panel: AreaScore[] = [
  ...[20, 40, 60, 80, 100].map((v, i) => score('j1', `n${i + 1}`, v)),
  ...[50, 55, 60, 65, 70].map((v, i) => score('j2', `n${i + 1}`, v)),
  score('j3', 'n1', 10),
  score('j3', 'n2', 30),
];

describe('calibration statistics', () => {
  it('per juror: count, mean and sample SD', () => {
    const [j1, j2, j3] = jurorStatistics(panel);
    // j1: mean 60, Σ(x − m)² = 1600 + 400 + 0 + 400 + 1600 = 4000, sd = √(4000/4) = √1000
    expect(j1).toMatchObject({ jurorId: 'j1', nominations: 5, count: 5, mean: 60, sumOfSquares: 4000 });
    expect(j1.sd).toBeCloseTo(Math.sqrt(1000), 12);
    // j2: mean 60, Σ = 100 + 25 + 0 + 25 + 100 = 250, sd = √62.5
    expect(j2.sd).toBeCloseTo(Math.sqrt(62.5), 12);
    // j3: mean 20, Σ = 100 + 100 = 200, sd = √200
    expect(j3).toMatchObject({ nominations: 2, mean: 20, sumOfSquares: 200 });
  });

  it('reference: mean of all area scores and pooled within-juror SD', () => {
    const ref = calibrationReference(jurorStatistics(panel));
    // M = (300 + 300 + 40) / 12 = 53.333…; S = √((4000 + 250 + 200) / (4 + 4 + 1)) = √(4450/9) = 22.236107
    expect(ref.mean).toBeCloseTo(640 / 12, 12);
    expect(ref.sd).toBeCloseTo(22.236107, 6);
  });
});

describe('calibrate', () => {
  it('standardises jurors with ≥ 5 nominations onto M ± S and leaves the others raw', () => {
    const out = calibrate(panel, { enabled: true, minNominations: 5 });
    // j1 n1: z = (20 − 60)/√1000 = −1.264911 → 53.333333 + 22.236107·(−1.264911) = 25.206636
    // j2 n1: z = (50 − 60)/√62.5 = −1.264911 → the same 25.206636: leniency and spread removed
    const expected = [25.206636, 39.269985, 53.333333, 67.396682, 81.460031];
    expect(out.scores.slice(0, 5).map((s) => s.calibrated)).toEqual(expected.map((e) => expect.closeTo(e, 6)));
    expect(out.scores.slice(5, 10).map((s) => s.calibrated)).toEqual(expected.map((e) => expect.closeTo(e, 6)));
    // j3 has only 2 nominations: raw kept.
    expect(out.scores.slice(10).map((s) => [s.value, s.calibrated])).toEqual([[10, 10], [30, 30]]);
    expect(out.jurors.map((j) => j.calibrated)).toEqual([true, true, false]);
    // raw values are returned untouched next to the calibrated ones
    expect(out.scores.map((s) => s.value)).toEqual(panel.map((s) => s.value));
  });

  it('is off when disabled: calibrated = raw', () => {
    const out = calibrate(panel, { enabled: false, minNominations: 5 });
    expect(out.scores.every((s) => s.calibrated === s.value)).toBe(true);
    expect(out.jurors.every((j) => !j.calibrated)).toBe(true);
  });

  it('a juror with SD 0 maps every score to the reference mean', () => {
    const flat = [...panel, ...[70, 70, 70, 70, 70].map((v, i) => score('j4', `n${i + 1}`, v))];
    const out = calibrate(flat, { enabled: true, minNominations: 5 });
    // M = (640 + 350) / 17 = 58.235294 (j4 counts in the reference, adding no spread)
    const j4 = out.scores.filter((s) => s.jurorId === 'j4');
    expect(j4.map((s) => s.calibrated)).toEqual(Array(5).fill(expect.closeTo(990 / 17, 9)));
    expect(out.jurors.find((j) => j.jurorId === 'j4')).toMatchObject({ calibrated: true, zeroSpread: true });
  });

  it('keeps nulls null and counts only assessed nominations', () => {
    const withNull = [...panel, score('j3', 'n3', null), score('j3', 'n4', null, 'service')];
    const out = calibrate(withNull, { enabled: true, minNominations: 3 });
    expect(out.jurors.find((j) => j.jurorId === 'j3')).toMatchObject({ nominations: 2, calibrated: false });
    expect(out.scores.filter((s) => s.value === null).every((s) => s.calibrated === null)).toBe(true);
  });

  it('property: calibration keeps each juror’s own order of nominations (in every area and across areas)', () => {
    fc.assert(
      fc.property(inputArb({ jurors: [1, 5], nominations: [1, 9] }), fc.integer({ min: 1, max: 6 }), (input, minNominations) => {
        const out = calibrate(computeAreaScores(input.rubric, input.scores), { enabled: true, minNominations });
        const byJuror = new Map<string, { raw: number; cal: number }[]>();
        for (const s of out.scores) {
          if (s.value === null) continue;
          const list = byJuror.get(s.jurorId) ?? [];
          list.push({ raw: s.value, cal: s.calibrated! });
          byJuror.set(s.jurorId, list);
        }
        for (const list of byJuror.values()) {
          for (const x of list) {
            for (const y of list) {
              if (x.raw < y.raw) expect(x.cal).toBeLessThan(y.cal);
              if (x.raw === y.raw) expect(x.cal).toBe(y.cal);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
