import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { DevelopmentChoiceForm } from '@/components/screening/development-choice-form';
import { DevelopmentSparkline } from '@/components/screening/development-sparkline';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import type { Locale } from '@/i18n/config';
import { chooseDevelopmentAction } from '@/lib/actions/nominees-server';
import { formatDateTime, formatDecimal, formatNumber, formatPercent } from '@/lib/i18n/format';
import { loadDevelopment } from '@/lib/loaders/development';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('scrDev'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

export default async function DevelopmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [data, t, locale] = await Promise.all([loadDevelopment(Number(id)), getTranslations('scrDev'), getLocale() as Promise<Locale>]);
  const { cycle } = data;
  const num = (v: number | null, digits = 1) => formatDecimal(v, locale, digits);
  const signed = (v: number | null) => (v === null ? '–' : `${v > 0 ? '+' : ''}${num(v)}`);
  const heading = t('title', { cycle: cycle.name });
  if (cycle.mode !== 'key_figures') {
    return (
      <>
        <PageHeading>{heading}</PageHeading>
        <EmptyState title={t('openTitle')}>{t('openBody')}</EmptyState>
      </>
    );
  }
  const span = data.years.length ? `${data.years[0]}–${data.years[data.years.length - 1]}` : '';
  return (
    <>
      <PageHeading lead={t('lead')}>{heading}</PageHeading>
      <p className="mb-4">
        <Link href={`/arrangor/omgang/${cycle.id}/screening`}>{t('back')}</Link>
      </p>

      <section aria-labelledby="metod" className="mb-6 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="metod" className="text-xl font-semibold">
          {t('methodTitle')}
        </h2>
        <p className="mt-1 text-slate-700">{data.modelVersion ? t('methodVersion', { version: data.modelVersion }) : t('methodDraft')}</p>
        <ul className="mt-2 list-disc pl-6 text-slate-700">
          <li>{t('slope')}</li>
          <li>{t('up')}</li>
          <li>{t('agree')}</li>
          <li>{t('spread')}</li>
          <li>{t('score', { scale: formatNumber(data.spreadScale, locale), minYears: data.minYears })}</li>
        </ul>
        <p className="mt-2 text-slate-700">{t('mannKendall')}</p>
      </section>

      {data.top.length === 0 ? (
        <EmptyState title={t('emptyTitle')}>{t('emptyBody', { minYears: data.minYears })}</EmptyState>
      ) : (
        <section aria-labelledby="topp" className="mb-8">
          <h2 id="topp" className="text-xl font-semibold">
            {t('topTitle', { count: data.top.length, span, candidates: data.candidates })}
          </h2>
          {data.demo ? (
            <p className="mt-1">
              <Badge tone="warning">{t('demo')}</Badge>
            </p>
          ) : null}
          <div tabIndex={0} role="region" aria-label={t('caption')} className="mt-3 relative max-w-full overflow-x-auto">
            <table className="min-w-full text-left text-sm">
              <caption className="sr-only">{t('caption')}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-3">{t('colRank')}</th>
                  <th scope="col" className="py-2 pr-3">{t('colMunicipality')}</th>
                  <th scope="col" className="py-2 pr-3">{t('colTrend')}</th>
                  {data.years.map((y) => (
                    <th key={y} scope="col" className="py-2 pr-3 text-right">
                      {y}
                    </th>
                  ))}
                  <th scope="col" className="py-2 pr-3 text-right">{t('colSlope')}</th>
                  <th scope="col" className="py-2 pr-3 text-right">{t('colSteps')}</th>
                  <th scope="col" className="py-2 pr-3 text-right">{t('colAgree')}</th>
                  <th scope="col" className="py-2 pr-3 text-right">{t('colSpread')}</th>
                  <th scope="col" className="py-2 pr-3 text-right">{t('colScore')}</th>
                  <th scope="col" className="py-2 text-right">{t('colMannKendall')}</th>
                </tr>
              </thead>
              <tbody>
                {data.top.map((r) => (
                  <tr key={r.kommunkod} className="border-b border-slate-200">
                    <td className="py-1.5 pr-3 tabular-nums">{r.rank}</td>
                    <th scope="row" className="py-1.5 pr-3 font-medium">
                      <Link href={`/arrangor/nyckeltal/kommun/${r.kommunkod}`}>{r.namn}</Link>
                    </th>
                    <td className="py-1.5 pr-3">
                      <DevelopmentSparkline name={r.namn} years={data.years} values={r.composite} />
                    </td>
                    {r.composite.map((v, i) => (
                      <td key={data.years[i]} className="py-1.5 pr-3 text-right tabular-nums">
                        {num(v)}
                      </td>
                    ))}
                    <td className="py-1.5 pr-3 text-right tabular-nums">{signed(r.slope)}</td>
                    <td className="py-1.5 pr-3 text-right tabular-nums">{t('steps', { up: r.upSteps, total: r.steps })}</td>
                    <td className="py-1.5 pr-3 text-right tabular-nums">{r.positiveShare === null ? '–' : formatPercent(r.positiveShare, locale)}</td>
                    <td className="py-1.5 pr-3 text-right tabular-nums">{num(r.spread)}</td>
                    <td className="py-1.5 pr-3 text-right tabular-nums">{num(r.score, 2)}</td>
                    <td className="py-1.5 text-right tabular-nums">{num(r.mannKendallP, 2)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <section aria-labelledby="val" className="mb-8">
        <h2 id="val" className="text-xl font-semibold">
          {t('honourTitle')}
        </h2>
        {data.choice ? (
          <p className="mt-1 break-words">
            {t.rich('chosen', {
              name: data.choice.name,
              rank: data.choice.rank,
              date: formatDateTime(data.choice.chosenAt, locale),
              reason: data.choice.reason,
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
          </p>
        ) : (
          <p className="mt-1 text-slate-700">{t('none')}</p>
        )}
        {data.top.length > 0 && cycle.phase !== 'published' ? (
          <DevelopmentChoiceForm
            cycleId={cycle.id}
            candidates={data.top.map((r) => ({ kommunkod: r.kommunkod, namn: r.namn, rank: r.rank! }))}
            current={data.choice ? { kommunkod: data.choice.kommunkod, reason: data.choice.reason } : null}
            choose={chooseDevelopmentAction}
          />
        ) : null}
      </section>
    </>
  );
}
