import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/config';
import { formatDate } from '@/lib/i18n/format';
import { loadPublicNominees } from '@/lib/loaders/public-nominees';

// Evaluated on every request: before the announcement this year has no nominees (404), one second after it has.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ year: string }> };

/** The title names the year only once the nominees are public; before, the not-found page's own title. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year } = await params;
  const [list, t] = await Promise.all([loadPublicNominees(year), getTranslations('pubNominees')]);
  if (!list) return {};
  const title = t('title', { year: String(list.year) });
  return { title, description: t('description', { year: String(list.year) }), openGraph: { title, type: 'article' } };
}

/** A year's nominees (nomination by key figures), in alphabetical order, after the organiser's announcement. */
export default async function NomineesPublicPage({ params }: Props) {
  const { year } = await params;
  const [list, t, locale] = await Promise.all([loadPublicNominees(year), getTranslations('pubNominees'), getLocale() as Promise<Locale>]);
  if (!list) notFound();
  return (
    <article lang={locale} className="mx-auto max-w-3xl">
      <p className="text-sm">
        <Link href="/resultat">{t('back')}</Link>
      </p>
      <h1 className="mt-4 text-3xl font-semibold text-stone-900 sm:text-4xl">{t('title', { year: String(list.year) })}</h1>
      <p className="mt-3 text-stone-700">{t('lead')}</p>
      {list.cycles.map((c, i) => (
        <section key={c.name} aria-labelledby={`omgang-${i}`} className="mt-8">
          <h2 id={`omgang-${i}`} lang="sv" className="text-xl font-semibold text-stone-900">
            {c.name}
          </h2>
          <p className="mt-1 text-sm text-stone-700">{t('announced', { date: formatDate(c.announcedAt, locale) })}</p>
          {c.nominees.length === 0 ? (
            <p className="mt-3 text-stone-700">{t('notReady')}</p>
          ) : (
            <ul className="mt-3 grid gap-2 sm:grid-cols-2">
              {c.nominees.map((n) => (
                <li key={n.name} className="rounded-lg border border-stone-200 bg-white p-4">
                  <span className="font-semibold">{n.name}</span>
                  {n.county ? <span className="block text-sm text-stone-700">{n.county}</span> : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </article>
  );
}
