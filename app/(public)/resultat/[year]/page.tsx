import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { LanguageLink } from '@/components/public/language-link';
import type { Locale } from '@/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';
import { loadPublicResult as loadResult } from '@/lib/loaders/public';
import { resultFingerprint } from '@/lib/public/fingerprint';

// Evaluated on every request: before the embargo this year does not exist (404), one second after it does.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ year: string }> };

/** One read per request, shared by the metadata and the page, so both show the same state. */
const loadPublicResult = cache(loadResult);

/** Title and Open Graph name the winner only when the result is public; otherwise the not-found page's own title. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year } = await params;
  const [t, result] = await Promise.all([getTranslations('pubResults'), loadPublicResult(year)]);
  if (!result) return {};
  const title = `${t('resultTitle', { year: result.year })}: ${result.winner.name}`;
  const description = t('resultDescription', { year: result.year, winner: result.winner.name });
  return { title, description, openGraph: { title, description, type: 'article' } };
}

/** One year's result: the winner, the jury's motivation, the finalists with a short line each, the jury. */
export default async function ResultPage({ params }: Props) {
  const { year } = await params;
  const [locale, t, result] = await Promise.all([getLocale() as Promise<Locale>, getTranslations('pubResults'), loadPublicResult(year)]);
  if (!result) notFound();
  return (
    <article lang={locale} className="mx-auto max-w-3xl">
      {/* What this render showed, for the page cache (lib/public/page-cache.ts): only a public result has one. */}
      <meta name="kk-result" content={resultFingerprint(result)} />
      <LanguageLink locale={locale} back={`/resultat/${result.year}`} />
      <p className="text-sm">
        <Link prefetch={false} href="/resultat">← {t('backToArchive')}</Link>
      </p>
      <p className="mt-4 text-sm font-semibold uppercase tracking-wide text-amber-800">{t('resultTitle', { year: result.year })}</p>
      <h1 className="mt-1 text-3xl font-semibold text-stone-900 sm:text-4xl">{result.winner.name}</h1>
      <p className="mt-2 text-stone-700">
        {t('winnerHeading')}
        {result.winner.county ? ` · ${result.winner.county}` : ''}
      </p>

      <section aria-labelledby="motivering" className="mt-8 rounded-xl border border-amber-200 bg-amber-50/60 p-5 sm:p-7">
        <h2 id="motivering" className="text-xl font-semibold text-stone-900">
          {t('motivationHeading')}
        </h2>
        {result.motivation ? (
          <blockquote lang="sv" className="mt-3 whitespace-pre-line text-lg leading-relaxed text-stone-800">
            {result.motivation}
          </blockquote>
        ) : (
          <p className="mt-3 text-stone-700">{t('motivationMissing')}</p>
        )}
      </section>

      <section aria-labelledby="finalister" className="mt-8">
        <h2 id="finalister" className="text-xl font-semibold text-stone-900">
          {t('finalistsHeading')}
        </h2>
        {result.finalists.length === 0 ? (
          <p className="mt-2 text-stone-700">{t('finalistsMissing')}</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {result.finalists.map((f) => (
              <li key={f.name} className="rounded-lg border border-stone-200 bg-white p-4">
                <span className="font-semibold">{f.name}</span>
                {f.line ? (
                  <p lang="sv" className="mt-1 text-stone-700">
                    {f.line}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      {result.developmentMunicipality ? (
        <section aria-labelledby="utvecklingskommun" className="mt-8">
          <h2 id="utvecklingskommun" className="text-xl font-semibold text-stone-900">
            {t('developmentHeading')}
          </h2>
          <p className="mt-2">{t('developmentLead', { name: result.developmentMunicipality.name })}</p>
          {result.developmentMunicipality.reason ? (
            <p lang="sv" className="mt-1 text-stone-700">
              {result.developmentMunicipality.reason}
            </p>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="juryn" className="mt-8">
        <h2 id="juryn" className="text-xl font-semibold text-stone-900">
          {t('juryHeading')}
        </h2>
        {result.jury.length === 0 ? (
          <p className="mt-2 text-stone-700">{t('juryMissing')}</p>
        ) : (
          <ul className="mt-3 grid gap-2 sm:grid-cols-2">
            {result.jury.map((j) => (
              <li key={`${j.name}|${j.organisation ?? ''}`}>
                <span className="font-medium">{j.name}</span>
                {j.organisation ? <span className="text-stone-700">, {j.organisation}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <p className="mt-8 text-sm text-stone-700">{result.publishedAt ? t('publishedAt', { when: formatDateTime(result.publishedAt, locale) }) : t('fromArchive')}</p>
    </article>
  );
}
