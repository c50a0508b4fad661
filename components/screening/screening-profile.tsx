import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import type { loadMunicipalityScreening } from '@/lib/loaders/nominees';
import { formatDateTime } from '@/lib/time';

type Data = NonNullable<Awaited<ReturnType<typeof loadMunicipalityScreening>>>;

const num = (v: number | null) => (v === null ? '–' : v.toLocaleString('sv-SE', { maximumFractionDigits: 1, minimumFractionDigits: 1 }));
const TONE = { stabil: 'success', 'på gränsen': 'warning', 'beror på urvalet': 'neutral' } as const;

/** The municipality profile's screening part: rank, composite and components in the newest key-figure cycle, and the nomination. */
export function ScreeningProfile({ data }: { data: Data }) {
  const { run, nomination, cycle } = data;
  return (
    <section aria-labelledby="screening-rubrik" className="mb-8 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="screening-rubrik" className="text-xl font-semibold">
        Screening i {cycle.name}
      </h2>
      {!run ? (
        <p className="mt-1 text-slate-700">Ingen screening är körd för omgången ännu.</p>
      ) : (
        <>
          <p className="mt-1 text-slate-700">
            Körning {formatDateTime(run.createdAt)} på åren {run.years.join(', ')}.{' '}
            {run.rank === null ? (
              <strong>Otillräckliga data (täckning {Math.round(run.coverage * 100)} %); inte rangordnad.</strong>
            ) : (
              <>
                <strong>
                  Plats {run.rank} av {run.ranked}
                </strong>
                , samlat index {num(run.composite)}, täckning {Math.round(run.coverage * 100)} %.
              </>
            )}{' '}
            {run.isDemo ? <Badge tone="warning">Demodata</Badge> : null}
          </p>
          <table className="mt-3 text-sm">
            <caption className="sr-only">Komponentindex (percentil 0–100) i screeningen</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1 pr-4 text-left">Komponent</th>
                <th scope="col" className="py-1 pr-4 text-right">Index (percentil)</th>
                <th scope="col" className="py-1 text-right">Bland de bästa</th>
              </tr>
            </thead>
            <tbody>
              {run.components.map((c) => (
                <tr key={c.name} className="border-b border-slate-200">
                  <th scope="row" className="py-1 pr-4 text-left font-normal">{c.name}</th>
                  <td className="py-1 pr-4 text-right tabular-nums">{num(c.index)}</td>
                  <td className="py-1 text-right tabular-nums">{c.top === null ? '–' : `${Math.max(1, Math.round(c.top * 100))} %`}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {run.stability ? (
            <p className="mt-2">
              Stabilitet i topp {run.topN}: <Badge tone={TONE[run.stability.classification]}>{run.stability.classification}</Badge> {run.stability.explanation}
            </p>
          ) : null}
        </>
      )}
      <p className="mt-3">
        Nominering:{' '}
        {nomination ? (
          <>
            <Badge tone="info">{nomination.stateLabel}</Badge>
            {nomination.respondedAt ? ` ${formatDateTime(nomination.respondedAt)}` : nomination.lastInvitedAt ? ` (senast skickad ${formatDateTime(nomination.lastInvitedAt)})` : ''}
            {nomination.reason ? <span className="block text-slate-700">Skäl: {nomination.reason}</span> : null}
          </>
        ) : (
          'Inte nominerad.'
        )}{' '}
        <Link href={`/arrangor/omgang/${cycle.id}/nominerade`}>Till de nominerade</Link>
      </p>
    </section>
  );
}
