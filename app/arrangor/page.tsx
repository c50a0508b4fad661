import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { loadCycleOverview } from '@/lib/loaders/arrangor';

export const metadata: Metadata = { title: 'Omgångar' };
export const dynamic = 'force-dynamic';

const MODE_LABELS = { open_application: 'Öppen ansökan', key_figures: 'Nominering på nyckeltal' } as const;

export default async function OrganiserHome() {
  const { cycles } = await loadCycleOverview();
  return (
    <>
      <PageHeading lead="Omgångarna av utmärkelsen, deras fas och hur långt arbetet har kommit.">Omgångar</PageHeading>
      <p className="mb-6">
        <Link href="/arrangor/omgang/ny" className="inline-block rounded bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800 hover:text-white">
          Ny omgång
        </Link>
      </p>
      {cycles.length === 0 ? (
        <EmptyState title="Ingen omgång ännu">Skapa den första omgången för att kunna bjuda in jury och kommuner.</EmptyState>
      ) : (
        <ul className="space-y-4">
          {cycles.map((c) => (
            <li key={c.id}>
              <section aria-labelledby={`omgang-${c.id}`} className="rounded-lg border border-slate-200 bg-white p-5">
                <div className="flex flex-wrap items-center gap-2">
                  <h2 id={`omgang-${c.id}`} className="text-xl font-semibold">
                    <Link href={`/arrangor/omgang/${c.id}`}>{c.name}</Link>
                  </h2>
                  <Badge tone="info">Fas: {c.phaseLabel}</Badge>
                  <Badge>{MODE_LABELS[c.mode]}</Badge>
                  {c.isDemo ? <Badge tone="warning">Demodata</Badge> : null}
                </div>
                <dl className="mt-4 grid grid-cols-2 gap-4 sm:grid-cols-5">
                  <Figure label="Ansökningar" value={c.counts.nominations} />
                  <Figure label="Inskickade ansökningar" value={c.counts.submittedApplications} />
                  <Figure label="Jurymedlemmar" value={c.counts.jurors} />
                  <Figure label="Tilldelningar" value={c.counts.assignments} />
                  <Figure label="Inskickade bedömningar" value={c.counts.submittedSheets} />
                </dl>
              </section>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <div>
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="text-2xl font-semibold tabular-nums">{value}</dd>
    </div>
  );
}
