import type { Metadata } from 'next';
import { ImportForm } from '@/components/indicators/import-form';
import { IndicatorsNav } from '@/components/indicators/indicators-nav';
import { PageHeading } from '@/components/ui/page-heading';
import { loadImportPage } from '@/lib/loaders/indicators';

export const metadata: Metadata = { title: 'Importera nyckeltal' };
export const dynamic = 'force-dynamic';

export default async function ImportPage() {
  const data = await loadImportPage();
  return (
    <>
      <PageHeading lead="Kolada-JSON (svaret från Koladas API, totalvärdet T används) eller CSV med rubrikraden kommunkod,kpi,year,value (komma eller semikolon, decimalpunkt eller decimalkomma). Först visas vad som skulle ändras; inget sparas förrän du väljer Importera.">
        Importera nyckeltal
      </PageHeading>
      <IndicatorsNav current="/arrangor/nyckeltal/import" />
      <ImportForm maxMegabytes={data.maxMegabytes} />
      <section aria-labelledby="tidigare" className="mt-10">
        <h2 id="tidigare" className="text-xl font-semibold">
          Tidigare importer
        </h2>
        {data.imports.length === 0 ? (
          <p className="mt-2 text-slate-700">Inga filer importerade ännu.</p>
        ) : (
          <div className="mt-2 overflow-x-auto">
            <table className="min-w-full border-collapse bg-white text-left text-sm">
              <caption className="sr-only">Tidigare importer</caption>
              <thead>
                <tr className="border-b-2 border-slate-300">
                  <th scope="col" className="p-2">Fil</th>
                  <th scope="col" className="p-2">Format</th>
                  <th scope="col" className="p-2">Rader skrivna</th>
                  <th scope="col" className="p-2">Importerad</th>
                  <th scope="col" className="p-2">Kontrollsumma (SHA-256)</th>
                </tr>
              </thead>
              <tbody>
                {data.imports.map((i) => (
                  <tr key={i.id} className="border-b border-slate-200">
                    <th scope="row" className="p-2 font-normal">{i.filename}</th>
                    <td className="p-2">{i.format === 'csv' ? 'CSV' : 'Kolada-JSON'}</td>
                    <td className="p-2 tabular-nums">{i.rowCount}</td>
                    <td className="p-2">{i.importedAt}</td>
                    <td className="p-2 font-mono text-xs">{i.sha256.slice(0, 16)}…</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
