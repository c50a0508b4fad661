import type { Metadata } from 'next';
import { RecordConflictForm } from '@/components/conflicts/conflict-forms';
import { RemoveConflictButton } from '@/components/conflicts/remove-conflict-button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { loadConflictsPage } from '@/lib/loaders/people';
import { formatDateTime } from '@/lib/time';

export const metadata: Metadata = { title: 'Jäv' };
export const dynamic = 'force-dynamic';

export default async function ConflictsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { cycle, conflicts, jurors, municipalities } = await loadConflictsPage(Number(id));
  return (
    <>
      <PageHeading lead={`${cycle.name} · fas: ${cycle.phaseLabel}. Ett jäv är absolut: ingen tilldelning, ingen åtkomst till ansökan och ingen del i resultatet.`}>
        Jäv
      </PageHeading>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="registrerade-jav">
          <h2 id="registrerade-jav" className="mb-2 text-xl font-semibold">
            Registrerade jäv ({conflicts.length})
          </h2>
          {conflicts.length === 0 ? (
            <EmptyState title="Inga jäv registrerade">Jurymedlemmarna anmäler jäv från sin profil; du kan också registrera dem här.</EmptyState>
          ) : (
            <div role="region" aria-label="Registrerade jäv (rullbar)" tabIndex={0} className="overflow-x-auto">
              <table className="w-full border-collapse bg-white text-left text-sm">
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className="p-2">Jurymedlem</th>
                    <th scope="col" className="p-2">Kommun</th>
                    <th scope="col" className="p-2">Skäl</th>
                    <th scope="col" className="p-2">Registrerat av</th>
                    <th scope="col" className="p-2">Åtgärd</th>
                  </tr>
                </thead>
                <tbody>
                  {conflicts.map((c) => (
                    <tr key={c.id} className="border-b border-slate-200 align-top">
                      <td className="p-2">
                        {c.juror}
                        {c.organisation ? <span className="block text-slate-700">{c.organisation}</span> : null}
                      </td>
                      <td className="p-2">
                        {c.municipality} ({c.kommunkod})
                      </td>
                      <td className="p-2">{c.reason}</td>
                      <td className="p-2">
                        {c.declaredBy}
                        <span className="block text-slate-700">{formatDateTime(c.createdAt)}</span>
                      </td>
                      <td className="p-2">
                        <RemoveConflictButton conflictId={c.id} label={`${c.juror} – ${c.municipality}`} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <div>
          {cycle.closed ? (
            <p className="rounded border border-amber-600 bg-amber-50 p-4 text-amber-900">{cycle.closed}</p>
          ) : (
            <RecordConflictForm cycleId={cycle.id} jurors={jurors} municipalities={municipalities} />
          )}
        </div>
      </div>
    </>
  );
}
