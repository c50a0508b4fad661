import { describe, expect, it } from 'vitest';
import { mannKendall, theilSen } from '@/lib/domain/trend';

describe('theilSen', () => {
  it('takes the median of the pairwise slopes', () => {
    // pairs (i,j) of xs 1..4, ys 1,3,2,5:
    // (1,2): 2/1 = 2   (1,3): 1/2 = 0.5   (1,4): 4/3
    // (2,3): −1/1 = −1 (2,4): 2/2 = 1     (3,4): 3/1 = 3
    // sorted −1, 0.5, 1, 4/3, 2, 3 → median (1 + 4/3)/2 = 7/6
    // intercept = median(y) − slope·median(x) = 2.5 − (7/6)·2.5 = −5/12
    const { slope, intercept } = theilSen([1, 2, 3, 4], [1, 3, 2, 5]);
    expect(slope).toBeCloseTo(7 / 6, 12);
    expect(intercept).toBeCloseTo(-5 / 12, 12);
  });

  it('skips pairs with equal x', () => {
    // xs 1,1,2 ys 0,2,4: pairs with different x: (0→4)/1 = 4, (2→4)/1 = 2 → median 3
    // intercept = median(0,2,4) − 3·median(1,1,2) = 2 − 3 = −1
    expect(theilSen([1, 1, 2], [0, 2, 4])).toEqual({ slope: 3, intercept: -1 });
  });

  it('recovers an exact line, also with years as x', () => {
    // y = 2x − 4028 over 2019..2023: every pairwise slope is 2
    // intercept = median(y) − 2·2021 = 14 − 4042 = −4028
    const xs = [2019, 2020, 2021, 2022, 2023];
    const { slope, intercept } = theilSen(xs, [10, 12, 14, 16, 18]);
    expect(slope).toBe(2);
    expect(intercept).toBe(-4028);
  });

  it('is robust to one outlier', () => {
    // ys 1,2,3,4,100: six slopes of 1 among the first four points, four large ones
    // (24.75, 32.67, 48.5, 96) → 10 slopes, median = mean of 5th and 6th = 1
    // intercept = median(y) − 1·median(x) = 3 − 3 = 0
    expect(theilSen([1, 2, 3, 4, 5], [1, 2, 3, 4, 100])).toEqual({ slope: 1, intercept: 0 });
  });

  it('is NaN when no two x differ', () => {
    expect(theilSen([2020], [5]).slope).toBeNaN();
    expect(theilSen([2020, 2020], [5, 6]).intercept).toBeNaN();
    expect(theilSen([], []).slope).toBeNaN();
  });

  it('rejects arrays of different length', () => {
    expect(() => theilSen([1, 2], [1])).toThrow();
  });
});

describe('mannKendall', () => {
  it('strictly increasing series of five', () => {
    // S = C(5,2) = 10; varS = 5·4·15/18 = 300/18 = 16.667
    // z = (10 − 1)/√16.667 = 2.20454; p = 2(1 − Φ(2.20454)) = 0.027486
    const r = mannKendall([1, 2, 3, 4, 5]);
    expect(r.s).toBe(10);
    expect(r.varS).toBeCloseTo(300 / 18, 12);
    expect(r.z).toBeCloseTo(2.2045408, 6);
    expect(r.p).toBeCloseTo(0.0274863, 5);
  });

  it('one tie group', () => {
    // 1,2,2,3: pairs + + + 0 + + → S = 5
    // varS = [4·3·13 − 2·1·9]/18 = (156 − 18)/18 = 7.667
    // z = (5 − 1)/√7.667 = 1.44463; p = 0.148562
    const r = mannKendall([1, 2, 2, 3]);
    expect(r.s).toBe(5);
    expect(r.varS).toBeCloseTo(138 / 18, 12);
    expect(r.z).toBeCloseTo(1.4446302, 6);
    expect(r.p).toBeCloseTo(0.1485618, 5);
  });

  it('decreasing with a tie gives the mirrored z', () => {
    // 5,5,3,1: (5,5) 0 and five negative pairs → S = −5; varS as above = 138/18
    // z = (−5 + 1)/√7.667 = −1.44463, same two-sided p
    const r = mannKendall([5, 5, 3, 1]);
    expect(r.s).toBe(-5);
    expect(r.varS).toBeCloseTo(138 / 18, 12);
    expect(r.z).toBeCloseTo(-1.4446302, 6);
    expect(r.p).toBeCloseTo(0.1485618, 5);
  });

  it('two tie groups', () => {
    // 1,1,2,2,2,3: 15 pairs, 1 + 3 tied, the rest increasing → S = 11
    // varS = [6·5·17 − 2·1·9 − 3·2·11]/18 = (510 − 18 − 66)/18 = 426/18 = 23.667
    // z = (11 − 1)/√23.667 = 2.05557; p = 0.039824
    const r = mannKendall([1, 1, 2, 2, 2, 3]);
    expect(r.s).toBe(11);
    expect(r.varS).toBeCloseTo(426 / 18, 12);
    expect(r.z).toBeCloseTo(2.0555661, 6);
    expect(r.p).toBeCloseTo(0.0398244, 5);
  });

  it('|S| = 1 gives z = 0 by the continuity correction', () => {
    // 3,1,2: − − + → S = −1; varS = 3·2·11/18 = 66/18; z = (−1 + 1)/√varS = 0
    const r = mannKendall([3, 1, 2]);
    expect(r.s).toBe(-1);
    expect(r.varS).toBeCloseTo(66 / 18, 12);
    expect(r.z).toBe(0);
    expect(r.p).toBe(1);
  });

  it('constant series: varS = 0 → z = 0, p = 1', () => {
    // 4 equal values: varS = [4·3·13 − 4·3·13]/18 = 0
    expect(mannKendall([4, 4, 4, 4])).toEqual({ s: 0, varS: 0, z: 0, p: 1 });
  });

  it('fewer than two values', () => {
    expect(mannKendall([7])).toEqual({ s: 0, varS: 0, z: 0, p: 1 });
    expect(mannKendall([])).toEqual({ s: 0, varS: 0, z: 0, p: 1 });
  });
});
