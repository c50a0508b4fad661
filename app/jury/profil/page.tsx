import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { DeclareConflictProfileForm } from '@/components/conflicts/conflict-forms';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import type { Locale } from '@/i18n/config';
import { formatDate } from '@/lib/i18n/format';
import { loadJurorProfile } from '@/lib/loaders/people';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('juryProfile'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

export default async function JurorProfilePage() {
  const [{ juror, conflicts, cycles, municipalities }, t, locale] = await Promise.all([loadJurorProfile(), getTranslations('juryProfile'), getLocale()]);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/jury">{t('back')}</Link>
      </p>
      <PageHeading lead={`${juror.email}${juror.organisation ? ` · ${juror.organisation}` : ''}`}>{t('title')}</PageHeading>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="mina-jav">
          <h2 id="mina-jav" className="mb-2 text-xl font-semibold">
            {t('conflicts')}
          </h2>
          {conflicts.length === 0 ? (
            <EmptyState title={t('emptyTitle')}>{t('emptyBody')}</EmptyState>
          ) : (
            <ul className="space-y-2">
              {conflicts.map((c) => (
                <li key={c.id} className="rounded border border-slate-200 bg-white p-3">
                  <span className="font-medium">{c.municipality}</span> · {c.cycleName}
                  <span className="block text-sm text-slate-700">
                    {c.reason} · {t('declared', { date: formatDate(c.createdAt, locale as Locale) })}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <p className="mt-3 text-sm text-slate-700">{t('wrongConflict')}</p>
        </section>
        {cycles.length === 0 ? (
          <p className="rounded border border-amber-600 bg-amber-50 p-4 text-amber-900">{t('noOpenCycle')}</p>
        ) : (
          <DeclareConflictProfileForm cycles={cycles} municipalities={municipalities} />
        )}
      </div>
    </>
  );
}
