import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { IndicatorsNav } from '@/components/indicators/indicators-nav';
import { KpiForm } from '@/components/indicators/kpi-form';
import { PageHeading } from '@/components/ui/page-heading';
import { loadKpiCatalogue } from '@/lib/loaders/indicators';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('orgIndicators.catalogue'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

export default async function KpiCataloguePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const [{ kpis }, t, tLabel] = await Promise.all([loadKpiCatalogue(), getTranslations('orgIndicators.catalogue'), getTranslations('orgLabels')]);
  const suggested = typeof params.nytt === 'string' && /^[A-Za-z]\d{5}$/.test(params.nytt) ? params.nytt.toUpperCase() : '';
  return (
    <>
      <PageHeading lead={t('lead')}>{t('title')}</PageHeading>
      <IndicatorsNav current="/arrangor/nyckeltal/katalog" />
      <div tabIndex={0} role="region" aria-label={t('caption')} className="relative max-w-full overflow-x-auto">
        <table className="min-w-full border-collapse bg-white text-left">
          <caption className="sr-only">{t('caption')}</caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="p-2">{t('id')}</th>
              <th scope="col" className="p-2">{t('name')}</th>
              <th scope="col" className="p-2">{t('unit')}</th>
              <th scope="col" className="p-2">{t('direction')}</th>
              <th scope="col" className="p-2">{t('component')}</th>
              <th scope="col" className="p-2">{t('values')}</th>
              <th scope="col" className="p-2"><span className="sr-only">{t('action')}</span></th>
            </tr>
          </thead>
          <tbody>
            {kpis.map((k) => (
              <tr key={k.id} className="border-b border-slate-200">
                <th scope="row" className="p-2 font-mono font-normal">{k.id}</th>
                <td className="p-2" lang="sv">
                  {k.name}
                </td>
                <td className="p-2">{k.unit}</td>
                <td className="p-2">{tLabel(`direction.${k.direction}`)}</td>
                <td className="p-2">{tLabel(`component.${k.component}`)}</td>
                <td className="p-2 tabular-nums">{k.values}</td>
                <td className="p-2">
                  <Link href={`/arrangor/nyckeltal/katalog/${k.id}`} aria-label={t('editLabel', { id: k.id, name: k.name })}>
                    {t('edit')}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="nytt" className="mt-8 max-w-xl">
        <h2 id="nytt" className="mb-3 text-xl font-semibold">
          {t('add')}
        </h2>
        <KpiForm mode="create" idPrefix="nytt-kpi" initial={{ id: suggested, name: '', unit: '', direction: 'higher', component: 'financial_strength' }} />
      </section>
    </>
  );
}
