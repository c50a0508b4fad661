import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ImportForm } from '@/components/indicators/import-form';
import { IndicatorsNav } from '@/components/indicators/indicators-nav';
import { PageHeading } from '@/components/ui/page-heading';
import type { Locale } from '@/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';
import { loadImportPage } from '@/lib/loaders/indicators';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('orgIndicators.import'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

export default async function ImportPage() {
  const [data, t, locale] = await Promise.all([loadImportPage(), getTranslations('orgIndicators.import'), getLocale()]);
  return (
    <>
      <PageHeading lead={t('lead')}>{t('title')}</PageHeading>
      <IndicatorsNav current="/arrangor/nyckeltal/import" />
      <ImportForm maxMegabytes={data.maxMegabytes} />
      <section aria-labelledby="tidigare" className="mt-10">
        <h2 id="tidigare" className="text-xl font-semibold">
          {t('earlier')}
        </h2>
        {data.imports.length === 0 ? (
          <p className="mt-2 text-slate-700">{t('none')}</p>
        ) : (
          <div tabIndex={0} role="region" aria-label={t('earlier')} className="mt-2 relative max-w-full overflow-x-auto">
            <table className="min-w-full border-collapse bg-white text-left text-sm">
              <caption className="sr-only">{t('earlier')}</caption>
              <thead>
                <tr className="border-b-2 border-slate-300">
                  <th scope="col" className="p-2">{t('file')}</th>
                  <th scope="col" className="p-2">{t('format')}</th>
                  <th scope="col" className="p-2">{t('rows')}</th>
                  <th scope="col" className="p-2">{t('importedAt')}</th>
                  <th scope="col" className="p-2">{t('checksum')}</th>
                </tr>
              </thead>
              <tbody>
                {data.imports.map((i) => (
                  <tr key={i.id} className="border-b border-slate-200">
                    <th scope="row" className="p-2 font-normal">{i.filename}</th>
                    <td className="p-2">{i.format === 'csv' ? 'CSV' : 'Kolada-JSON'}</td>
                    <td className="p-2 tabular-nums">{i.rowCount}</td>
                    <td className="p-2">{formatDateTime(i.importedAtIso, locale as Locale)}</td>
                    <td className="p-2 font-mono text-xs">{i.sha256.slice(0, 16)}…</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
