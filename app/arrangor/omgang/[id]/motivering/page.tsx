import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import type { Locale } from '@/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';
import { loadMotivationOverview } from '@/lib/loaders/motivation';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('cycleMotivation'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

/** The motivation drafts of a cycle: the winner and each finalist, with their latest and approved versions. */
export default async function MotivationOverviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [data, t, locale] = await Promise.all([loadMotivationOverview(id), getTranslations('cycleMotivation'), getLocale() as Promise<Locale>]);
  return (
    <>
      <PageHeading lead={t('lead', { name: data.cycle.name })}>{t('title')}</PageHeading>
      {data.refusal ? (
        <EmptyState title={t('refusedTitle')}>
          {data.refusal}
        </EmptyState>
      ) : data.rows.length === 0 ? (
        <EmptyState title={t('noFinalistsTitle')}>{t('noFinalistsBody')}</EmptyState>
      ) : (
        <div role="region" aria-label={t('tableRegion')} tabIndex={0} className="overflow-x-auto">
          <table className="w-full min-w-[36rem] border-collapse bg-white text-left text-sm">
            <caption className="p-2 text-left font-semibold">{data.hasDecision ? t('captionWinner') : t('captionFinalists')}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2">{t('municipality')}</th>
                <th scope="col" className="p-2">{t('drafts')}</th>
                <th scope="col" className="p-2">{t('latest')}</th>
                <th scope="col" className="p-2">{t('approved')}</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((r) => (
                <tr key={r.id} className="border-b border-slate-200">
                  <th scope="row" className="p-2 font-medium">
                    <Link href={`/arrangor/omgang/${data.cycle.id}/motivering/${r.id}`}>{r.municipality}</Link>{' '}
                    {r.winner ? <Badge tone="success">{t('winner')}</Badge> : <Badge>{t('finalist')}</Badge>}
                  </th>
                  <td className="p-2">{r.versions === 0 ? t('noDraft') : t('versions', { count: r.versions })}</td>
                  <td className="p-2">{r.latest ? t('latestSaved', { version: r.latest, at: formatDateTime(r.lastSavedIso, locale) }) : '–'}</td>
                  <td className="p-2">
                    {r.approved ? (
                      <Badge tone="success">{t('approvedVersion', { version: r.approved })}</Badge>
                    ) : (
                      <Badge tone="warning">{t('notApproved')}</Badge>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
