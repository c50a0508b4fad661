import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ReopenApplicationForm } from '@/components/arrangor/applications/reopen-application-form';
import { RequiredDocumentsForm } from '@/components/arrangor/applications/required-documents-form';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import type { Locale } from '@/i18n/config';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import { loadCycleApplications } from '@/lib/loaders/applications-admin';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('cycleApplications'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

/** The organiser's list of a cycle's applications, with receipts and reopening of a submitted one. */
export default async function ApplicationsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [{ cycle, applications, counts, canReopen, requiredDocumentTypes, requirementsEditable }, t, locale] = await Promise.all([
    loadCycleApplications(id),
    getTranslations('cycleApplications'),
    getLocale() as Promise<Locale>,
  ]);
  return (
    <>
      <PageHeading lead={t('lead', { submitted: counts.submitted, total: counts.total })}>{t('title')}</PageHeading>
      <RequiredDocumentsForm cycleId={cycle.id} initial={requiredDocumentTypes} editable={requirementsEditable} />
      {canReopen ? null : <p className="mb-4 text-slate-700">{t('reopenOnlyOpen')}</p>}
      {applications.length === 0 ? (
        <EmptyState title={t('emptyTitle')}>{t('emptyBody')}</EmptyState>
      ) : (
        <div role="region" aria-label={t('tableRegion')} tabIndex={0} className="relative overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm">
            <caption className="sr-only">{t('caption')}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2">{t('municipality')}</th>
                <th scope="col" className="p-2">{t('status')}</th>
                <th scope="col" className="p-2">{t('submitted')}</th>
                <th scope="col" className="p-2 text-right">{t('documents')}</th>
                <th scope="col" className="p-2">{t('receipt')}</th>
                {canReopen ? <th scope="col" className="p-2">{t('action')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {applications.map((a) => (
                <tr key={a.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="p-2 font-medium">
                    {a.municipality} <span className="font-normal text-slate-700">({a.county})</span>
                  </th>
                  <td className="p-2">{t(`stages.${a.stage}`)}</td>
                  <td className="p-2">{a.submittedAt ? formatDateTime(a.submittedAt, locale) : '–'}</td>
                  <td className="p-2 text-right tabular-nums">{formatNumber(a.documents, locale)}</td>
                  <td className="p-2">
                    {a.submittedAt ? (
                      <a href={`/api/kvitto/${a.id}`}>
                        PDF<span className="sr-only">{t('receiptFor', { municipality: a.municipality })}</span>
                      </a>
                    ) : (
                      '–'
                    )}
                  </td>
                  {canReopen ? <td className="p-2">{a.reopenable ? <ReopenApplicationForm nominationId={a.id} municipality={a.municipality} /> : null}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
