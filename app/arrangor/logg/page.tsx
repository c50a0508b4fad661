import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditFilters } from '@/components/arrangor/audit/audit-filters';
import { AuditTable } from '@/components/arrangor/audit/audit-table';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { auditQuery, loadAuditLog } from '@/lib/loaders/audit';

export const metadata: Metadata = { title: 'Logg' };
export const dynamic = 'force-dynamic';

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const log = await loadAuditLog(await searchParams);
  const query = auditQuery(log.raw);
  return (
    <>
      <PageHeading lead="Allt som ändrats: vem, när, vad, före och efter. Posterna kan inte ändras eller tas bort.">Logg</PageHeading>
      <AuditFilters raw={log.raw} errors={log.errors} people={log.people} kinds={log.kinds} />
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <p role="status">{log.total === 0 ? 'Inga poster.' : `Visar ${log.firstIndex}–${log.lastIndex} av ${log.total} poster.`}</p>
        <a href={`/api/arrangor/logg${query}`} download>
          Ladda ner som CSV{query ? ' (med filtret)' : ''}
        </a>
      </div>
      {log.entries.length === 0 ? (
        <EmptyState title="Inga poster">Inga poster matchar filtret. Ändra filtret eller rensa det.</EmptyState>
      ) : (
        <AuditTable entries={log.entries} />
      )}
      {log.pages > 1 ? (
        <nav aria-label="Sidor i loggen" className="mt-4 flex flex-wrap items-center gap-4">
          {log.page > 1 ? <Link href={`/arrangor/logg${auditQuery(log.raw, log.page - 1)}`}>← Föregående sida</Link> : null}
          <span>
            Sida {log.page} av {log.pages}
          </span>
          {log.page < log.pages ? <Link href={`/arrangor/logg${auditQuery(log.raw, log.page + 1)}`}>Nästa sida →</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
