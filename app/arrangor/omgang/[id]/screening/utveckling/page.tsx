import type { Metadata } from 'next';
import Link from 'next/link';
import { DevelopmentChoiceForm } from '@/components/screening/development-choice-form';
import { DevelopmentSparkline } from '@/components/screening/development-sparkline';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { chooseDevelopmentAction } from '@/lib/actions/nominees-server';
import { loadDevelopment } from '@/lib/loaders/development';
import { formatDateTime } from '@/lib/time';

export const metadata: Metadata = { title: 'Bästa utvecklingskommun' };
export const dynamic = 'force-dynamic';

const num = (v: number | null, digits = 1) => (v === null ? '–' : v.toLocaleString('sv-SE', { maximumFractionDigits: digits, minimumFractionDigits: digits }));
const signed = (v: number | null) => (v === null ? '–' : `${v > 0 ? '+' : ''}${num(v)}`);

export default async function DevelopmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const data = await loadDevelopment(Number(id));
  const { cycle } = data;
  const heading = `Bästa utvecklingskommun – ${cycle.name}`;
  if (cycle.mode !== 'key_figures') {
    return (
      <>
        <PageHeading>{heading}</PageHeading>
        <EmptyState title="Omgången har öppen ansökan">Hedersomnämnandet för bästa utvecklingskommun hör till omgångar med urval på nyckeltal.</EmptyState>
      </>
    );
  }
  const span = data.years.length ? `${data.years[0]}–${data.years[data.years.length - 1]}` : '';
  return (
    <>
      <PageHeading lead="Hedersomnämnandet går till en kommun med en stadig positiv utveckling över tre till fyra år, på screeningmodellens nyckeltal.">{heading}</PageHeading>
      <p className="mb-4">
        <Link href={`/arrangor/omgang/${cycle.id}/screening`}>← Till screeningen</Link>
      </p>

      <section aria-labelledby="metod" className="mb-6 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="metod" className="text-xl font-semibold">
          Så rangordnas utvecklingen
        </h2>
        <p className="mt-1 text-slate-700">
          För varje nyckeltal och år räknas kommunens percentil bland alla kommuner (riktningen beaktad: högre percentil är alltid bättre). Det samlade värdet per år vägs ihop som i screeningen
          {data.modelVersion ? ` (modell version ${data.modelVersion})` : ' (förslagsmodellen)'}. Per kommun:
        </p>
        <ul className="mt-2 list-disc pl-6 text-slate-700">
          <li>T = Theil–Sen-lutningen för det samlade värdet, i percentilenheter per år;</li>
          <li>u = andelen år-till-år-steg som går uppåt;</li>
          <li>a = andelen nyckeltal vars egen Theil–Sen-lutning är positiv (samma tecken);</li>
          <li>D = medianavvikelsen (MAD) mellan nyckeltalens lutningar (spridning);</li>
          <li>
            poäng = T · u · a / (1 + D / {data.spreadScale}), bara när T &gt; 0. Kommunen behöver värden minst {data.minYears} år och trender för modellens lägsta täckning av nyckeltalen.
          </li>
        </ul>
        <p className="mt-2 text-slate-700">Mann–Kendall anges som en not; med så få år har testet liten styrka.</p>
      </section>

      {data.top.length === 0 ? (
        <EmptyState title="Ingen kommun har en stadig positiv utveckling i underlaget">Importera nyckeltal för minst {data.minYears} år.</EmptyState>
      ) : (
        <section aria-labelledby="topp" className="mb-8">
          <h2 id="topp" className="text-xl font-semibold">
            De {data.top.length} stadigaste ({span}, {data.candidates} kommuner med positiv trend)
          </h2>
          {data.demo ? (
            <p className="mt-1">
              <Badge tone="warning">Innehåller demodata</Badge>
            </p>
          ) : null}
          <div className="mt-3 overflow-x-auto">
            <table className="min-w-full text-left text-sm">
              <caption className="sr-only">De stadigaste utvecklingskommunerna med samlad percentil per år, lutning och stadighet</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-3">Plats</th>
                  <th scope="col" className="py-2 pr-3">Kommun</th>
                  <th scope="col" className="py-2 pr-3">Trend</th>
                  {data.years.map((y) => (
                    <th key={y} scope="col" className="py-2 pr-3 text-right">
                      {y}
                    </th>
                  ))}
                  <th scope="col" className="py-2 pr-3 text-right">T per år</th>
                  <th scope="col" className="py-2 pr-3 text-right">Steg upp</th>
                  <th scope="col" className="py-2 pr-3 text-right">Nyckeltal uppåt</th>
                  <th scope="col" className="py-2 pr-3 text-right">Spridning D</th>
                  <th scope="col" className="py-2 pr-3 text-right">Poäng</th>
                  <th scope="col" className="py-2 text-right">Mann–Kendall p</th>
                </tr>
              </thead>
              <tbody>
                {data.top.map((r) => (
                  <tr key={r.kommunkod} className="border-b border-slate-200">
                    <td className="py-1.5 pr-3 tabular-nums">{r.rank}</td>
                    <th scope="row" className="py-1.5 pr-3 font-medium">
                      <Link href={`/arrangor/nyckeltal/kommun/${r.kommunkod}`}>{r.namn}</Link>
                    </th>
                    <td className="py-1.5 pr-3">
                      <DevelopmentSparkline name={r.namn} years={data.years} values={r.composite} />
                    </td>
                    {r.composite.map((v, i) => (
                      <td key={data.years[i]} className="py-1.5 pr-3 text-right tabular-nums">
                        {num(v)}
                      </td>
                    ))}
                    <td className="py-1.5 pr-3 text-right tabular-nums">{signed(r.slope)}</td>
                    <td className="py-1.5 pr-3 text-right tabular-nums">
                      {r.upSteps} av {r.steps}
                    </td>
                    <td className="py-1.5 pr-3 text-right tabular-nums">{r.positiveShare === null ? '–' : `${Math.round(r.positiveShare * 100)} %`}</td>
                    <td className="py-1.5 pr-3 text-right tabular-nums">{num(r.spread)}</td>
                    <td className="py-1.5 pr-3 text-right tabular-nums">{num(r.score, 2)}</td>
                    <td className="py-1.5 text-right tabular-nums">{num(r.mannKendallP, 2)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <section aria-labelledby="val" className="mb-8">
        <h2 id="val" className="text-xl font-semibold">
          Hedersomnämnandet
        </h2>
        {data.choice ? (
          <p className="mt-1">
            Valt: <strong>{data.choice.name}</strong> (plats {data.choice.rank}, {formatDateTime(data.choice.chosenAt)}). Motivering: {data.choice.reason}
          </p>
        ) : (
          <p className="mt-1 text-slate-700">Ingen kommun är vald ännu.</p>
        )}
        {data.top.length > 0 && cycle.phase !== 'published' ? (
          <DevelopmentChoiceForm
            cycleId={cycle.id}
            candidates={data.top.map((r) => ({ kommunkod: r.kommunkod, namn: r.namn, rank: r.rank! }))}
            current={data.choice ? { kommunkod: data.choice.kommunkod, reason: data.choice.reason } : null}
            choose={chooseDevelopmentAction}
          />
        ) : null}
      </section>
    </>
  );
}
