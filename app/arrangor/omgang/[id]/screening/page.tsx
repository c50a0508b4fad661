import type { Metadata } from 'next';
import Link from 'next/link';
import { ScreeningModelForm } from '@/components/screening/model-form';
import { ScreeningRunForm } from '@/components/screening/run-form';
import { ScreeningMap } from '@/components/screening/screening-map';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { loadScreening, type ScreeningFilters } from '@/lib/loaders/screening';
import { formatDateTime } from '@/lib/time';
import { runScreeningNow, saveScreeningModelAction } from './actions';

export const metadata: Metadata = { title: 'Screening på nyckeltal' };

// Shared formatters: toLocaleString builds a new Intl.NumberFormat per call, which a 50-row table pays 200 times.
const ONE_DECIMAL = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const WHOLE = new Intl.NumberFormat('sv-SE');
const num = (v: number | null) => (v === null ? '–' : ONE_DECIMAL.format(v));
const CLASS_TONE = { stabil: 'success', 'på gränsen': 'warning', 'beror på urvalet': 'neutral' } as const;

export default async function ScreeningPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<ScreeningFilters> }) {
  const { id } = await params;
  const filters = await searchParams;
  const data = await loadScreening(Number(id), filters);
  const { cycle, run } = data;
  const base = `/arrangor/omgang/${cycle.id}/screening`;
  const pageHref = (p: number) => `${base}?${new URLSearchParams({ ...(filters.q ? { q: filters.q } : {}), ...(filters.lan ? { lan: filters.lan } : {}), ...(filters.band ? { band: filters.band } : {}), sida: String(p) })}#tabell`;

  if (cycle.mode !== 'key_figures') {
    return (
      <>
        <PageHeading>Screening på nyckeltal – {cycle.name}</PageHeading>
        <EmptyState title="Omgången har öppen ansökan">Screening på nyckeltal finns bara i omgångar med urval på nyckeltal. Skapa en sådan omgång för att screena alla 290 kommuner.</EmptyState>
      </>
    );
  }

  return (
    <>
      <PageHeading lead="Alla 290 kommuner rangordnas på nyckeltal med en versionerad modell. Körningarna sparas så att de kan återskapas och jämföras.">
        Screening på nyckeltal – {cycle.name}
      </PageHeading>
      <p className="mb-6 flex flex-wrap items-center gap-4">
        <Badge tone="info">Fas: {cycle.phaseLabel}</Badge>
        <Link href={`/arrangor/omgang/${cycle.id}/nominerade`}>Nominera och bjud in</Link>
        <Link href={`${base}/utveckling`}>Bästa utvecklingskommun</Link>
      </p>

      <section aria-labelledby="modell" className="mb-8 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="modell" className="text-xl font-semibold">
          Modell {data.model.version ? `(version ${data.model.version})` : '(förslag, inte sparad)'}
        </h2>
        <p className="mt-1 text-slate-700">
          Fönster: de senaste {data.model.years} åren med data. Lägsta datatäckning: {Math.round(data.model.minCoverage * 100)} %.
        </p>
        <div className="mt-3 overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">Modellens komponenter och nyckeltal</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-4">Komponent</th>
                <th scope="col" className="py-2 pr-4">Vikt</th>
                <th scope="col" className="py-2">Nyckeltal (riktning)</th>
              </tr>
            </thead>
            <tbody>
              {data.model.components.map((c) => (
                <tr key={c.name} className="border-b border-slate-200 align-top">
                  <th scope="row" className="py-2 pr-4 font-medium">{c.name}</th>
                  <td className="py-2 pr-4 tabular-nums">{c.weight} %</td>
                  <td className="py-2">
                    <ul>
                      {c.kpis.map((k) => (
                        <li key={k.id}>
                          {k.id} {k.name ? `– ${k.name}` : '(saknas i katalogen)'} ({k.direction === 'higher' ? 'högre är bättre' : 'lägre är bättre'})
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <details className="mt-4">
          <summary className="cursor-pointer font-medium text-brand-700">Ändra modellen (JSON)</summary>
          <ScreeningModelForm cycleId={cycle.id} initialJson={data.model.json} save={saveScreeningModelAction} />
        </details>
        {data.model.version ? <ScreeningRunForm cycleId={cycle.id} topN={run?.topN ?? 10} run={runScreeningNow} /> : <p className="mt-4 text-slate-700">Spara modellen för att kunna köra screeningen.</p>}
      </section>

      {!run ? (
        <EmptyState title="Ingen screening körd ännu">Spara en modell och kör screeningen. Resultatet, kartan och stabiliteten visas här.</EmptyState>
      ) : (
        <>
          <section aria-labelledby="resultat" className="mb-8">
            <h2 id="resultat" className="text-xl font-semibold">
              Resultat
            </h2>
            <p className="mt-1 text-slate-700">
              Körd {formatDateTime(run.createdAt)} på åren {run.years.join(', ')}. {run.ranked} kommuner rangordnade, {run.insufficient} med otillräckliga data. Kontrollsumma för indata: <code>{run.checksum}</code>.{' '}
              {run.isDemo ? <Badge tone="warning">Innehåller demodata</Badge> : null}
            </p>
            <div className="mt-4 grid gap-6 lg:grid-cols-[20rem_1fr]">
              <ScreeningMap
                src={run.mapSrc}
                title="Karta: samlat index per kommun"
                description="Kartan visar samma samlade index (percentil 0–100) som tabellen bredvid. De föreslagna kommunerna har en orange kant."
                highlighted={run.top.length > 0}
              />
              <div>
                <form method="get" action={`${base}#tabell`} className="flex flex-wrap items-end gap-3" aria-label="Filtrera tabellen">
                  <div>
                    <label htmlFor="q" className="block text-sm font-medium">Sök kommun eller kod</label>
                    <input id="q" name="q" defaultValue={filters.q ?? ''} className="mt-1 rounded border border-slate-500 px-2 py-1" />
                  </div>
                  <div>
                    <label htmlFor="lan" className="block text-sm font-medium">Län</label>
                    <select id="lan" name="lan" defaultValue={filters.lan ?? ''} className="mt-1 rounded border border-slate-500 px-2 py-1">
                      <option value="">Alla län</option>
                      {data.counties.map((c) => (
                        <option key={c} value={c}>{c}</option>
                      ))}
                    </select>
                  </div>
                  <div>
                    <label htmlFor="band" className="block text-sm font-medium">Storlek</label>
                    <select id="band" name="band" defaultValue={filters.band ?? ''} className="mt-1 rounded border border-slate-500 px-2 py-1">
                      <option value="">Alla storlekar</option>
                      {data.bands.map((b) => (
                        <option key={b.id} value={b.id}>{b.label}</option>
                      ))}
                    </select>
                  </div>
                  <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800">Filtrera</button>
                </form>
                <div id="tabell" className="mt-4 overflow-x-auto" tabIndex={-1}>
                  <table className="min-w-full text-left text-sm">
                    <caption className="text-left text-slate-700">
                      {run.total} kommuner{run.pages > 1 ? `, sida ${run.page} av ${run.pages}` : ''}
                    </caption>
                    <thead>
                      <tr className="border-b border-slate-300">
                        <th scope="col" className="py-2 pr-3">Plats</th>
                        <th scope="col" className="py-2 pr-3">Kommun</th>
                        <th scope="col" className="py-2 pr-3">Län</th>
                        <th scope="col" className="py-2 pr-3 text-right">Samlat</th>
                        {run.componentNames.map((c) => (
                          <th key={c} scope="col" className="py-2 pr-3 text-right">{c}</th>
                        ))}
                        <th scope="col" className="py-2 text-right">Täckning</th>
                      </tr>
                    </thead>
                    <tbody>
                      {run.rows.map((r) => (
                        <tr key={r.kommunkod} className="border-b border-slate-200">
                          <td className="py-1.5 pr-3 tabular-nums">{r.rank ?? <span className="text-slate-700">otillräckliga data</span>}</td>
                          <th scope="row" className="py-1.5 pr-3 font-medium">{r.namn}</th>
                          <td className="py-1.5 pr-3">{r.county}</td>
                          <td className="py-1.5 pr-3 text-right tabular-nums">{num(r.composite)}</td>
                          {run.componentNames.map((c) => (
                            <td key={c} className="py-1.5 pr-3 text-right tabular-nums">{num(r.components[c] ?? null)}</td>
                          ))}
                          <td className="py-1.5 text-right tabular-nums">{Math.round(r.coverage * 100)} %</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                {run.pages > 1 ? (
                  <nav aria-label="Sidor i tabellen" className="mt-3 flex gap-3">
                    {run.page > 1 ? <Link href={pageHref(run.page - 1)}>Föregående sida</Link> : null}
                    {run.page < run.pages ? <Link href={pageHref(run.page + 1)}>Nästa sida</Link> : null}
                  </nav>
                ) : null}
              </div>
            </div>
          </section>

          <section aria-labelledby="stabilitet" className="mb-8">
            <h2 id="stabilitet" className="text-xl font-semibold">
              Hur stabil är förslagslistan?
            </h2>
            <p className="mt-1 text-slate-700">
              För de {run.topN} främsta: hur ofta kommunen stannar bland de {run.topN} när varje nyckeltal i tur lämnas ute, när en komponentvikt flyttas ±10 procentenheter och över {WHOLE.format(run.rounds)} bootstrap-omgångar som drar om nyckeltalen inom komponenterna.
            </p>
            <div className="mt-3 overflow-x-auto">
              <table className="min-w-full text-left text-sm">
                <caption className="sr-only">Stabilitet för de föreslagna kommunerna</caption>
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className="py-2 pr-3">Plats</th>
                    <th scope="col" className="py-2 pr-3">Kommun</th>
                    <th scope="col" className="py-2 pr-3">Bedömning</th>
                    <th scope="col" className="py-2">Förklaring</th>
                  </tr>
                </thead>
                <tbody>
                  {run.stability.map((s) => (
                    <tr key={s.kommunkod} className="border-b border-slate-200 align-top">
                      <td className="py-1.5 pr-3 tabular-nums">{s.rank}</td>
                      <th scope="row" className="py-1.5 pr-3 font-medium">{s.namn}</th>
                      <td className="py-1.5 pr-3"><Badge tone={CLASS_TONE[s.classification]}>{s.classification}</Badge></td>
                      <td className="py-1.5">{s.explanation}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </>
  );
}
