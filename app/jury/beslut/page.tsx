import type { Metadata } from 'next';
import { PageHeading } from '@/components/ui/page-heading';
import { loadJurorDecision } from '@/lib/loaders/publication';

export const metadata: Metadata = { title: 'Beslutet' };
export const dynamic = 'force-dynamic';

/** The jury's decision, for a juror, only once the organiser has shared it. */
export default async function JurorDecisionPage() {
  const cycles = await loadJurorDecision();
  return (
    <>
      <PageHeading lead="Juryns beslut visas här när arrangören delar det med jurymedlemmarna.">Beslutet</PageHeading>
      {cycles.length === 0 ? <p>Beslutet är inte delat ännu.</p> : null}
      {cycles.map((c) => (
        <section key={c.cycle.id} aria-labelledby={`omgang-${c.cycle.id}`} className="mb-6 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id={`omgang-${c.cycle.id}`} className="text-xl font-semibold">
            {c.cycle.name}
          </h2>
          {c.decision ? (
            <>
              <p className="mt-2 text-lg">
                Vinnare: <strong>{c.decision.winner}</strong>
              </p>
              <h3 className="mt-4 font-semibold">Juryns motivering</h3>
              <p className="mt-1 whitespace-pre-line">{c.decision.motivation ?? 'Motiveringen är inte godkänd ännu.'}</p>
              <h3 className="mt-4 font-semibold">Skälen till beslutet</h3>
              <p className="mt-1 whitespace-pre-line">{c.decision.rationale}</p>
            </>
          ) : (
            <p className="mt-2">Beslutet är inte delat ännu.</p>
          )}
        </section>
      ))}
    </>
  );
}
