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

export default async function JurorHome({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { jav } = await searchParams;
  const { juror, assignments } = await loadMyAssignments();
  const interviews = assignments.filter((a) => a.interviewsOpen);
  return (
    <>
      <PageHeading lead={`${juror.name}${juror.organisation ? `, ${juror.organisation}` : ''}. Här är kommunerna du ska bedöma.`}>
        Mina tilldelningar
      </PageHeading>
      {jav === 'anmalt' ? (
        <p role="status" className="mb-4 rounded border-2 border-green-700 bg-green-50 p-3">
          Jävet är anmält. Kommunen är borttagen från din lista och arrangören har fått besked.
        </p>
      ) : null}
      <p className="mb-4">
        <Link href="/jury/mina-poang">Mina poäng</Link> – se om du bedömer generöst eller strängt jämfört med skalans mitt.
      </p>
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
                <th scope="col" className="px-4 py-2">Sista dag för bedömning</th>
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
      {interviews.length > 0 ? (
        <section aria-labelledby="intervjuer" className="mt-8">
          <h2 id="intervjuer" className="text-lg font-semibold">
            Intervjuer med finalister
          </h2>
          <ul className="mt-2 list-disc pl-5">
            {interviews.map((a) => (
              <li key={a.nominationId}>
                <Link href={`/jury/nominering/${a.nominationId}/intervju`}>Intervjuanteckningar: {a.municipality}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
