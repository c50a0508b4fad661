import type { Metadata } from 'next';
import { PressQuoteForm } from '@/components/reports/press-quote-form';
import { ReleaseLettersForm } from '@/components/reports/release-letters-form';
import { PageHeading } from '@/components/ui/page-heading';
import { loadExportPage } from '@/lib/loaders/reports';
import { releaseLettersAction, savePressQuoteAction } from './actions';

export const metadata: Metadata = { title: 'Rapporter och export' };
export const dynamic = 'force-dynamic';

/** The organiser's reports (jury report, press release), the feedback letters' release, and the data exports. */
export default async function ExportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const data = await loadExportPage(Number(id));
  return (
    <>
      <PageHeading lead={`${data.cycle.name} · fas: ${data.cycle.phaseLabel}. Rapporterna och filerna innehåller uppgifter som inte är offentliga före publiceringen.`}>
        Rapporter och export
      </PageHeading>

      <section aria-labelledby="rapporter" className="mb-8">
        <h2 id="rapporter" className="text-xl font-semibold">Rapporter (PDF)</h2>
        <ul className="mt-2 space-y-2">
          <li>
            <a href={data.links.juryReport} className="font-medium">Ladda ner juryns rapport (PDF)</a>
            <span className="block text-sm text-slate-700">Protokollet: juryn, metod och vikter, rangordningen med osäkerhet, samstämmighet, finalister, intervjuer, beslut och motivering.</span>
          </li>
          <li>
            {data.hasDecision ? (
              <a href={data.links.pressRelease} className="font-medium">Ladda ner pressmeddelandet (PDF)</a>
            ) : (
              <span className="font-medium text-slate-700">Pressmeddelandet kan skapas när juryns beslut är registrerat.</span>
            )}
            <span className="block text-sm text-slate-700">Vinnaren, juryns motivering, finalisterna och citatet nedan, märkt med embargot.</span>
          </li>
        </ul>
      </section>

      <section aria-labelledby="citat" className="mb-8">
        <h2 id="citat" className="text-xl font-semibold">Citat i pressmeddelandet</h2>
        <PressQuoteForm cycleId={data.cycle.id} initial={data.quote} save={savePressQuoteAction} />
      </section>

      <section aria-labelledby="aterkoppling" className="mb-8">
        <h2 id="aterkoppling" className="text-xl font-semibold">Återkopplingsbrev till kommunerna</h2>
        <p className="mt-1 mb-3 max-w-2xl text-slate-700">
          Varje kommun som bedömdes kan hämta sitt eget brev – sina områdespoäng mot fältets median och de styrkor juryn lyfte fram – på sin
          startsida, men först när resultatet är offentliggjort{data.cycle.embargoAt ? ` (embargo ${data.cycle.embargoAt})` : ''} och breven är släppta.
          {data.isPublic ? ' Resultatet är offentligt.' : ' Resultatet är inte offentligt ännu.'}
        </p>
        <ReleaseLettersForm cycleId={data.cycle.id} released={data.lettersReleased} setReleased={releaseLettersAction} />
      </section>

      <section aria-labelledby="export" className="mb-8">
        <h2 id="export" className="text-xl font-semibold">Data (CSV och JSON)</h2>
        <p className="mt-1 max-w-2xl text-slate-700">
          CSV-filerna är anpassade för Excel på svenska: UTF-8, semikolon mellan fälten och decimalkomma. Tomt fält betyder att uppgiften saknas. JSON-filerna har vanliga tal med decimalpunkt och null för saknade värden.
        </p>
        <div role="region" aria-label="Exporter (rullbar)" tabIndex={0} className="mt-3 overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">Dataexporter för omgången, med länkar till CSV och JSON</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-4">Data</th>
                <th scope="col" className="py-2 pr-4">Innehåll</th>
                <th scope="col" className="py-2 pr-4">Hämta</th>
              </tr>
            </thead>
            <tbody>
              {data.datasets.map((d) => (
                <tr key={d.key} className="border-b border-slate-200 align-top">
                  <th scope="row" className="py-2 pr-4 font-medium">{d.label}</th>
                  <td className="py-2 pr-4 text-slate-700">{d.description}</td>
                  <td className="py-2 pr-4 whitespace-nowrap">
                    <a href={d.csv}>CSV<span className="sr-only">: {d.label}</span></a>
                    {' · '}
                    <a href={d.json}>JSON<span className="sr-only">: {d.label}</span></a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
