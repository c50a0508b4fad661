import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { InvitationActions, PersonActions } from '@/components/arrangor/people/row-actions';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import type { Locale } from '@/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';
import { loadPeoplePage } from '@/lib/loaders/people';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('orgPeople'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

const STATUS_TONE = { pending: 'info', accepted: 'success', expired: 'warning', revoked: 'neutral' } as const;

export default async function PeoplePage() {
  const [{ me, people, invitations }, t, tLabel, locale] = await Promise.all([loadPeoplePage(), getTranslations('orgPeople'), getTranslations('orgLabels'), getLocale()]);
  return (
    <>
      <PageHeading lead={t('lead')}>{t('title')}</PageHeading>
      <p className="mb-6 flex flex-wrap gap-4">
        <Link href="/arrangor/personer/bjud-in" className="font-medium">
          {t('invite')}
        </Link>
        <Link href="/arrangor/utkorg">{t('outbox')}</Link>
      </p>

      <section aria-labelledby="inbjudningar" className="mb-8">
        <h2 id="inbjudningar" className="mb-2 text-xl font-semibold">
          {t('invitations')}
        </h2>
        {invitations.length === 0 ? (
          <EmptyState title={t('noInvitationsTitle')}>{t('noInvitationsBody')}</EmptyState>
        ) : (
          <div role="region" aria-label={t('invitationsRegion')} tabIndex={0} className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-left text-sm">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="p-2">{t('email')}</th>
                  <th scope="col" className="p-2">{t('role')}</th>
                  <th scope="col" className="p-2">{t('nameMunicipality')}</th>
                  <th scope="col" className="p-2">{t('status')}</th>
                  <th scope="col" className="p-2">{t('expires')}</th>
                  <th scope="col" className="p-2">{t('actions')}</th>
                </tr>
              </thead>
              <tbody>
                {invitations.map((i) => (
                  <tr key={i.id} className="border-b border-slate-200 align-top">
                    <td className="p-2">{i.email}</td>
                    <td className="p-2">{tLabel(`roles.${i.role}`)}</td>
                    <td className="p-2">{[i.name, i.detail].filter(Boolean).join(', ')}</td>
                    <td className="p-2">
                      <Badge tone={STATUS_TONE[i.status]}>{tLabel(`invitationStatus.${i.status}`)}</Badge>
                    </td>
                    <td className="p-2">{formatDateTime(i.expiresAt, locale as Locale)}</td>
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
          {t('accounts')}
        </h2>
        <div role="region" aria-label={t('accountsRegion')} tabIndex={0} className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2">{t('name')}</th>
                <th scope="col" className="p-2">{t('email')}</th>
                <th scope="col" className="p-2">{t('role')}</th>
                <th scope="col" className="p-2">{t('organisation')}</th>
                <th scope="col" className="p-2">{t('status')}</th>
                <th scope="col" className="p-2">{t('actions')}</th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr key={p.id} className="border-b border-slate-200 align-top">
                  <td className="p-2">
                    <Link href={`/arrangor/personer/${p.id}`}>{p.name}</Link> {p.isDemo ? <Badge tone="warning">{t('demo')}</Badge> : null}
                  </td>
                  <td className="p-2">{p.email}</td>
                  <td className="p-2">{tLabel(`roles.${p.role}`)}</td>
                  <td className="p-2">{p.detail}</td>
                  <td className="p-2">{p.active ? <Badge tone="success">{t('active')}</Badge> : <Badge>{t('inactive')}</Badge>}</td>
                  <td className="p-2">{p.id === me ? <span className="text-slate-700">{t('you')}</span> : <PersonActions id={p.id} name={p.name} active={p.active} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
