import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { loadMotivationOverview } from '@/lib/loaders/motivation';

export const metadata: Metadata = { title: 'Motivering' };
export const dynamic = 'force-dynamic';

/** The motivation drafts of a cycle: the winner and each finalist, with their latest and approved versions. */
export default async function MotivationOverviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const data = await loadMotivationOverview(id);
  return (
    <>
      <PageHeading lead={`${data.cycle.name}: juryns motivering för vinnaren och varje finalist. Varje mening bygger på underlag; den godkända versionen är den som publiceras.`}>
        Motivering
      </PageHeading>
      {data.refusal ? (
        <EmptyState title="Inga motiveringar ännu">{data.refusal}</EmptyState>
      ) : data.rows.length === 0 ? (
        <EmptyState title="Inga finalister">Utse finalister på topplistan; därefter kan motiveringar skrivas för dem.</EmptyState>
      ) : (
        <div role="region" aria-label="Motiveringar (rullbar)" tabIndex={0} className="overflow-x-auto">
          <table className="w-full min-w-[36rem] border-collapse bg-white text-left text-sm">
            <caption className="p-2 text-left font-semibold">
              Motiveringar för {data.hasDecision ? 'vinnaren och finalisterna' : 'finalisterna'}
            </caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2">Kommun</th>
                <th scope="col" className="p-2">Utkast</th>
                <th scope="col" className="p-2">Senaste version</th>
                <th scope="col" className="p-2">Godkänd</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((r) => (
                <tr key={r.id} className="border-b border-slate-200">
                  <th scope="row" className="p-2 font-medium">
                    <Link href={`/arrangor/omgang/${data.cycle.id}/motivering/${r.id}`}>{r.municipality}</Link>{' '}
                    {r.winner ? <Badge tone="success">Vinnare</Badge> : <Badge>Finalist</Badge>}
                  </th>
                  <td className="p-2">{r.versions === 0 ? 'Inget utkast ännu' : `${r.versions} ${r.versions === 1 ? 'version' : 'versioner'}`}</td>
                  <td className="p-2">{r.latest ? `Version ${r.latest}, sparad ${r.lastSavedAt}` : '–'}</td>
                  <td className="p-2">
                    {r.approved ? (
                      <Badge tone="success">Version {r.approved} godkänd</Badge>
                    ) : (
                      <Badge tone="warning">Inte godkänd</Badge>
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
