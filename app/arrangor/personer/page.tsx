import type { Metadata } from 'next';
import Link from 'next/link';
import { InvitationActions, PersonActions } from '@/components/arrangor/people/row-actions';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { loadPeoplePage } from '@/lib/loaders/people';
import { formatDateTime } from '@/lib/time';

export const metadata: Metadata = { title: 'Personer' };
export const dynamic = 'force-dynamic';

const STATUS_TONE = { pending: 'info', accepted: 'success', expired: 'warning', revoked: 'neutral' } as const;

export default async function PeoplePage() {
  const { me, people, invitations } = await loadPeoplePage();
  return (
    <>
      <PageHeading lead="Jurymedlemmar, kommunkontakter och arrangörer, och inbjudningarna som väntar.">Personer</PageHeading>
      <p className="mb-6 flex flex-wrap gap-4">
        <Link href="/arrangor/personer/bjud-in" className="font-medium">
          Bjud in jurymedlemmar och kommunkontakter
        </Link>
        <Link href="/arrangor/utkorg">Utkorgen (skickade meddelanden)</Link>
      </p>

      <section aria-labelledby="inbjudningar" className="mb-8">
        <h2 id="inbjudningar" className="mb-2 text-xl font-semibold">
          Inbjudningar
        </h2>
        {invitations.length === 0 ? (
          <EmptyState title="Inga inbjudningar ännu">Bjud in jurymedlemmar och kommunkontakter för att de ska kunna logga in.</EmptyState>
        ) : (
          <div role="region" aria-label="Inbjudningar (rullbar)" tabIndex={0} className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-left text-sm">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="p-2">E-post</th>
                  <th scope="col" className="p-2">Roll</th>
                  <th scope="col" className="p-2">Namn / kommun</th>
                  <th scope="col" className="p-2">Status</th>
                  <th scope="col" className="p-2">Gäller till</th>
                  <th scope="col" className="p-2">Åtgärder</th>
                </tr>
              </thead>
              <tbody>
                {invitations.map((i) => (
                  <tr key={i.id} className="border-b border-slate-200 align-top">
                    <td className="p-2">{i.email}</td>
                    <td className="p-2">{i.roleLabel}</td>
                    <td className="p-2">{[i.name, i.detail].filter(Boolean).join(', ')}</td>
                    <td className="p-2">
                      <Badge tone={STATUS_TONE[i.status]}>{i.statusLabel}</Badge>
                    </td>
                    <td className="p-2">{formatDateTime(i.expiresAt)}</td>
                    <td className="p-2">
                      <InvitationActions id={i.id} email={i.email} status={i.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="konton">
        <h2 id="konton" className="mb-2 text-xl font-semibold">
          Konton
        </h2>
        <div role="region" aria-label="Konton (rullbar)" tabIndex={0} className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2">Namn</th>
                <th scope="col" className="p-2">E-post</th>
                <th scope="col" className="p-2">Roll</th>
                <th scope="col" className="p-2">Organisation / kommun</th>
                <th scope="col" className="p-2">Status</th>
                <th scope="col" className="p-2">Åtgärder</th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr key={p.id} className="border-b border-slate-200 align-top">
                  <td className="p-2">
                    <Link href={`/arrangor/personer/${p.id}`}>{p.name}</Link> {p.isDemo ? <Badge tone="warning">Demo</Badge> : null}
                  </td>
                  <td className="p-2">{p.email}</td>
                  <td className="p-2">{p.roleLabel}</td>
                  <td className="p-2">{p.detail}</td>
                  <td className="p-2">{p.active ? <Badge tone="success">Aktiv</Badge> : <Badge>Inaktiverad</Badge>}</td>
                  <td className="p-2">{p.id === me ? <span className="text-slate-700">Du själv</span> : <PersonActions id={p.id} name={p.name} active={p.active} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
