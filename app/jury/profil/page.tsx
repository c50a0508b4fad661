import type { Metadata } from 'next';
import Link from 'next/link';
import { DeclareConflictProfileForm } from '@/components/conflicts/conflict-forms';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { loadJurorProfile } from '@/lib/loaders/people';
import { formatDate } from '@/lib/time';

export const metadata: Metadata = { title: 'Min profil' };
export const dynamic = 'force-dynamic';

export default async function JurorProfilePage() {
  const { juror, conflicts, cycles, municipalities } = await loadJurorProfile();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/jury">← Mina tilldelningar</Link>
      </p>
      <PageHeading lead={`${juror.email}${juror.organisation ? ` · ${juror.organisation}` : ''}`}>Min profil</PageHeading>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="mina-jav">
          <h2 id="mina-jav" className="mb-2 text-xl font-semibold">
            Mina jäv
          </h2>
          {conflicts.length === 0 ? (
            <EmptyState title="Inga jäv anmälda">Har du band till en kommun, anmäl det här.</EmptyState>
          ) : (
            <ul className="space-y-2">
              {conflicts.map((c) => (
                <li key={c.id} className="rounded border border-slate-200 bg-white p-3">
                  <span className="font-medium">{c.municipality}</span> · {c.cycleName}
                  <span className="block text-sm text-slate-700">
                    {c.reason} · anmält {formatDate(c.createdAt)}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <p className="mt-3 text-sm text-slate-700">Har ett jäv registrerats felaktigt? Kontakta sekretariatet, som kan ta bort det.</p>
        </section>
        {cycles.length === 0 ? (
          <p className="rounded border border-amber-600 bg-amber-50 p-4 text-amber-900">Det finns ingen pågående omgång där jäv kan anmälas just nu.</p>
        ) : (
          <DeclareConflictProfileForm cycles={cycles} municipalities={municipalities} />
        )}
      </div>
    </>
  );
}
