import type { Metadata } from 'next';
import Link from 'next/link';
import { NominationResponse } from '@/components/kommun/nomination-response';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { loadMyApplication } from '@/lib/loaders/kommun';
import { loadMyFeedbackLetters } from '@/lib/loaders/reports';
import { formatDateTime } from '@/lib/time';

export const metadata: Metadata = { title: 'Vår ansökan' };
export const dynamic = 'force-dynamic';

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

export default async function MunicipalityHome() {
  const { municipality, applications } = await loadMyApplication();
  const letters = await loadMyFeedbackLetters(applications.map((a) => a.id));
  return (
    <>
      <PageHeading lead="Status för er ansökan och de styrdokument ni har lämnat in.">{`${municipality} – vår ansökan`}</PageHeading>
      {applications.length === 0 ? (
        <EmptyState title="Ingen ansökan ännu">
          Er kommun har ingen ansökan i någon omgång. När ansökan öppnar kan ni anmäla er här, eller följa länken i
          inbjudan från arrangören.
        </EmptyState>
      ) : (
        applications.map((a) => (
          <section key={a.id} aria-labelledby={`ansokan-${a.id}`} className="mb-6 rounded-lg border border-slate-200 bg-white p-5">
            <div className="flex flex-wrap items-center gap-2">
              <h2 id={`ansokan-${a.id}`} className="text-xl font-semibold">{a.cycleName}</h2>
              <Badge tone="info">Status: {a.statusLabel}</Badge>
              <Badge>Fas: {a.phaseLabel}</Badge>
            </div>
            {a.submittedAt ? <p className="mt-2 text-slate-700">Inskickad {formatDateTime(a.submittedAt)}</p> : null}
            <NominationResponse nominationId={a.id} />
            <p className="mt-2 flex flex-wrap gap-4">
              {a.awaitingResponse ? null : (
                <Link href={`/kommun/ansokan/${a.id}`} className="font-medium">
                  {a.submittedAt ? 'Visa ansökan' : 'Fyll i ansökan'}
                  <span className="sr-only"> för {a.cycleName}</span>
                </Link>
              )}
              {a.submittedAt ? (
                <a href={`/api/kvitto/${a.id}`} className="font-medium">
                  Ladda ner kvitto (PDF)<span className="sr-only"> för {a.cycleName}</span>
                </a>
              ) : null}
              {letters.has(a.id) ? (
                <a href={`/api/kommun/aterkoppling/${a.id}`} className="font-medium">
                  Ladda ner juryns återkoppling (PDF)<span className="sr-only"> för {a.cycleName}</span>
                </a>
              ) : null}
            </p>
            <h3 className="mt-4 font-semibold">Styrdokument</h3>
            {a.documents.length === 0 ? (
              <p className="mt-1 text-slate-700">Inga dokument uppladdade ännu.</p>
            ) : (
              <ul className="mt-2 space-y-1">
                {a.documents.map((d) => (
                  <li key={d.id}>
                    <span className="font-medium">{d.title}</span>{' '}
                    <span className="text-sm text-slate-700">
                      {d.pageCount ?? '?'} sidor, {formatSize(d.sizeBytes)}
                    </span>{' '}
                    {d.isDemo ? <Badge tone="warning">Demodata</Badge> : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))
      )}
    </>
  );
}
