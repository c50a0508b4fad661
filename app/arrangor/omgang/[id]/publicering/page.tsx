import type { Metadata } from 'next';
import Link from 'next/link';
import { EmbargoForm } from '@/components/publication/embargo-form';
import { VisibilityForm } from '@/components/publication/visibility-form';
import { Badge } from '@/components/ui/badge';
import { PageHeading } from '@/components/ui/page-heading';
import { loadPublication } from '@/lib/loaders/publication';
import { formatDateTime } from '@/lib/time';
import { jurorVisibilityAction, moveEmbargoAction, publishAction } from './actions';

export const metadata: Metadata = { title: 'Publicering' };
export const dynamic = 'force-dynamic';

const STATUS = {
  unpublished: { tone: 'neutral', text: 'Inte publicerad' },
  embargoed: { tone: 'warning', text: 'Publicerad med embargo' },
  public: { tone: 'success', text: 'Offentlig' },
} as const;

export default async function PublicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const data = await loadPublication(id);
  const status = STATUS[data.status];
  return (
    <>
      <PageHeading lead="Resultatet blir offentligt på den publika webbplatsen vid publiceringstiden, varken före eller efter. Före dess ser bara arrangörer beslutet.">
        Publicering
      </PageHeading>
      <p className="mb-6 flex flex-wrap items-center gap-2">
        <Badge tone={status.tone}>{status.text}</Badge>
        {data.embargoAt ? <span>Publiceringstid: {formatDateTime(data.embargoAt)}</span> : null}
        {data.status === 'public' ? (
          <Link href={`/resultat/${data.cycle.year}`}>Visa resultatsidan {data.cycle.year}</Link>
        ) : null}
      </p>

      <section aria-labelledby="krav" className="mb-8 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="krav" className="mb-3 text-xl font-semibold">
          Det som publiceras
        </h2>
        <dl className="grid gap-3 sm:grid-cols-[12rem_1fr]">
          <dt className="font-medium">Juryns beslut</dt>
          <dd>{data.decision ? `${data.decision.winner} (registrerat ${formatDateTime(data.decision.decidedAt)})` : 'Saknas'}</dd>
          <dt className="font-medium">Godkänd motivering</dt>
          <dd>
            {data.motivation ? (
              <>
                <span className="text-sm text-slate-700">Version {data.motivation.version}, godkänd {formatDateTime(data.motivation.approvedAt)}</span>
                <span className="mt-1 block whitespace-pre-line">{data.motivation.text}</span>
              </>
            ) : (
              'Saknas'
            )}
          </dd>
        </dl>
        {data.missing.length > 0 ? (
          <div className="mt-4 rounded border border-amber-300 bg-amber-50 p-4">
            <h3 className="font-semibold text-amber-900">Det här saknas innan omgången kan publiceras</h3>
            <ul className="mt-2 list-disc pl-5 text-amber-900">
              {data.missing.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>

      {data.canPublish ? (
        <section aria-labelledby="publicera" className="mb-8 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="publicera" className="mb-3 text-xl font-semibold">
            Publicera med embargo
          </h2>
          <p className="mb-4 text-slate-700">Välj när resultatet blir offentligt, till exempel galakvällen. Tiden kan flyttas tills den har passerat.</p>
          <EmbargoForm
            cycleId={data.cycle.id}
            defaults={data.embargoFields}
            submitLabel="Publicera"
            confirmText="Omgången publiceras och kan inte byta fas efteråt. Resultatet blir offentligt vid publiceringstiden."
            submit={publishAction}
          />
        </section>
      ) : null}

      {data.canMoveEmbargo ? (
        <section aria-labelledby="flytta" className="mb-8 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="flytta" className="mb-3 text-xl font-semibold">
            Flytta publiceringstiden
          </h2>
          <EmbargoForm
            cycleId={data.cycle.id}
            defaults={data.embargoFields}
            submitLabel="Flytta publiceringstiden"
            confirmText="Resultatet blir offentligt vid den nya tiden i stället."
            submit={moveEmbargoAction}
          />
        </section>
      ) : null}

      {data.decision ? (
        <section aria-labelledby="juryn" className="mb-8 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="juryn" className="mb-3 text-xl font-semibold">
            Juryn och beslutet
          </h2>
          <VisibilityForm cycleId={data.cycle.id} visible={data.decisionVisibleToJurors} save={jurorVisibilityAction} />
        </section>
      ) : null}
    </>
  );
}
