import type { Metadata } from 'next';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { loadInterviewOverview } from '@/lib/loaders/arrangor';
import { formatDate } from '@/lib/time';

export const metadata: Metadata = { title: 'Intervjuer' };
export const dynamic = 'force-dynamic';

/** The jurors' interview notes for each finalist, area by area, side by side. */
export default async function InterviewOverviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const data = await loadInterviewOverview(id);
  return (
    <>
      <PageHeading lead={`${data.cycle.name} · fas: ${data.cycle.phaseLabel}. Juryns anteckningar från intervjuerna med finalisterna, område för område.`}>
        Intervjuer
      </PageHeading>
      {data.finalists.length === 0 ? (
        <EmptyState title="Inga finalister ännu">Utse finalister på topplistan; deras intervjuanteckningar visas här när jurymedlemmarna har skrivit dem.</EmptyState>
      ) : (
        data.finalists.map((f) => (
          <section key={f.id} aria-labelledby={`finalist-${f.id}`} className="mb-10">
            <h2 id={`finalist-${f.id}`} className="text-xl font-semibold">
              {f.municipality}
            </h2>
            {f.jurors.length === 0 ? (
              <p className="mt-2 text-slate-700">Ingen jurymedlem har skrivit anteckningar ännu.</p>
            ) : (
              f.areas.map((a) => (
                <div key={a.id} className="mt-4">
                  <h3 className="font-semibold">{a.name}</h3>
                  {a.notes.length === 0 ? (
                    <p className="text-slate-700">Inga anteckningar för området.</p>
                  ) : (
                    <div role="region" aria-label={`${f.municipality}, ${a.name} (rullbar)`} tabIndex={0} className="overflow-x-auto">
                      <table className="mt-2 min-w-full text-left text-sm">
                        <caption className="sr-only">
                          {f.municipality}: anteckningar om {a.name}, en kolumn per jurymedlem
                        </caption>
                        <thead>
                          <tr className="border-b border-slate-300">
                            <th scope="col" className="w-40 py-2 pr-3">
                              <span className="sr-only">Uppgift</span>
                            </th>
                            {a.notes.map((n) => (
                              <th key={n.juror} scope="col" className="py-2 pr-3">
                                {n.juror}
                              </th>
                            ))}
                          </tr>
                        </thead>
                        <tbody className="align-top">
                          {(
                            [
                              ['Intervjuade', (n: (typeof a.notes)[number]) => n.roles || '–'],
                              ['Datum', (n: (typeof a.notes)[number]) => formatDate(n.date)],
                              ['Iakttagelser', (n: (typeof a.notes)[number]) => n.observations || '–'],
                              ['Styrkor', (n: (typeof a.notes)[number]) => n.strengths || '–'],
                              ['Farhågor', (n: (typeof a.notes)[number]) => n.concerns || '–'],
                              ['Poäng', (n: (typeof a.notes)[number]) => (n.score == null ? '–' : String(n.score))],
                            ] as const
                          ).map(([label, value]) => (
                            <tr key={label} className="border-b border-slate-200">
                              <th scope="row" className="py-2 pr-3 font-medium">
                                {label}
                              </th>
                              {a.notes.map((n) => (
                                <td key={n.juror} className="whitespace-pre-line py-2 pr-3">
                                  {value(n)}
                                </td>
                              ))}
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  )}
                </div>
              ))
            )}
          </section>
        ))
      )}
    </>
  );
}
