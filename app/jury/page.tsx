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
const PAGE_SIZE = 50;
const FILTERS = ['alla', 'not_started', 'in_progress', 'submitted'] as const;
type Filter = (typeof FILTERS)[number];

export default async function JurorHome({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { jav, status, sida } = await searchParams;
  const { juror, assignments } = await loadMyAssignments();
  const interviews = assignments.filter((a) => a.interviewsOpen);
  // A long list (a juror may have hundreds) is filtered by status and paged, 50 at a time.
  const filter: Filter = FILTERS.includes(status as Filter) ? (status as Filter) : 'alla';
  const shown = filter === 'alla' ? assignments : assignments.filter((a) => a.progress === filter);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, Number.parseInt(typeof sida === 'string' ? sida : '1', 10) || 1));
  const rows = shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const deadlines = [...new Set(assignments.map((a) => a.deadline))];
  const count = (f: Filter) => (f === 'alla' ? assignments.length : assignments.filter((a) => a.progress === f).length);
  const href = (f: Filter, p = 1) => `/jury?${new URLSearchParams({ ...(f !== 'alla' ? { status: f } : {}), ...(p > 1 ? { sida: String(p) } : {}) })}`;
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
      <p className="mb-4">
        <Link href="/jury/beslut">Beslutet</Link> – juryns beslut, när arrangören har delat det.
      </p>
      {assignments.length === 0 ? (
        <EmptyState title="Inga tilldelningar ännu">
          Arrangören fördelar ansökningarna när granskningen börjar. Du får ett mejl när du har kommuner att bedöma.
        </EmptyState>
      ) : (
        <>
          {deadlines.length === 1 ? <p className="mb-3">Sista dag för bedömning: <strong>{formatDateTime(deadlines[0])}</strong></p> : null}
          {assignments.length > PAGE_SIZE ? (
            <nav aria-label="Visa efter status" className="mb-3 flex flex-wrap gap-3 text-sm">
              {FILTERS.map((f) => (
                <Link key={f} href={href(f)} aria-current={f === filter ? 'page' : undefined} className={f === filter ? 'font-semibold' : undefined}>
                  {f === 'alla' ? 'Alla' : PROGRESS_LABELS[f]} ({count(f)})
                </Link>
              ))}
            </nav>
          ) : null}
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left">
            <caption className="sr-only">
              Dina tilldelade kommuner med framsteg och status{pages > 1 ? `, sida ${page} av ${pages}` : ''}
            </caption>
            <thead className="bg-slate-100 text-sm">
              <tr>
                <th scope="col" className="px-4 py-2">Kommun</th>
                <th scope="col" className="px-4 py-2">Framsteg</th>
                <th scope="col" className="px-4 py-2">Status</th>
                {deadlines.length > 1 ? <th scope="col" className="px-4 py-2">Sista dag för bedömning</th> : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <tr key={a.nominationId} className="border-t border-slate-200">
                  <th scope="row" className="px-4 py-3 font-medium">
                    {/* No prefetch: a list of up to 50 links would make the browser fetch 50 nomination pages on every visit. */}
                    <Link href={`/jury/nominering/${a.nominationId}`} prefetch={false}>
                      {a.municipality}
                    </Link>
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
                  {deadlines.length > 1 ? <td className="px-4 py-3">{formatDateTime(a.deadline)}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
          {pages > 1 ? (
            <nav aria-label="Sidor" className="mt-3 flex gap-4">
              {page > 1 ? <Link href={href(filter, page - 1)}>Föregående sida</Link> : null}
              <span className="text-slate-700">
                Sida {page} av {pages}
              </span>
              {page < pages ? <Link href={href(filter, page + 1)}>Nästa sida</Link> : null}
            </nav>
          ) : null}
        </>
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
