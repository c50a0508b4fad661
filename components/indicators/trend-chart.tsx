import { useTranslations } from 'next-intl';
import type { SeriesPoint } from '@/lib/loaders/indicators';
import { useIndicatorFormat } from './format';

const W = 320;
const H = 150;
const PAD = { left: 44, right: 18, top: 10, bottom: 24 };

type Props = { id: string; name: string; unit: string; series: SeriesPoint[]; groupLabel: string };

/**
 * A small chart of one KPI over the years: the municipality's values (filled dots
 * for imported values, hollow for demo values; a gap where a value is missing),
 * the national median (dashed) and the reference set's quartiles (shaded band).
 * The same numbers follow in a table for screen readers and keyboard users.
 */
export function TrendChart({ id, name, unit, series, groupLabel }: Props) {
  const f = useIndicatorFormat();
  const t = useTranslations('orgIndicators.chart');
  const formatValue = f.value;
  const formatIndex = f.index;
  const numbers = series.flatMap((p) => [p.value, p.nationalMedian, p.q1, p.q3]).filter((v): v is number => v !== null && Number.isFinite(v));
  const hasAny = series.some((p) => p.value !== null);
  let lo = numbers.length ? Math.min(...numbers) : 0;
  let hi = numbers.length ? Math.max(...numbers) : 1;
  if (hi === lo) {
    hi += 1;
    lo -= 1;
  }
  const span = hi - lo;
  lo -= span * 0.05;
  hi += span * 0.05;
  const n = series.length;
  const x = (i: number) => PAD.left + (n <= 1 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (n - 1));
  const y = (v: number) => PAD.top + ((hi - v) * (H - PAD.top - PAD.bottom)) / (hi - lo);

  const band = series.map((p, i) => ({ i, p })).filter(({ p }) => p.q1 !== null && p.q3 !== null);
  const bandPath =
    band.length > 1
      ? `M${band.map(({ i, p }) => `${x(i)},${y(p.q3!)}`).join(' L')} L${[...band].reverse().map(({ i, p }) => `${x(i)},${y(p.q1!)}`).join(' L')} Z`
      : null;
  const medianPts = series.map((p, i) => (p.nationalMedian === null ? null : `${x(i)},${y(p.nationalMedian)}`)).filter(Boolean);
  // the own line is broken where a value is missing
  const segments: string[][] = [];
  let current: string[] = [];
  series.forEach((p, i) => {
    if (p.value === null) {
      if (current.length) segments.push(current);
      current = [];
    } else current.push(`${x(i)},${y(p.value)}`);
  });
  if (current.length) segments.push(current);

  const own = series.filter((p) => p.value !== null);
  const summary = hasAny
    ? t('values', { list: own.map((p) => `${p.year}: ${formatValue(p.value)}`).join(', '), missing: series.filter((p) => p.value === null).map((p) => p.year).join(', ') || f.t('noYears') })
    : f.t('municipality.noValues');

  return (
    <figure className="mt-2">
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" style={{ maxWidth: W }} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="block">
        <title id={`${id}-title`}>{t('title', { name, unit })}</title>
        <desc id={`${id}-desc`}>{t('desc', { summary, group: groupLabel })}</desc>
        <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} stroke="#64748b" />
        <text x={PAD.left - 4} y={y(hi) + 8} textAnchor="end" fontSize="10" fill="#334155">
          {formatValue(Number(hi.toPrecision(3)))}
        </text>
        <text x={PAD.left - 4} y={y(lo)} textAnchor="end" fontSize="10" fill="#334155">
          {formatValue(Number(lo.toPrecision(3)))}
        </text>
        {series.map((p, i) => (
          <text key={p.year} x={x(i)} y={H - 8} textAnchor="middle" fontSize="10" fill="#334155">
            {p.year}
          </text>
        ))}
        {bandPath ? <path d={bandPath} fill="#d6e7f5" stroke="none" /> : null}
        {medianPts.length > 1 ? <polyline points={medianPts.join(' ')} fill="none" stroke="#475569" strokeWidth="1.5" strokeDasharray="4 3" /> : null}
        {segments.map((s, i) =>
          s.length > 1 ? <polyline key={i} points={s.join(' ')} fill="none" stroke="#0b4f86" strokeWidth="2" /> : null,
        )}
        {series.map((p, i) =>
          p.value === null ? null : (
            <circle key={p.year} cx={x(i)} cy={y(p.value)} r="3.5" fill={p.isDemo ? '#ffffff' : '#0b4f86'} stroke="#0b4f86" strokeWidth="1.5" />
          ),
        )}
      </svg>
      <figcaption className="text-sm text-slate-700">
        {t('caption', { group: groupLabel.toLowerCase() })}
      </figcaption>
      <details className="mt-1">
        <summary className="cursor-pointer text-sm text-brand-700 underline">{t('showTable', { name })}</summary>
        <div tabIndex={0} role="region" aria-label={t('tableCaption', { name, unit })} className="relative max-w-full overflow-x-auto">
          <table className="mt-2 min-w-full text-sm">
            <caption className="sr-only">{t('tableCaption', { name, unit })}</caption>
            <thead>
              <tr className="text-left">
                <th scope="col" className="pr-3">{t('year')}</th>
                <th scope="col" className="pr-3">{t('value', { unit })}</th>
                <th scope="col" className="pr-3">{t('percentile')}</th>
                <th scope="col" className="pr-3">{t('median')}</th>
                <th scope="col" className="pr-3">{t('quartiles')}</th>
                <th scope="col">{t('source')}</th>
              </tr>
            </thead>
            <tbody>
              {series.map((p) => (
                <tr key={p.year} className="border-t border-slate-200">
                  <th scope="row" className="pr-3 font-normal">{p.year}</th>
                  <td className="pr-3 tabular-nums">{formatValue(p.value)}</td>
                  <td className="pr-3 tabular-nums">{formatIndex(p.percentile)}</td>
                  <td className="pr-3 tabular-nums">{formatValue(p.nationalMedian)}</td>
                  <td className="pr-3 tabular-nums">{p.q1 === null ? f.t('missing') : `${formatValue(p.q1)}–${formatValue(p.q3)}`}</td>
                  <td lang="sv">{p.source ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
