import type { Metadata } from 'next';
import Link from 'next/link';
import { ComparisonGroupForm } from '@/components/indicators/comparison-group-form';
import { IndexValue, TrendValue } from '@/components/indicators/index-cell';
import { IndicatorsNav } from '@/components/indicators/indicators-nav';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { loadIndexTable } from '@/lib/loaders/indicators';
import { comparisonGroupOf } from '@/lib/validation/indicators';

export const metadata: Metadata = { title: 'Nyckeltal och index' };
export const dynamic = 'force-dynamic';

export default async function IndicatorIndexPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const group = comparisonGroupOf(params.jamforelse);
  const data = await loadIndexTable(group);
  const windowText = (years: number[]) => (years.length ? `${years[0]}–${years[years.length - 1]}` : 'inga år');
  return (
    <>
      <PageHeading lead="Finansiell styrka och servicekvalitet för omgångens nomineringar: varje nyckeltal som percentil i jämförelsegruppen (riktningen beaktad), medelvärdet per år och över de tre senaste åren, och trenden.">
        Nyckeltal och index
      </PageHeading>
      <IndicatorsNav current="/arrangor/nyckeltal" />
      <ComparisonGroupForm action="/arrangor/nyckeltal" group={group} />
      {!data.cycle ? (
        <EmptyState title="Ingen omgång ännu">Skapa en omgång; här visas sedan dess nomineringar.</EmptyState>
      ) : data.rows.length === 0 ? (
        <EmptyState title="Inga nomineringar">{data.cycle.name} har ännu inga nomineringar.</EmptyState>
      ) : (
        <section aria-labelledby="jamforelse-rubrik">
          <h2 id="jamforelse-rubrik" className="text-xl font-semibold">
            {data.cycle.name}: jämförelse ({data.groupLabel.toLowerCase()})
          </h2>
          {!data.hasValues ? (
            <p className="mt-2">
              Inga nyckeltal är importerade ännu. <Link href="/arrangor/nyckeltal/import">Importera nyckeltal</Link>.
            </p>
          ) : null}
          <p className="mt-2 text-slate-700">
            Index 0–100 (50 = mitten av gruppen). Finansiell styrka avser {windowText(data.windows.financial_strength)}, servicekvalitet{' '}
            {windowText(data.windows.service_quality)}. Trenden är lutningen (Theil–Sen) i percentilpoäng per år. Saknade värden räknas inte, och
            en kommun med för få värden markeras &quot;otillräckliga data&quot; i stället för att rangordnas.
          </p>
          <div className="mt-4 overflow-x-auto">
            <table className="min-w-full border-collapse bg-white text-left">
              <caption className="sr-only">Index per nominering</caption>
              <thead>
                <tr className="border-b-2 border-slate-300">
                  <th scope="col" className="p-2">Kommun</th>
                  <th scope="col" className="p-2">Finansiell styrka</th>
                  <th scope="col" className="p-2">Trend</th>
                  <th scope="col" className="p-2">Servicekvalitet</th>
                  <th scope="col" className="p-2">Trend</th>
                  <th scope="col" className="p-2">Datakälla</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((r) => (
                  <tr key={r.nominationId} className="border-b border-slate-200">
                    <th scope="row" className="p-2 font-normal">
                      <Link href={`/arrangor/nyckeltal/kommun/${r.kommunkod}?jamforelse=${group}`}>{r.name}</Link>
                      <span className="block text-sm text-slate-700">{r.county}</span>
                    </th>
                    {r.components.map((c) => [
                      <td key={`${c.component}-i`} className="p-2">
                        <IndexValue summary={c} />
                      </td>,
                      <td key={`${c.component}-t`} className="p-2">
                        <TrendValue summary={c} />
                      </td>,
                    ])}
                    <td className="p-2">
                      {r.demo.total === 0 ? (
                        <span className="text-slate-700">Inga värden</span>
                      ) : r.demo.demo > 0 ? (
                        <Badge tone="warning">{`Demodata: ${r.demo.demo} av ${r.demo.total} värden`}</Badge>
                      ) : (
                        <Badge tone="success">Importerade värden</Badge>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {data.excluded.length > 0 ? (
            <div className="mt-4">
              <h3 className="font-semibold">Nyckeltal som inte räknas vissa år</h3>
              <p className="text-slate-700">Alla kommuner i gruppen har samma värde, så nyckeltalet säger inget om skillnader och lämnas utanför medelvärdet det året:</p>
              <ul className="list-disc pl-5">
                {data.excluded.map((e) => (
                  <li key={`${e.kpi}-${e.year}`}>
                    {e.kpi} {e.year} ({e.componentLabel}): alla {e.reporting} har värdet {e.value}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </section>
      )}
    </>
  );
}
