import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ComparisonGroupForm } from '@/components/indicators/comparison-group-form';
import { IndexValue, TrendValue } from '@/components/indicators/index-cell';
import { IndicatorsNav } from '@/components/indicators/indicators-nav';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { loadIndexTable } from '@/lib/loaders/indicators';
import { comparisonGroupOf } from '@/lib/validation/indicator-labels';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('orgIndicators.index'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

export default async function IndicatorIndexPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const group = comparisonGroupOf(params.jamforelse);
  const chosen = typeof params.omgang === 'string' ? Number.parseInt(params.omgang, 10) : undefined;
  const [data, t, tAll, tLabel] = await Promise.all([loadIndexTable(group, chosen), getTranslations('orgIndicators.index'), getTranslations('orgIndicators'), getTranslations('orgLabels')]);
  const windowText = (years: number[]) => (years.length ? `${years[0]}–${years[years.length - 1]}` : tAll('noYears'));
  return (
    <>
      <PageHeading lead={t('lead')}>{t('title')}</PageHeading>
      <IndicatorsNav current="/arrangor/nyckeltal" />
      <ComparisonGroupForm action="/arrangor/nyckeltal" group={group} cycles={data.cycles} cycleId={data.cycle?.id} />
      {!data.cycle ? (
        <EmptyState title={t('noCycleTitle')}>{t('noCycleBody')}</EmptyState>
      ) : data.rows.length === 0 ? (
        <EmptyState title={t('noNominationsTitle')}>{t('noNominationsBody', { cycle: data.cycle.name })}</EmptyState>
      ) : (
        <section aria-labelledby="jamforelse-rubrik">
          <h2 id="jamforelse-rubrik" className="text-xl font-semibold">
            {t('comparison', { cycle: data.cycle.name, group: tLabel(`comparison.${data.group}`).toLowerCase() })}
          </h2>
          {!data.hasValues ? (
            <p className="mt-2">
              {t.rich('noValues', { link: (chunks) => <Link href="/arrangor/nyckeltal/import">{chunks}</Link> })}
            </p>
          ) : null}
          <p className="mt-2 text-slate-700">
            {t('explanation', { financial: windowText(data.windows.financial_strength), service: windowText(data.windows.service_quality) })}
          </p>
          <div tabIndex={0} role="region" aria-label={t('caption')} className="mt-4 relative max-w-full overflow-x-auto">
            <table className="min-w-full border-collapse bg-white text-left">
              <caption className="sr-only">{t('caption')}</caption>
              <thead>
                <tr className="border-b-2 border-slate-300">
                  <th scope="col" className="p-2">{t('municipality')}</th>
                  <th scope="col" className="p-2">{t('financial')}</th>
                  <th scope="col" className="p-2">{t('trend')}</th>
                  <th scope="col" className="p-2">{t('service')}</th>
                  <th scope="col" className="p-2">{t('trend')}</th>
                  <th scope="col" className="p-2">{t('source')}</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((r) => (
                  <tr key={r.nominationId} className="border-b border-slate-200">
                    <th scope="row" className="p-2 font-normal">
                      <Link href={`/arrangor/nyckeltal/kommun/${r.kommunkod}?jamforelse=${group}`}>{r.name}</Link>
                      <span className="block text-sm text-slate-700">{r.county}</span>
                    </th>
                    {r.components.map((c) => [
                      <td key={`${c.component}-i`} className="p-2">
                        <IndexValue summary={c} />
                      </td>,
                      <td key={`${c.component}-t`} className="p-2">
                        <TrendValue summary={c} />
                      </td>,
                    ])}
                    <td className="p-2">
                      {r.demo.total === 0 ? (
                        <span className="text-slate-700">{t('noValuesCell')}</span>
                      ) : r.demo.demo > 0 ? (
                        <Badge tone="warning">{t('demoValues', { demo: r.demo.demo, total: r.demo.total })}</Badge>
                      ) : (
                        <Badge tone="success">{t('imported')}</Badge>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {data.excluded.length > 0 ? (
            <div className="mt-4">
              <h3 className="font-semibold">{t('excludedTitle')}</h3>
              <p className="text-slate-700">{t('excludedBody')}</p>
              <ul className="list-disc pl-5">
                {data.excluded.map((e) => (
                  <li key={`${e.kpi}-${e.year}`}>
                    {t('excludedItem', { kpi: e.kpi, year: String(e.year), component: tLabel(`component.${e.component}`), reporting: e.reporting, value: e.value })}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </section>
      )}
    </>
  );
}
