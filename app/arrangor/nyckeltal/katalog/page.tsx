import type { Metadata } from 'next';
import Link from 'next/link';
import { IndicatorsNav } from '@/components/indicators/indicators-nav';
import { KpiForm } from '@/components/indicators/kpi-form';
import { PageHeading } from '@/components/ui/page-heading';
import { loadKpiCatalogue } from '@/lib/loaders/indicators';

export const metadata: Metadata = { title: 'Nyckeltalskatalog' };
export const dynamic = 'force-dynamic';

export default async function KpiCataloguePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const { kpis } = await loadKpiCatalogue();
  const suggested = typeof params.nytt === 'string' && /^[A-Za-z]\d{5}$/.test(params.nytt) ? params.nytt.toUpperCase() : '';
  return (
    <>
      <PageHeading lead="De nyckeltal från Kolada som kan importeras, och hur de ingår i indexet: riktning (vad som är bättre) och del (finansiell styrka eller servicekvalitet).">
        Nyckeltalskatalog
      </PageHeading>
      <IndicatorsNav current="/arrangor/nyckeltal/katalog" />
      <div className="overflow-x-auto">
        <table className="min-w-full border-collapse bg-white text-left">
          <caption className="sr-only">Nyckeltal i katalogen</caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="p-2">Id</th>
              <th scope="col" className="p-2">Namn</th>
              <th scope="col" className="p-2">Enhet</th>
              <th scope="col" className="p-2">Riktning</th>
              <th scope="col" className="p-2">Ingår i</th>
              <th scope="col" className="p-2">Värden</th>
              <th scope="col" className="p-2"><span className="sr-only">Åtgärd</span></th>
            </tr>
          </thead>
          <tbody>
            {kpis.map((k) => (
              <tr key={k.id} className="border-b border-slate-200">
                <th scope="row" className="p-2 font-mono font-normal">{k.id}</th>
                <td className="p-2">{k.name}</td>
                <td className="p-2">{k.unit}</td>
                <td className="p-2">{k.directionLabel}</td>
                <td className="p-2">{k.componentLabel}</td>
                <td className="p-2 tabular-nums">{k.values}</td>
                <td className="p-2">
                  <Link href={`/arrangor/nyckeltal/katalog/${k.id}`} aria-label={`Redigera ${k.id} ${k.name}`}>
                    Redigera
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="nytt" className="mt-8 max-w-xl">
        <h2 id="nytt" className="mb-3 text-xl font-semibold">
          Lägg till ett nyckeltal
        </h2>
        <KpiForm mode="create" idPrefix="nytt-kpi" initial={{ id: suggested, name: '', unit: '', direction: 'higher', component: 'financial_strength' }} />
      </section>
    </>
  );
}
