import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { loadMyAssignments, PROGRESS_LABELS } from '@/lib/loaders/jury';
import { formatDateTime } from '@/lib/time';

export const metadata: Metadata = { title: 'Mina tilldelningar' };
export const dynamic = 'force-dynamic';

const TONE = { not_started: 'neutral', in_progress: 'warning', submitted: 'success' } as const;

export default async function JurorHome() {
  const { juror, assignments } = await loadMyAssignments();
  return (
    <>
      <PageHeading lead={`${juror.name}${juror.organisation ? `, ${juror.organisation}` : ''}. Här är kommunerna du ska bedöma.`}>
        Mina tilldelningar
      </PageHeading>
      {assignments.length === 0 ? (
        <EmptyState title="Inga tilldelningar ännu">
          Arrangören fördelar ansökningarna när granskningen börjar. Du får ett mejl när du har kommuner att bedöma.
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left">
            <caption className="sr-only">Dina tilldelade kommuner med framsteg och sista dag</caption>
            <thead className="bg-slate-100 text-sm">
              <tr>
                <th scope="col" className="px-4 py-2">Kommun</th>
                <th scope="col" className="px-4 py-2">Framsteg</th>
                <th scope="col" className="px-4 py-2">Status</th>
                <th scope="col" className="px-4 py-2">Sista dag</th>
              </tr>
            </thead>
            <tbody>
              {assignments.map((a) => (
                <tr key={a.nominationId} className="border-t border-slate-200">
                  <th scope="row" className="px-4 py-3 font-medium">
                    <Link href={`/jury/nominering/${a.nominationId}`}>{a.municipality}</Link>
                    <div className="text-sm font-normal text-slate-700">{a.county}</div>
                  </th>
                  <td className="px-4 py-3">
                    <span className="tabular-nums">
                      {a.scored} av {a.total} kriterier
                    </span>
                    <progress className="ml-2 align-middle" max={a.total || 1} value={a.scored} aria-label={`${a.municipality}: ${a.scored} av ${a.total} kriterier bedömda`} />
                  </td>
                  <td className="px-4 py-3">
                    <Badge tone={TONE[a.progress]}>{PROGRESS_LABELS[a.progress]}</Badge>
                  </td>
                  <td className="px-4 py-3">{formatDateTime(a.deadline)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
