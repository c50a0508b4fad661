import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ErasePersonForm } from '@/components/arrangor/gdpr/erase-person-form';
import { Badge } from '@/components/ui/badge';
import { PageHeading } from '@/components/ui/page-heading';
import type { Locale } from '@/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';
import { loadPersonPage } from '@/lib/loaders/person';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('orgPerson'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

const COUNTS = ['sessions', 'invitations', 'mail', 'registrations', 'conflicts', 'assignments', 'scoreSheets', 'interviewNotes', 'applicationContacts', 'auditEntries'] as const;

/** One person: what the app stores about them, the JSON export and erasure (GDPR). */
export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [{ person, counts, isMe }, t, tLabel, locale] = await Promise.all([loadPersonPage(id), getTranslations('orgPerson'), getTranslations('orgLabels'), getLocale()]);
  const roleLabel = tLabel(`roles.${person.role}`);
  return (
    <>
      <p className="mb-2">
        <Link href="/arrangor/personer">{t('back')}</Link>
      </p>
      <PageHeading lead={[roleLabel, person.detail].filter(Boolean).join(', ')}>{person.name}</PageHeading>
      <p className="mb-4 flex flex-wrap items-center gap-2">
        <span>{person.email}</span>
        {person.erasedAt ? (
          <Badge tone="neutral">{t('erased', { when: formatDateTime(person.erasedAt, locale as Locale) })}</Badge>
        ) : person.active ? (
          <Badge tone="success">{t('active')}</Badge>
        ) : (
          <Badge tone="warning">{t('inactive')}</Badge>
        )}
        {person.isDemo ? <Badge tone="info">{t('demo')}</Badge> : null}
      </p>

      <section aria-labelledby="lagrat" className="mb-8">
        <h2 id="lagrat" className="mb-2 text-xl font-semibold">
          {t('stored')}
        </h2>
        <table className="border-collapse bg-white text-left text-sm">
          <caption className="sr-only">{t('caption')}</caption>
          <tbody>
            {COUNTS.map((key) => (
              <tr key={key} className="border-b border-slate-200">
                <th scope="row" className="p-2 font-medium">
                  {t(`counts.${key}`)}
                </th>
                <td className="p-2 text-right tabular-nums">{counts[key]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-3">
          <a href={`/api/arrangor/personer/${person.id}/export`} download>
            {t('export')}
          </a>
        </p>
      </section>

      {person.erasedAt ? null : isMe ? (
        <p className="text-slate-700">{t('self')}</p>
      ) : (
        <ErasePersonForm userId={person.id} name={person.name} />
      )}
    </>
  );
}
