import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/config';
import { buildOwnDistributionChart, type OwnDistributionInput } from '@/lib/domain/own-distribution-chart';
import { formatDecimal } from '@/lib/i18n/format';

/**
 * A juror's own scores per scale value as bars, against the scale's middle (dashed)
 * and the juror's mean (solid), drawn on the server. Colours come from the theme's
 * variables (brand, amber, slate), so the chart turns over with dark mode. The same
 * numbers are in the table `tableId` names, which describes the chart.
 */
export async function OwnScoreChart({ id, tableId, profile }: { id: string; tableId: string; profile: OwnDistributionInput }) {
  const [t, locale] = await Promise.all([getTranslations('juryChart'), getLocale() as Promise<Locale>]);
  const chart = buildOwnDistributionChart(profile);
  const fmt = (n: number) => formatDecimal(n, locale, Number.isInteger(n) ? 0 : 1);
  const values = profile.counts.map((c) => t('barValue', { value: c.value, count: c.count })).join(', ');
  const description = [
    t('descBars', { values }),
    t('descMiddle', { middle: fmt(profile.middle) }),
    profile.mean === null ? t('descNoMean') : t('descMean', { mean: fmt(profile.mean) }),
  ].join(' ');
  return (
    <figure className="mt-3 max-w-lg">
      <svg
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc ${tableId}`}
        className="block text-slate-700"
        data-testid="own-score-chart"
      >
        <title id={`${id}-title`}>{t('title')}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {chart.bars.map((b) => (
          <g key={b.value}>
            <rect x={b.x} y={b.y} width={b.width} height={b.height} rx="2" className="fill-brand-700" />
            <text x={b.centre} y={b.y - 5} textAnchor="middle" fontSize="12" className="fill-slate-900 tabular-nums">
              {b.count}
            </text>
            <text x={b.centre} y={chart.baseline + 16} textAnchor="middle" fontSize="12" className="fill-slate-700">
              {b.value}
            </text>
          </g>
        ))}
        <line x1={chart.bars[0]?.x ?? 0} x2={(chart.bars.at(-1)?.x ?? 0) + (chart.bars.at(-1)?.width ?? 0)} y1={chart.baseline} y2={chart.baseline} className="stroke-slate-500" />
        <line x1={chart.middleX} x2={chart.middleX} y1={chart.top - 14} y2={chart.baseline} strokeWidth="2" strokeDasharray="5 4" className="stroke-amber-700" />
        {chart.meanX === null ? null : <line x1={chart.meanX} x2={chart.meanX} y1={chart.top - 14} y2={chart.baseline} strokeWidth="2.5" className="stroke-slate-900" />}
      </svg>
      <figcaption className="mt-1 flex flex-wrap gap-x-4 text-sm text-slate-700">
        <span>
          <svg width="22" height="10" aria-hidden="true" className="mr-1 inline-block align-middle">
            <line x1="0" x2="22" y1="5" y2="5" strokeWidth="2" strokeDasharray="5 4" className="stroke-amber-700" />
          </svg>
          {t('legendMiddle', { middle: fmt(profile.middle) })}
        </span>
        {profile.mean === null ? null : (
          <span>
            <svg width="22" height="10" aria-hidden="true" className="mr-1 inline-block align-middle">
              <line x1="0" x2="22" y1="5" y2="5" strokeWidth="2.5" className="stroke-slate-900" />
            </svg>
            {t('legendMean', { mean: fmt(profile.mean) })}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
