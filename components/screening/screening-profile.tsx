import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { svLang } from '@/components/arrangor/cycle/i18n';
import { STABILITY_CLASS_KEY, STABILITY_TONE, stabilityExplanation } from '@/components/screening/stability-text';
import { Badge } from '@/components/ui/badge';
import type { Locale } from '@/i18n/config';
import { formatDateTime, formatDecimal, formatPercent } from '@/lib/i18n/format';
import type { loadMunicipalityScreening } from '@/lib/loaders/nominees';

type Data = NonNullable<Awaited<ReturnType<typeof loadMunicipalityScreening>>>;

/** The municipality profile's screening part: rank, composite and components in the newest key-figure cycle, and the nomination. */
export function ScreeningProfile({ data }: { data: Data }) {
  const t = useTranslations('scrProfile');
  const tStab = useTranslations('scrStability');
  const locale = useLocale() as Locale;
  const sv = svLang(locale);
  const num = (v: number | null) => formatDecimal(v, locale, 1);
  const { run, nomination, cycle } = data;
  return (
    <section aria-labelledby="screening-rubrik" className="mb-8 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="screening-rubrik" className="text-xl font-semibold">
        {t('title', { cycle: cycle.name })}
      </h2>
      {!run ? (
        <p className="mt-1 text-slate-700">{t('noRun')}</p>
      ) : (
        <>
          <p className="mt-1 text-slate-700">
            {t('ran', { date: formatDateTime(run.createdAt, locale), years: run.years.join(', ') })}{' '}
            {run.rank === null ? (
              <strong>{t('insufficient', { coverage: formatPercent(run.coverage, locale) })}</strong>
            ) : (
              <>
                <strong>{t('rank', { rank: run.rank, ranked: run.ranked })}</strong>
                {t('rankRest', { composite: num(run.composite), coverage: formatPercent(run.coverage, locale) })}
              </>
            )}{' '}
            {run.isDemo ? <Badge tone="warning">{t('demo')}</Badge> : null}
          </p>
          <div tabIndex={0} role="region" aria-label={t('caption')} className="mt-3 relative max-w-full overflow-x-auto">
            <table className="text-sm">
              <caption className="sr-only">{t('caption')}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-1 pr-4 text-left">{t('colComponent')}</th>
                  <th scope="col" className="py-1 pr-4 text-right">{t('colIndex')}</th>
                  <th scope="col" className="py-1 text-right">{t('colTop')}</th>
                </tr>
              </thead>
              <tbody>
                {run.components.map((c) => (
                  <tr key={c.name} className="border-b border-slate-200">
                    <th scope="row" className="py-1 pr-4 text-left font-normal" lang={sv}>{c.name}</th>
                    <td className="py-1 pr-4 text-right tabular-nums">{num(c.index)}</td>
                    <td className="py-1 text-right tabular-nums">{c.top === null ? '–' : formatPercent(Math.max(0.01, c.top), locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {run.stability ? (
            <p className="mt-2">
              {t('stability', { topN: run.topN })} <Badge tone={STABILITY_TONE[run.stability.classification]}>{tStab(`class.${STABILITY_CLASS_KEY[run.stability.classification]}`)}</Badge>{' '}
              {run.stability.leaveOut ? stabilityExplanation(tStab, run.topN, run.stability, sv) : <span lang={sv}>{run.stability.explanation}</span>}
            </p>
          ) : null}
        </>
      )}
      <p className="mt-3 break-words">
        {t('nomination')}{' '}
        {nomination ? (
          <>
            <Badge tone="info">{t(`state.${nomination.state}`)}</Badge>
            {nomination.respondedAt ? ` ${formatDateTime(nomination.respondedAt, locale)}` : nomination.lastInvitedAt ? ` ${t('lastSent', { date: formatDateTime(nomination.lastInvitedAt, locale) })}` : ''}
            {nomination.reason ? <span className="block text-slate-700">
                {t('reason')} <span lang={sv}>{nomination.reason}</span>
              </span> : null}
          </>
        ) : (
          t('notNominated')
        )}{' '}
        <Link href={`/arrangor/omgang/${cycle.id}/nominerade`}>{t('toNominees')}</Link>
      </p>
    </section>
  );
}
