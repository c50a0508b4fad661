import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ArchiveYearForm } from '@/components/publication/archive-year-form';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import type { Locale } from '@/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';
import { loadArchiveEditor } from '@/lib/loaders/publication';
import { saveArchiveYearAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('orgArchive'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

/** The organiser's editor for the public archive: motivation and finalists of earlier years. */
export default async function ArchiveEditorPage() {
  const [years, t, locale] = await Promise.all([loadArchiveEditor(), getTranslations('orgArchive'), getLocale()]);
  return (
    <>
      <PageHeading lead={t.rich('lead', { link: (chunks) => <Link href="/resultat">{chunks}</Link> })}>{t('title')}</PageHeading>
      {years.length === 0 ? <EmptyState title={t('emptyTitle')}>{t('emptyBody')}</EmptyState> : null}
      <ul className="space-y-3">
        {years.map((y) => (
          <li key={y.year} className="rounded-lg border border-slate-200 bg-white p-4">
            <details>
              <summary className="cursor-pointer text-lg font-semibold">
                {y.year}: {y.winner}
              </summary>
              <p className="mt-2 text-sm text-slate-700">{t('updated', { when: formatDateTime(y.updatedAt, locale as Locale) })}</p>
              <ArchiveYearForm year={y.year} motivation={y.motivation} finalists={y.finalists} save={saveArchiveYearAction} />
            </details>
          </li>
        ))}
      </ul>
    </>
  );
}
