import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { LanguageLink } from '@/components/public/language-link';
import type { Locale } from '@/i18n/config';
import { loadPublicArchive } from '@/lib/loaders/public';

// Evaluated on every request: a result becomes public at its embargo instant, not at build time.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('pubResults');
  return { title: t('archiveTitle'), description: t('description'), openGraph: { title: `${t('award')}: ${t('archiveTitle')}`, description: t('description') } };
}

/** The public archive: every year's winner, newest first. */
export default async function ArchivePage() {
  const [locale, t, years] = await Promise.all([getLocale() as Promise<Locale>, getTranslations('pubResults'), loadPublicArchive()]);
  return (
    <div lang={locale} className="mx-auto max-w-3xl">
      <LanguageLink locale={locale} back="/resultat" />
      <p className="text-sm font-semibold uppercase tracking-wide text-amber-800">{t('award')}</p>
      <h1 className="mt-1 text-3xl font-semibold text-stone-900">{t('archiveTitle')}</h1>
      <p className="mt-3 text-lg leading-relaxed text-stone-700">{t('archiveLead')}</p>
      {years.length === 0 ? (
        <p className="mt-8 rounded-lg border border-stone-200 bg-white p-6">{t('archiveEmpty')}</p>
      ) : (
        <table className="mt-8 w-full border-collapse overflow-hidden rounded-lg bg-white text-left shadow-sm">
          <caption className="sr-only">{t('archiveCaption')}</caption>
          <thead className="bg-amber-50 text-stone-800">
            <tr>
              <th scope="col" className="px-4 py-3 font-semibold">
                {t('year')}
              </th>
              <th scope="col" className="px-4 py-3 font-semibold">
                {t('winner')}
              </th>
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr key={y.year} className="border-t border-stone-200">
                <th scope="row" className="px-4 py-3 font-semibold tabular-nums">
                  <Link href={`/resultat/${y.year}`} aria-label={t('readMore', { year: y.year })}>
                    {y.year}
                  </Link>
                </th>
                <td className="px-4 py-3 text-lg">{y.winner}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
