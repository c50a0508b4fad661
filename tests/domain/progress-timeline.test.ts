import { describe, expect, it } from 'vitest';
import { submissionTimeline, timelineChart } from '@/lib/domain/progress-timeline';

describe('submissionTimeline', () => {
  it('counts the submissions per Stockholm day, in date order, with a running total', () => {
    const t = submissionTimeline(
      [
        '2027-04-02T09:00:00Z',
        '2027-04-01T21:30:00Z', // 23:30 in Stockholm (summer time): still 1 April
        '2027-04-01T22:30:00Z', // 00:30 on 2 April in Stockholm
        '2027-04-05T12:00:00Z',
      ],
      10,
    );
    expect(t).toEqual({
      total: 10,
      days: [
        { date: '2027-04-01', submitted: 1, cumulative: 1 },
        { date: '2027-04-02', submitted: 2, cumulative: 3 },
        { date: '2027-04-05', submitted: 1, cumulative: 4 },
      ],
    });
  });

  it('is empty with no submissions, skips unreadable instants, and never shows more submitted than assigned', () => {
    expect(submissionTimeline([], 5)).toEqual({ days: [], total: 5 });
    expect(submissionTimeline(['not a date', '2027-04-01T10:00:00Z'], 0)).toEqual({ total: 1, days: [{ date: '2027-04-01', submitted: 1, cumulative: 1 }] });
  });
});

describe('timelineChart', () => {
  it('draws nothing without submissions', () => {
    expect(timelineChart({ days: [], total: 4 })).toBeNull();
  });

  it('spaces the days by time and ends at the share submitted', () => {
    const c = timelineChart(submissionTimeline(['2027-04-01T10:00:00Z', '2027-04-02T10:00:00Z', '2027-04-05T10:00:00Z', '2027-04-05T11:00:00Z'], 8))!;
    expect(c.points.map((p) => p.day.cumulative)).toEqual([1, 2, 4]);
    // 1 April at the left edge, 5 April at the right; 2 April a quarter of the way.
    expect(c.points[0].x).toBe(c.left);
    expect(c.points[2].x).toBe(c.right);
    expect(c.points[1].x).toBeCloseTo(c.left + (c.right - c.left) / 4, 0);
    // Half of the 8 assigned sheets: halfway between the baseline and the "all assigned" line.
    expect(c.points[2].y).toBeCloseTo((c.baseline + c.totalY) / 2, 0);
    expect(c.path.startsWith(`M ${c.left} ${c.baseline}`)).toBe(true);
  });
});
