/**
 * The geometry of a juror's own score distribution as a bar chart: one bar per
 * scale value (height ∝ how many times the juror gave it), a dashed line at the
 * scale's middle and a solid line at the juror's mean, so a lean to one side shows
 * at a glance. Pure: numbers in, coordinates out; the component only draws them.
 */

export type OwnDistributionInput = {
  /** How many scores per scale value, lowest value first (OwnProfile.counts). */
  counts: readonly { value: number; count: number }[];
  /** The scale's middle (may fall between two values, e.g. 3.5 on 1–6). */
  middle: number;
  /** The juror's mean, or null with no scores. */
  mean: number | null;
};

export type ChartBar = {
  value: number;
  count: number;
  /** Left edge, top edge, width and height of the bar in the SVG's units. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the bar's value stands against the middle. */
  side: 'below' | 'middle' | 'above';
  /** The bar's centre, for the value under it and the count above it. */
  centre: number;
};

export type OwnDistributionChart = {
  width: number;
  height: number;
  /** The baseline (y of a count of 0) and the top of the tallest bar. */
  baseline: number;
  top: number;
  /** The highest count, at least 1 (so an empty chart has a scale). */
  maxCount: number;
  bars: ChartBar[];
  /** x of the scale's middle and of the mean (null without scores). */
  middleX: number;
  meanX: number | null;
};

export const CHART_LAYOUT = { width: 360, height: 180, left: 12, right: 12, top: 22, bottom: 30, gap: 0.25 } as const;

/**
 * Bars side by side, each `1 − gap` of its slot wide. A value v sits at the centre
 * of its slot, and a fractional value (the middle, the mean) is placed by linear
 * interpolation between the centres of the values around it.
 */
export function buildOwnDistributionChart(input: OwnDistributionInput, layout: typeof CHART_LAYOUT = CHART_LAYOUT): OwnDistributionChart {
  const { width, height, left, right, top, bottom, gap } = layout;
  const baseline = height - bottom;
  const plotHeight = baseline - top;
  const n = Math.max(1, input.counts.length);
  const slot = (width - left - right) / n;
  const barWidth = slot * (1 - gap);
  const maxCount = Math.max(1, ...input.counts.map((c) => c.count));
  const centreOf = (i: number) => left + slot * i + slot / 2;
  const first = input.counts[0]?.value ?? 0;
  const last = input.counts[input.counts.length - 1]?.value ?? first;
  const step = input.counts.length > 1 ? (last - first) / (input.counts.length - 1) : 1;
  /** x of any number on the scale (clamped to the first and last value). */
  const xOf = (v: number) => centreOf(Math.min(Math.max((v - first) / step, 0), n - 1));

  const bars = input.counts.map((c, i): ChartBar => {
    const h = (c.count / maxCount) * plotHeight;
    return {
      value: c.value,
      count: c.count,
      x: centreOf(i) - barWidth / 2,
      y: baseline - h,
      width: barWidth,
      height: h,
      side: c.value < input.middle ? 'below' : c.value > input.middle ? 'above' : 'middle',
      centre: centreOf(i),
    };
  });
  return { width, height, baseline, top, maxCount, bars, middleX: xOf(input.middle), meanX: input.mean === null ? null : xOf(input.mean) };
}
