/**
 * Basic descriptive statistics on plain number arrays. Callers remove missing
 * values (null) before calling; every function here expects finite numbers.
 */

export function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

export function mean(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  return sum(xs) / xs.length;
}

/** Sample variance (n − 1 in the denominator). */
export function variance(xs: readonly number[]): number {
  if (xs.length < 2) return NaN;
  const m = mean(xs);
  let s = 0;
  for (const x of xs) s += (x - m) * (x - m);
  return s / (xs.length - 1);
}

/** Sample standard deviation. */
export function standardDeviation(xs: readonly number[]): number {
  return Math.sqrt(variance(xs));
}

function sortedCopy(xs: readonly number[]): number[] {
  return [...xs].sort((a, b) => a - b);
}

/**
 * Quantile with linear interpolation between order statistics
 * (Hyndman & Fan 1996, definition 7 — the default of R and NumPy).
 */
export function quantile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = sortedCopy(xs);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return s[lo] + (h - lo) * (s[hi] - s[lo]);
}

export function median(xs: readonly number[]): number {
  return quantile(xs, 0.5);
}

/**
 * Trimmed mean: drop `proportion` of the values at each end (rounded down),
 * then average the rest. proportion 0.2 with 5 values drops one at each end.
 */
export function trimmedMean(xs: readonly number[], proportion: number): number {
  if (xs.length === 0) return NaN;
  const s = sortedCopy(xs);
  const k = Math.floor(s.length * proportion);
  return mean(s.slice(k, s.length - k));
}

/**
 * Standard normal cumulative distribution function, via the error function
 * approximation of Abramowitz & Stegun 7.1.26 (max. absolute error 1.5e-7).
 */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}
