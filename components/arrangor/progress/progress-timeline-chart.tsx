import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/config';
import { timelineChart, type Timeline } from '@/lib/domain/progress-timeline';
import { formatDate } from '@/lib/i18n/format';

/**
 * The progress of scoring over time: submitted score sheets by the end of each day as a
 * step line, against the number assigned (dashed), drawn on the server as SVG. Colours
 * come from the theme (brand, slate), so it follows dark mode; the table in the details
 * below is its text alternative and describes it.
 */
export async function ProgressTimelineChart({ timeline }: { timeline: Timeline }) {
  const [t, locale] = await Promise.all([getTranslations('cycleProgressChart'), getLocale() as Promise<Locale>]);
  const chart = timelineChart(timeline);
  if (!chart) return <p className="text-slate-700">{t('empty')}</p>;
  const day = (d: string) => formatDate(`${d}T12:00:00Z`, locale);
  const last = timeline.days.at(-1)!;
  return (
    <figure className="max-w-2xl">
      <svg viewBox={`0 0 ${chart.width} ${chart.height}`} width="100%" role="img" aria-labelledby="tidslinje-titel" aria-describedby="tidslinje-beskrivning tidslinje-tabell" className="block text-slate-700">
        <title id="tidslinje-titel">{t('title')}</title>
        <desc id="tidslinje-beskrivning">{t('desc', { submitted: last.cumulative, total: timeline.total, first: day(timeline.days[0].date), last: day(last.date) })}</desc>
        <line x1={chart.left} x2={chart.right} y1={chart.baseline} y2={chart.baseline} className="stroke-slate-500" />
        <line x1={chart.left} x2={chart.right} y1={chart.totalY} y2={chart.totalY} strokeDasharray="5 4" className="stroke-slate-500" />
        <text x={chart.left} y={chart.totalY - 4} fontSize="12" className="fill-slate-700">
          {t('allAssigned', { total: timeline.total })}
        </text>
        <text x={chart.left - 6} y={chart.baseline + 4} fontSize="12" textAnchor="end" className="fill-slate-700">
          0
        </text>
        <path d={chart.path} fill="none" strokeWidth="2.5" className="stroke-brand-700" />
        {chart.points.map((p) => (
          <circle key={p.day.date} cx={p.x} cy={p.y} r="3" className="fill-brand-700" />
        ))}
        <text x={chart.left} y={chart.baseline + 18} fontSize="12" className="fill-slate-700">
          {day(timeline.days[0].date)}
        </text>
        {timeline.days.length > 1 ? (
          <text x={chart.right} y={chart.baseline + 18} fontSize="12" textAnchor="end" className="fill-slate-700">
            {day(last.date)}
          </text>
        ) : null}
      </svg>
      <details className="mt-2">
        <summary className="cursor-pointer">{t('tableSummary')}</summary>
        <div className="mt-2 overflow-x-auto">
          <table id="tidslinje-tabell" className="text-left text-sm">
            <caption className="sr-only">{t('caption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="px-3 py-1">{t('colDate')}</th>
                <th scope="col" className="px-3 py-1 text-right">{t('colSubmitted')}</th>
                <th scope="col" className="px-3 py-1 text-right">{t('colCumulative')}</th>
              </tr>
            </thead>
            <tbody>
              {timeline.days.map((d) => (
                <tr key={d.date} className="border-t border-slate-200">
                  <th scope="row" className="px-3 py-1 font-normal">{day(d.date)}</th>
                  <td className="px-3 py-1 text-right tabular-nums">{d.submitted}</td>
                  <td className="px-3 py-1 text-right tabular-nums">{d.cumulative}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
