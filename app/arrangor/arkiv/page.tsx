import type { Metadata } from 'next';
import Link from 'next/link';
import { ArchiveYearForm } from '@/components/publication/archive-year-form';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { loadArchiveEditor } from '@/lib/loaders/publication';
import { formatDateTime } from '@/lib/time';
import { saveArchiveYearAction } from './actions';

export const metadata: Metadata = { title: 'Arkivet' };
export const dynamic = 'force-dynamic';

/** The organiser's editor for the public archive: motivation and finalists of earlier years. */
export default async function ArchiveEditorPage() {
  const years = await loadArchiveEditor();
  return (
    <>
      <PageHeading
        lead={
          <>
            Vinnarna sedan 2003, som de visas på den <Link href="/resultat">publika resultatsidan</Link>. Fyll i motivering och finalister när de är kända. En omgång som publiceras här
            ersätter sitt års arkivrad när publiceringstiden har passerat.
          </>
        }
      >
        Arkivet
      </PageHeading>
      {years.length === 0 ? <EmptyState title="Arkivet är tomt">Kör seed-skriptet (npm run seed) för att lägga in vinnarna sedan 2003.</EmptyState> : null}
      <ul className="space-y-3">
        {years.map((y) => (
          <li key={y.year} className="rounded-lg border border-slate-200 bg-white p-4">
            <details>
              <summary className="cursor-pointer text-lg font-semibold">
                {y.year}: {y.winner}
              </summary>
              <p className="mt-2 text-sm text-slate-700">Senast ändrad {formatDateTime(y.updatedAt)}.</p>
              <ArchiveYearForm year={y.year} motivation={y.motivation} finalists={y.finalists} save={saveArchiveYearAction} />
            </details>
          </li>
        ))}
      </ul>
    </>
  );
}
