import type { Metadata } from 'next';
import Link from 'next/link';
import { PhaseDatesForm } from '@/components/arrangor/cycle/phase-dates-form';
import { PhaseMove } from '@/components/arrangor/cycle/phase-move';
import { Badge } from '@/components/ui/badge';
import { PageHeading } from '@/components/ui/page-heading';
import { loadCycle } from '@/lib/loaders/arrangor';
import { formatDateTime } from '@/lib/time';

export const metadata: Metadata = { title: 'Omgång' };
export const dynamic = 'force-dynamic';

export default async function CyclePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { cycle, phases, moves, dateRows, datesEditable, rubricLock, counts } = await loadCycle(id);
  const labels = Object.fromEntries(phases.map((p) => [p.phase, p.label]));
  return (
    <>
      <PageHeading lead={`År ${cycle.year} · ${cycle.modeLabel[0].toUpperCase()}${cycle.modeLabel.slice(1)} · skala ${cycle.scale.min}–${cycle.scale.max}`}>
        {cycle.name}
      </PageHeading>

      <section aria-labelledby="faser-rubrik" className="mb-8 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="faser-rubrik" className="text-xl font-semibold">
          Faser
        </h2>
        <ol className="my-4 flex flex-wrap gap-2" aria-label="Omgångens faser i ordning">
          {phases.map((p) => (
            <li key={p.phase} aria-current={p.current ? 'step' : undefined}>
              {p.current ? <Badge tone="info">{p.label} (nu)</Badge> : <Badge>{p.label}</Badge>}
            </li>
          ))}
        </ol>
        <PhaseMove cycleId={cycle.id} phase={cycle.phase} phaseLabel={cycle.phaseLabel} moves={moves} />
      </section>

      <section aria-labelledby="datum-rubrik" className="mb-8 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="datum-rubrik" className="text-xl font-semibold">
          Datum
        </h2>
        <p className="mb-4 text-slate-700">
          Ange svensk tid. Kommunernas och juryns arbete är öppet från början till och med slutet av sin fas; ett tomt fält betyder ingen gräns.
        </p>
        <PhaseDatesForm cycleId={cycle.id} rows={dateRows} labels={labels} disabled={!datesEditable} />
      </section>

      <section aria-labelledby="lage-rubrik" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="lage-rubrik" className="text-xl font-semibold">
          Läget
        </h2>
        <dl className="mt-4 grid grid-cols-2 gap-4 sm:grid-cols-5">
          <Figure label="Ansökningar" value={counts.nominations} />
          <Figure label="Inskickade ansökningar" value={counts.submittedApplications} />
          <Figure label="Jurymedlemmar" value={counts.jurors} />
          <Figure label="Tilldelningar" value={counts.assignments} />
          <Figure label="Inskickade bedömningar" value={counts.submittedSheets} />
        </dl>
        <p className="mt-4">
          Bedömningsmallen:{' '}
          {rubricLock.locked ? `låst sedan ${formatDateTime(rubricLock.since)}.` : 'öppen för ändringar.'}{' '}
          <Link href={`/arrangor/omgang/${cycle.id}/mall`}>Gå till bedömningsmallen</Link>
        </p>
      </section>
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
