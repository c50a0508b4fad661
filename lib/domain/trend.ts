/**
 * Robust trend estimation for short yearly series: the Theil–Sen slope
 * (Theil 1950, Sen 1968) and the Mann–Kendall trend test (Mann 1945,
 * Kendall 1975) with the usual tie correction and continuity correction.
 */
import { median, normalCdf } from './stats';

export type TheilSen = { slope: number; intercept: number };

/**
 * Theil–Sen line through (xs[i], ys[i]). Pairs with equal x are skipped.
 * With no pair of different x (fewer than two points, or all x equal) the
 * slope is undefined and both fields are NaN.
 */
export function theilSen(xs: readonly number[], ys: readonly number[]): TheilSen {
  if (xs.length !== ys.length) throw new Error('theilSen: xs and ys differ in length');
  const slopes: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    for (let j = i + 1; j < xs.length; j++) {
      // pairwise slope (y_j − y_i) / (x_j − x_i)
      if (xs[j] !== xs[i]) slopes.push((ys[j] - ys[i]) / (xs[j] - xs[i]));
    }
  }
  if (slopes.length === 0) return { slope: NaN, intercept: NaN };
  const slope = median(slopes);
  // intercept = median(y) − slope · median(x)
  return { slope, intercept: median(ys) - slope * median(xs) };
}

export type MannKendall = { s: number; varS: number; z: number; p: number };

/**
 * Mann–Kendall test for a monotone trend in ys (in time order).
 * A constant series (or fewer than two values) has varS = 0; then z = 0 and p = 1.
 */
export function mannKendall(ys: readonly number[]): MannKendall {
  const n = ys.length;
  if (n < 2) return { s: 0, varS: 0, z: 0, p: 1 };
  let s = 0;
  for (let i = 0; i < n; i++) {
    // S = Σ_{i<j} sign(y_j − y_i)
    for (let j = i + 1; j < n; j++) s += Math.sign(ys[j] - ys[i]);
  }
  const tieSizes = new Map<number, number>();
  for (const y of ys) tieSizes.set(y, (tieSizes.get(y) ?? 0) + 1);
  let tieTerm = 0;
  // tie correction Σ t(t−1)(2t+5) over groups of t equal values
  for (const t of tieSizes.values()) tieTerm += t * (t - 1) * (2 * t + 5);
  // varS = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] / 18
  const varS = (n * (n - 1) * (2 * n + 5) - tieTerm) / 18;
  let z = 0;
  // continuity-corrected z = (S ∓ 1)/√varS, 0 when S = 0
  if (varS > 0 && s > 0) z = (s - 1) / Math.sqrt(varS);
  else if (varS > 0 && s < 0) z = (s + 1) / Math.sqrt(varS);
  // two-sided p = 2(1 − Φ(|z|)); exactly 1 at z = 0 (Φ is approximated)
  const p = z === 0 ? 1 : Math.min(1, Math.max(0, 2 * (1 - normalCdf(Math.abs(z)))));
  return { s, varS, z, p };
}
