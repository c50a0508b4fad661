import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatSize } from '@/components/kommun/format';
import { NominationResponse } from '@/components/kommun/nomination-response';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import type { Locale } from '@/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';
import { loadMyApplication } from '@/lib/loaders/kommun';
import { loadMyFeedbackLetters } from '@/lib/loaders/reports';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('kommunHome'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

export default async function MunicipalityHome() {
  const { municipality, applications } = await loadMyApplication();
  const [letters, t, tc, locale] = await Promise.all([
    loadMyFeedbackLetters(applications.map((a) => a.id)),
    getTranslations('kommunHome'),
    getTranslations('kommunCommon'),
    getLocale() as Promise<Locale>,
  ]);
  return (
    <>
      <PageHeading lead={t('lead')}>{t('title', { municipality })}</PageHeading>
      {applications.length === 0 ? (
        <EmptyState title={t('emptyTitle')}>{t('emptyBody')}</EmptyState>
      ) : (
        applications.map((a) => (
          <section key={a.id} aria-labelledby={`ansokan-${a.id}`} className="mb-6 rounded-lg border border-slate-200 bg-white p-5">
            <div className="flex flex-wrap items-center gap-2">
              <h2 id={`ansokan-${a.id}`} className="text-xl font-semibold">{a.cycleName}</h2>
              <Badge tone="info">{tc('statusBadge', { status: tc(`stages.${a.stage}`) })}</Badge>
              <Badge>{tc('phaseBadge', { phase: tc(`phases.${a.phase}`) })}</Badge>
            </div>
            {a.submittedAt ? <p className="mt-2 text-slate-700">{t('submitted', { when: formatDateTime(a.submittedAt, locale) })}</p> : null}
            <NominationResponse nominationId={a.id} />
            <p className="mt-2 flex flex-wrap gap-4">
              {a.awaitingResponse ? null : (
                <Link href={`/kommun/ansokan/${a.id}`} className="font-medium">
                  {a.submittedAt ? t('view') : t('fillIn')}
                  <span className="sr-only">{tc('forCycle', { cycle: a.cycleName })}</span>
                </Link>
              )}
              {a.submittedAt ? (
                <a href={`/api/kvitto/${a.id}`} className="font-medium">
                  {tc('downloadReceipt')}
                  <span className="sr-only">{tc('forCycle', { cycle: a.cycleName })}</span>
                </a>
              ) : null}
              {letters.has(a.id) ? (
                <a href={`/api/kommun/aterkoppling/${a.id}`} className="font-medium">
                  {t('downloadFeedback')}
                  <span className="sr-only">{tc('forCycle', { cycle: a.cycleName })}</span>
                </a>
              ) : null}
            </p>
            <h3 className="mt-4 font-semibold">{tc('documents')}</h3>
            {a.documents.length === 0 ? (
              <p className="mt-1 text-slate-700">{tc('noDocuments')}</p>
            ) : (
              <ul className="mt-2 space-y-1">
                {a.documents.map((d) => (
                  <li key={d.id}>
                    <span className="font-medium">{d.title}</span>{' '}
                    <span className="text-sm text-slate-700">
                      {t('pagesAndSize', { pages: d.pageCount ?? '?', size: formatSize(d.sizeBytes, locale) })}
                    </span>{' '}
                    {d.isDemo ? <Badge tone="warning">{t('demo')}</Badge> : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))
      )}
    </>
  );
}
