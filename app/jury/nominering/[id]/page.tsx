import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { PageHeading } from '@/components/ui/page-heading';
import { loadJurorNomination } from '@/lib/loaders/jury';

export const metadata: Metadata = { title: 'Bedömning' };
export const dynamic = 'force-dynamic';

export default async function JurorNominationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { nomination, documents, rubric } = await loadJurorNomination(Number(id));
  const answers = nomination.answers as { selfDescription?: Record<string, string> };
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/jury">← Mina tilldelningar</Link>
      </p>
      <PageHeading lead={`${nomination.county} · ${nomination.population.toLocaleString('sv-SE')} invånare · ${nomination.cycleName}`}>
        {nomination.municipality}
      </PageHeading>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="dokument" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="dokument" className="text-lg font-semibold">Styrdokument</h2>
          {documents.length === 0 ? (
            <p className="mt-2 text-slate-700">Kommunen har inte laddat upp några dokument.</p>
          ) : (
            <ul className="mt-2 space-y-2">
              {documents.map((d) => (
                <li key={d.id}>
                  <span className="font-medium">{d.title}</span>{' '}
                  <span className="text-sm text-slate-700">({d.pageCount ?? '?'} sidor)</span>{' '}
                  {d.isDemo ? <Badge tone="warning">Demodata</Badge> : null}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="bedomning" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="bedomning" className="text-lg font-semibold">Bedömningsmall</h2>
          {rubric.map((area) => (
            <div key={area.key} className="mt-4">
              <h3 className="font-semibold">{area.name}</h3>
              {answers.selfDescription?.[area.key] ? (
                <p className="mt-1 text-sm text-slate-800">
                  <span className="font-medium">Kommunens beskrivning: </span>
                  {answers.selfDescription[area.key]}
                </p>
              ) : null}
              <ul className="mt-2 list-disc pl-5">
                {area.criteria.map((c) => (
                  <li key={c.id}>
                    {c.title}
                    {c.guidance ? <span className="block text-sm text-slate-700">{c.guidance}</span> : null}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      </div>
    </>
  );
}
