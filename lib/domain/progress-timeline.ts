/**
 * The progress of scoring over time: how many score sheets had been submitted by the
 * end of each day (Stockholm dates), against the number assigned, and the geometry of
 * a small step chart of it. Pure: the caller passes the submission instants and the time zone.
 */

export type TimelineDay = { date: string; submitted: number; cumulative: number };
export type Timeline = { days: TimelineDay[]; total: number };

/** One formatter per time zone: constructing an Intl.DateTimeFormat per instant cost ~0.1 ms each (8,700 on a large cycle). */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** YYYY-MM-DD of an instant in a time zone. */
function dayOf(instant: string, timeZone: string): string {
  let f = dayFormats.get(timeZone);
  if (!f) dayFormats.set(timeZone, (f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return f.format(new Date(instant));
}

/** One entry per day with at least one submission, in date order, with the running total. */
export function submissionTimeline(submittedAt: readonly string[], total: number, timeZone = 'Europe/Stockholm'): Timeline {
  const perDay = new Map<string, number>();
  for (const at of submittedAt) {
    if (Number.isNaN(Date.parse(at))) continue;
    const d = dayOf(at, timeZone);
    perDay.set(d, (perDay.get(d) ?? 0) + 1);
  }
  let cumulative = 0;
  const days = [...perDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, submitted]) => ({ date, submitted, cumulative: (cumulative += submitted) }));
  return { days, total: Math.max(total, cumulative) };
}

export type TimelineChart = {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  baseline: number;
  /** The y of the "all assigned" line. */
  totalY: number;
  /** The step line through the days, as an SVG path. */
  path: string;
  points: { x: number; y: number; day: TimelineDay }[];
};

/** Days are spaced by their real distance in time; the y axis runs from 0 to the number assigned. */
export function timelineChart(t: Timeline, size = { width: 560, height: 180 }): TimelineChart | null {
  if (t.days.length === 0 || t.total === 0) return null;
  const left = 40;
  const right = size.width - 16;
  const top = 16;
  const baseline = size.height - 28;
  const time = (d: string) => Date.parse(`${d}T00:00:00Z`);
  const first = time(t.days[0].date);
  const span = Math.max(1, time(t.days.at(-1)!.date) - first);
  const x = (d: string) => (t.days.length === 1 ? (left + right) / 2 : left + ((time(d) - first) / span) * (right - left));
  const y = (n: number) => baseline - (n / t.total) * (baseline - top);
  const points = t.days.map((day) => ({ x: round(x(day.date)), y: round(y(day.cumulative)), day }));
  let path = `M ${points[0].x} ${round(y(0))} V ${points[0].y}`;
  for (const p of points.slice(1)) path += ` H ${p.x} V ${p.y}`;
  return { width: size.width, height: size.height, left, right, top, baseline, totalY: round(y(t.total)), path, points };
}

const round = (n: number) => Math.round(n * 10) / 10;
