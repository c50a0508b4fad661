import type { Metadata } from 'next';
import Link from 'next/link';
import { ErasePersonForm } from '@/components/arrangor/gdpr/erase-person-form';
import { Badge } from '@/components/ui/badge';
import { PageHeading } from '@/components/ui/page-heading';
import { loadPersonPage } from '@/lib/loaders/person';
import { formatDateTime } from '@/lib/time';

export const metadata: Metadata = { title: 'Person' };
export const dynamic = 'force-dynamic';

const COUNT_LABELS = {
  sessions: 'Sessioner',
  invitations: 'Inbjudningar',
  mail: 'Skickade meddelanden',
  registrations: 'Egna registreringar',
  conflicts: 'Jäv',
  assignments: 'Tilldelningar',
  scoreSheets: 'Bedömningar',
  interviewNotes: 'Intervjuanteckningar',
  applicationContacts: 'Kontaktuppgifter i ansökningar',
  auditEntries: 'Händelser i loggen',
} as const;

/** One person: what the app stores about them, the JSON export and erasure (GDPR). */
export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { person, counts, isMe } = await loadPersonPage(id);
  return (
    <>
      <p className="mb-2">
        <Link href="/arrangor/personer">← Personer</Link>
      </p>
      <PageHeading lead={[person.roleLabel, person.detail].filter(Boolean).join(', ')}>{person.name}</PageHeading>
      <p className="mb-4 flex flex-wrap items-center gap-2">
        <span>{person.email}</span>
        {person.erasedAt ? <Badge tone="neutral">Raderad {formatDateTime(person.erasedAt)}</Badge> : person.active ? <Badge tone="success">Aktiv</Badge> : <Badge tone="warning">Inaktiverad</Badge>}
        {person.isDemo ? <Badge tone="info">Demokonto</Badge> : null}
      </p>

      <section aria-labelledby="lagrat" className="mb-8">
        <h2 id="lagrat" className="mb-2 text-xl font-semibold">
          Det här finns lagrat
        </h2>
        <table className="border-collapse bg-white text-left text-sm">
          <caption className="sr-only">Antal uppgifter per slag</caption>
          <tbody>
            {Object.entries(COUNT_LABELS).map(([key, label]) => (
              <tr key={key} className="border-b border-slate-200">
                <th scope="row" className="p-2 font-medium">
                  {label}
                </th>
                <td className="p-2 text-right tabular-nums">{counts[key as keyof typeof counts]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-3">
          <a href={`/api/arrangor/personer/${person.id}/export`} download>
            Hämta allt om personen som JSON (registerutdrag)
          </a>
        </p>
      </section>

      {person.erasedAt ? null : isMe ? (
        <p className="text-slate-700">Ditt eget konto kan bara raderas av en annan arrangör.</p>
      ) : (
        <ErasePersonForm userId={person.id} name={person.name} />
      )}
    </>
  );
}
