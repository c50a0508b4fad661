import type { Metadata } from 'next';
import { ReopenApplicationForm } from '@/components/arrangor/applications/reopen-application-form';
import { RequiredDocumentsForm } from '@/components/arrangor/applications/required-documents-form';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { loadCycleApplications } from '@/lib/loaders/applications-admin';
import { formatDateTime } from '@/lib/time';

export const metadata: Metadata = { title: 'Ansökningar' };
export const dynamic = 'force-dynamic';

/** The organiser's list of a cycle's applications, with receipts and reopening of a submitted one. */
export default async function ApplicationsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { cycle, applications, counts, canReopen, requiredDocumentTypes, requirementsEditable } = await loadCycleApplications(id);
  return (
    <>
      <PageHeading lead={`${counts.submitted} av ${counts.total} ansökningar är inskickade.`}>Ansökningar</PageHeading>
      <RequiredDocumentsForm cycleId={cycle.id} initial={requiredDocumentTypes} editable={requirementsEditable} />
      {canReopen ? null : (
        <p className="mb-4 text-slate-700">En inskickad ansökan kan öppnas igen bara medan ansökan är öppen.</p>
      )}
      {applications.length === 0 ? (
        <EmptyState title="Inga ansökningar ännu">När kommunerna anmäler sig eller bjuds in syns deras ansökningar här.</EmptyState>
      ) : (
        <div role="region" aria-label="Ansökningar (rullbar)" tabIndex={0} className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm">
            <caption className="sr-only">Omgångens ansökningar</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2">Kommun</th>
                <th scope="col" className="p-2">Status</th>
                <th scope="col" className="p-2">Inskickad</th>
                <th scope="col" className="p-2 text-right">Dokument</th>
                <th scope="col" className="p-2">Kvitto</th>
                {canReopen ? <th scope="col" className="p-2">Åtgärd</th> : null}
              </tr>
            </thead>
            <tbody>
              {applications.map((a) => (
                <tr key={a.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="p-2 font-medium">
                    {a.municipality} <span className="font-normal text-slate-700">({a.county})</span>
                  </th>
                  <td className="p-2">{a.statusLabel}</td>
                  <td className="p-2">{a.submittedAt ? formatDateTime(a.submittedAt) : '–'}</td>
                  <td className="p-2 text-right tabular-nums">{a.documents}</td>
                  <td className="p-2">
                    {a.submittedAt ? (
                      <a href={`/api/kvitto/${a.id}`}>
                        PDF<span className="sr-only">, kvitto för {a.municipality}</span>
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
