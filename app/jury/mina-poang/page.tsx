import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { loadOwnOverview } from '@/lib/loaders/jury';

export const metadata: Metadata = { title: 'Mina poäng' };
export const dynamic = 'force-dynamic';

const fmt = (n: number | null) => (n === null ? '–' : n.toLocaleString('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));

const TENDENCY = {
  lenient: (offset: string) => `Ditt medelvärde ligger ${offset} steg över skalans mitt: du bedömer generöst jämfört med mitten av skalan.`,
  strict: (offset: string) => `Ditt medelvärde ligger ${offset} steg under skalans mitt: du bedömer strängt jämfört med mitten av skalan.`,
  balanced: () => 'Ditt medelvärde ligger nära skalans mitt.',
  too_few: () => 'Du har gett för få poäng än för att säga något om din tendens.',
} as const;

export default async function OwnOverviewPage() {
  const { cycles } = await loadOwnOverview();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/jury">← Mina tilldelningar</Link>
      </p>
      <PageHeading lead="Dina egna poäng över alla kommuner, så att du ser om du genomgående bedömer generöst eller strängt innan du skickar in. Andras poäng visas inte här.">
        Mina poäng
      </PageHeading>
      {cycles.every((c) => c.profile.n === 0 && c.profile.cannotAssess === 0) ? (
        <EmptyState title="Inga poäng ännu">Dina poäng visas här när du har börjat bedöma.</EmptyState>
      ) : null}
      {cycles.map((c) => {
        const max = Math.max(1, ...c.profile.counts.map((x) => x.count));
        const offset = c.profile.offset === null ? '' : fmt(Math.abs(c.profile.offset));
        return (
          <section key={c.cycleId} aria-labelledby={`cykel-${c.cycleId}`} className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
            <h2 id={`cykel-${c.cycleId}`} className="text-lg font-semibold">
              {c.cycleName}
            </h2>
            <p className="mt-1">
              {c.profile.n} poäng, medelvärde {fmt(c.profile.mean)}, median {fmt(c.profile.median)}, skalans mitt {fmt(c.profile.middle)}.{' '}
              {c.profile.cannotAssess > 0 ? `”Kan inte bedöma” ${c.profile.cannotAssess} gånger.` : ''}
            </p>
            <p className="mt-1 font-medium">{TENDENCY[c.profile.tendency](offset)}</p>
            <table className="mt-3 w-full max-w-lg text-left text-sm">
              <caption className="sr-only">Hur många gånger du gett varje värde</caption>
              <thead>
                <tr>
                  <th scope="col" className="py-1 pr-2">Värde</th>
                  <th scope="col" className="py-1 pr-2">Antal</th>
                  <th scope="col" className="w-2/3 py-1">Fördelning</th>
                </tr>
              </thead>
              <tbody>
                {c.profile.counts.map((x) => (
                  <tr key={x.value} className="border-t border-slate-200">
                    <th scope="row" className="py-1 pr-2 font-normal">
                      {x.value}
                      {x.value === c.profile.middle ? ' (mitten)' : ''}
                    </th>
                    <td className="py-1 pr-2 tabular-nums">{x.count}</td>
                    <td className="py-1">
                      <div className="h-3 rounded bg-brand-700" style={{ width: `${(x.count / max) * 100}%` }} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h3 className="mt-4 font-semibold">Per kommun</h3>
            <table className="mt-1 w-full max-w-lg text-left text-sm">
              <caption className="sr-only">Ditt medelvärde per kommun</caption>
              <thead>
                <tr>
                  <th scope="col" className="py-1 pr-2">Kommun</th>
                  <th scope="col" className="py-1 pr-2 text-right">Poäng</th>
                  <th scope="col" className="py-1 pr-2 text-right">Medelvärde</th>
                  <th scope="col" className="py-1">Status</th>
                </tr>
              </thead>
              <tbody>
                {c.nominations.map((n) => (
                  <tr key={n.nominationId} className="border-t border-slate-200">
                    <th scope="row" className="py-1 pr-2 font-normal">
                      <Link href={`/jury/nominering/${n.nominationId}`}>{n.municipality}</Link>
                    </th>
                    <td className="py-1 pr-2 text-right tabular-nums">{n.n}</td>
                    <td className="py-1 pr-2 text-right tabular-nums">{fmt(n.mean)}</td>
                    <td className="py-1">{n.submitted ? 'Inskickad' : 'Pågår'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </>
  );
}
