import { describe, expect, it } from 'vitest';
import { buildOwnDistributionChart, CHART_LAYOUT } from '@/lib/domain/own-distribution-chart';

const { width, height, left, right, top, bottom } = CHART_LAYOUT;
const baseline = height - bottom;
const plot = baseline - top;
const slot = (width - left - right) / 5;
const centre = (i: number) => left + slot * i + slot / 2;

// A juror who mostly gives 4s and 5s on a 1–5 scale: mean 4, middle 3.
const lenient = {
  counts: [
    { value: 1, count: 0 },
    { value: 2, count: 1 },
    { value: 3, count: 2 },
    { value: 4, count: 6 },
    { value: 5, count: 3 },
  ],
  middle: 3,
  mean: 4,
};

describe("a juror's own score distribution as bars against the scale's middle", () => {
  it('draws one bar per scale value, the most frequent value full height and the others in proportion', () => {
    const chart = buildOwnDistributionChart(lenient);
    expect(chart.bars.map((b) => b.value)).toEqual([1, 2, 3, 4, 5]);
    expect(chart.maxCount).toBe(6);
    expect(chart.bars.map((b) => b.height)).toEqual([0, plot / 6, (2 * plot) / 6, plot, plot / 2]);
    for (const b of chart.bars) expect(b.y + b.height).toBeCloseTo(baseline);
    // The bars stand side by side in value order, without overlapping.
    for (let i = 1; i < chart.bars.length; i++) expect(chart.bars[i].x).toBeGreaterThan(chart.bars[i - 1].x + chart.bars[i - 1].width);
  });

  it('says which bars lie below, at and above the middle', () => {
    expect(buildOwnDistributionChart(lenient).bars.map((b) => b.side)).toEqual(['below', 'below', 'middle', 'above', 'above']);
    // On 1–6 the middle 3.5 is no value: every bar is on one side.
    const even = buildOwnDistributionChart({ counts: [1, 2, 3, 4, 5, 6].map((value) => ({ value, count: 1 })), middle: 3.5, mean: 3.5 });
    expect(even.bars.map((b) => b.side)).toEqual(['below', 'below', 'below', 'above', 'above', 'above']);
  });

  it('puts the middle line on the middle value and the mean line where the mean falls, between bars when fractional', () => {
    const chart = buildOwnDistributionChart(lenient);
    expect(chart.middleX).toBeCloseTo(centre(2));
    expect(chart.meanX).toBeCloseTo(centre(3));
    expect(chart.meanX!).toBeGreaterThan(chart.middleX);
    const between = buildOwnDistributionChart({ ...lenient, mean: 3.5 });
    expect(between.meanX).toBeCloseTo((centre(2) + centre(3)) / 2);
    const strict = buildOwnDistributionChart({ ...lenient, mean: 1.75 });
    expect(strict.meanX!).toBeLessThan(strict.middleX);
  });

  it('keeps a scale and no mean line when the juror has no scores yet', () => {
    const empty = buildOwnDistributionChart({ counts: lenient.counts.map((c) => ({ ...c, count: 0 })), middle: 3, mean: null });
    expect(empty.maxCount).toBe(1);
    expect(empty.bars.every((b) => b.height === 0 && Number.isFinite(b.y))).toBe(true);
    expect(empty.meanX).toBeNull();
    expect(Number.isFinite(empty.middleX)).toBe(true);
  });
});
