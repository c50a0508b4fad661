import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { RegistrationDecision } from '@/components/kommun/registration-decision';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { Table } from '@/components/ui/table';
import { PageHeading } from '@/components/ui/page-heading';
import type { Locale } from '@/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';
import { loadRegistrationQueue } from '@/lib/loaders/registration';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('orgRegistrations'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

export default async function RegistrationQueuePage() {
  const [rows, t, tLabel, locale] = await Promise.all([loadRegistrationQueue(), getTranslations('orgRegistrations'), getTranslations('orgLabels'), getLocale()]);
  return (
    <>
      <PageHeading lead={t('lead')}>{t('title')}</PageHeading>
      {rows.length === 0 ? (
        <EmptyState title={t('emptyTitle')}>{t('emptyBody')}</EmptyState>
      ) : (
        <Table caption={t('caption')} captionHidden>
          <thead>
            <tr>
              <th scope="col" className="py-1 pr-3">{t('municipality')}</th>
              <th scope="col" className="py-1 pr-3">{t('contact')}</th>
              <th scope="col" className="py-1 pr-3">{t('cycle')}</th>
              <th scope="col" className="py-1 pr-3">{t('registered')}</th>
              <th scope="col" className="py-1 pr-3">{t('status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className="border-t border-slate-200 align-top">
                <td className="py-2 pr-3">
                  <span className="font-medium">{r.municipality}</span> ({r.kommunkod}, {r.county})
                </td>
                <td className="py-2 pr-3">
                  {r.name}, {r.title}
                  <br />
                  {r.email}
                </td>
                <td className="py-2 pr-3">{r.cycleName}</td>
                <td className="py-2 pr-3">{formatDateTime(r.createdAtIso, locale as Locale)}</td>
                <td className="py-2 pr-3">
                  {r.status === 'pending' ? (
                    <RegistrationDecision cycleId={r.cycleId} registrationId={r.id} who={`${r.name}, ${r.municipality}`} />
                  ) : (
                    <Badge tone={r.status === 'approved' ? 'success' : 'neutral'}>{tLabel(`registrationStatus.${r.status}`)}</Badge>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
