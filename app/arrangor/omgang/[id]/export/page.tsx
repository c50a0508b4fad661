import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PressQuoteForm } from '@/components/reports/press-quote-form';
import { ReleaseLettersForm } from '@/components/reports/release-letters-form';
import { PageHeading } from '@/components/ui/page-heading';
import type { Locale } from '@/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';
import { loadExportPage } from '@/lib/loaders/reports';
import { releaseLettersAction, savePressQuoteAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('cycleExport'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

/** The organiser's reports (jury report, press release), the feedback letters' release, and the data exports. */
export default async function ExportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [data, t, tc, tPhase, locale] = await Promise.all([
    loadExportPage(Number(id)),
    getTranslations('cycleExport'),
    getTranslations('cycleCommon'),
    getTranslations('phases'),
    getLocale() as Promise<Locale>,
  ]);
  return (
    <>
      <PageHeading lead={`${tc('phaseLead', { name: data.cycle.name, phase: tPhase(data.cycle.phase) })} ${t('lead')}`}>{t('title')}</PageHeading>

      <section aria-labelledby="rapporter" className="mb-8">
        <h2 id="rapporter" className="text-xl font-semibold">{t('reportsTitle')}</h2>
        <ul className="mt-2 space-y-2">
          <li>
            <a href={data.links.juryReport} className="font-medium">{t('juryReport')}</a>
            <span className="block text-sm text-slate-700">{t('juryReportHint')}</span>
          </li>
          <li>
            {data.hasDecision ? (
              <a href={data.links.pressRelease} className="font-medium">{t('pressRelease')}</a>
            ) : (
              <span className="font-medium text-slate-700">{t('pressReleaseLater')}</span>
            )}
            <span className="block text-sm text-slate-700">{t('pressReleaseHint')}</span>
          </li>
        </ul>
      </section>

      <section aria-labelledby="citat" className="mb-8">
        <h2 id="citat" className="text-xl font-semibold">{t('quoteTitle')}</h2>
        <PressQuoteForm cycleId={data.cycle.id} initial={data.quote} save={savePressQuoteAction} />
      </section>

      <section aria-labelledby="aterkoppling" className="mb-8">
        <h2 id="aterkoppling" className="text-xl font-semibold">{t('lettersTitle')}</h2>
        <p className="mt-1 mb-3 max-w-2xl text-slate-700">
          {data.cycle.embargoIso ? t('lettersLeadEmbargo', { at: formatDateTime(data.cycle.embargoIso, locale) }) : t('lettersLead')}
          {data.isPublic ? ` ${t('isPublic')}` : ` ${t('notPublic')}`}
        </p>
        <ReleaseLettersForm cycleId={data.cycle.id} released={data.lettersReleased} setReleased={releaseLettersAction} />
      </section>

      <section aria-labelledby="export" className="mb-8">
        <h2 id="export" className="text-xl font-semibold">{t('dataTitle')}</h2>
        <p className="mt-1 max-w-2xl text-slate-700">{t('dataLead')}</p>
        <div role="region" aria-label={t('dataRegion')} tabIndex={0} className="relative mt-3 overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">{t('dataCaption')}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-4">{t('colData')}</th>
                <th scope="col" className="py-2 pr-4">{t('colContents')}</th>
                <th scope="col" className="py-2 pr-4">{t('colDownload')}</th>
              </tr>
            </thead>
            <tbody>
              {data.datasets.map((d) => {
                const label = t(`datasets.${d.key}.label`);
                return (
                  <tr key={d.key} className="border-b border-slate-200 align-top">
                    <th scope="row" className="py-2 pr-4 font-medium">{label}</th>
                    <td className="py-2 pr-4 text-slate-700">{t(`datasets.${d.key}.description`)}</td>
                    <td className="py-2 pr-4 whitespace-nowrap">
                      <a href={d.csv}>CSV<span className="sr-only">: {label}</span></a>
                      {' · '}
                      <a href={d.json}>JSON<span className="sr-only">: {label}</span></a>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
