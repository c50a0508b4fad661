import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AuditFilters } from '@/components/arrangor/audit/audit-filters';
import { AuditTable } from '@/components/arrangor/audit/audit-table';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { auditQuery, loadAuditLog } from '@/lib/loaders/audit';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('orgLog'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [log, t] = await Promise.all([searchParams.then(loadAuditLog), getTranslations('orgLog')]);
  const query = auditQuery(log.raw);
  return (
    <>
      <PageHeading lead={t('lead')}>{t('title')}</PageHeading>
      <AuditFilters raw={log.raw} errors={log.errors} people={log.people} kinds={log.kinds} />
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <p role="status">{log.total === 0 ? t('none') : t('showing', { first: log.firstIndex, last: log.lastIndex, total: log.total })}</p>
        <a href={`/api/arrangor/logg${query}`} download>
          {query ? t('downloadFiltered') : t('download')}
        </a>
      </div>
      {log.entries.length === 0 ? (
        <EmptyState title={t('emptyTitle')}>{t('emptyBody')}</EmptyState>
      ) : (
        <AuditTable entries={log.entries} />
      )}
      {log.pages > 1 ? (
        <nav aria-label={t('pagesNav')} className="mt-4 flex flex-wrap items-center gap-4">
          {log.page > 1 ? <Link href={`/arrangor/logg${auditQuery(log.raw, log.page - 1)}`}>{t('previous')}</Link> : null}
          <span>{t('pageOf', { page: log.page, pages: log.pages })}</span>
          {log.page < log.pages ? <Link href={`/arrangor/logg${auditQuery(log.raw, log.page + 1)}`}>{t('next')}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
