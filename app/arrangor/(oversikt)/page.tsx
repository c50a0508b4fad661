import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import type { Locale } from '@/i18n/config';
import { formatNumber } from '@/lib/i18n/format';
import { loadCycleOverview } from '@/lib/loaders/arrangor';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('arrangorHome'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

/** The loader gives the phase's Swedish name; its key finds the name in the reader's language. */

const FIGURES = ['nominations', 'submittedApplications', 'jurors', 'assignments', 'submittedSheets'] as const;

export default async function OrganiserHome() {
  const [{ cycles }, t, tPhase, locale] = await Promise.all([loadCycleOverview(), getTranslations('arrangorHome'), getTranslations('phases'), getLocale()]);
  return (
    <>
      <PageHeading lead={t('lead')}>{t('title')}</PageHeading>
      <p className="mb-6">
        <Link href="/arrangor/omgang/ny" className={`${buttonClasses('primary')} hover:text-white`}>
          {t('newCycle')}
        </Link>
      </p>
      {cycles.length === 0 ? (
        <EmptyState title={t('emptyTitle')}>{t('emptyBody')}</EmptyState>
      ) : (
        <ul className="space-y-4">
          {cycles.map((c) => (
            <li key={c.id}>
              <section aria-labelledby={`omgang-${c.id}`} className="rounded-lg border border-slate-200 bg-white p-5">
                <div className="flex flex-wrap items-center gap-2">
                  <h2 id={`omgang-${c.id}`} className="text-xl font-semibold">
                    <Link href={`/arrangor/omgang/${c.id}`}>{c.name}</Link>
                  </h2>
                  <Badge tone="info">{t('phase', { phase: tPhase(c.phase) })}</Badge>
                  <Badge>{t(`modes.${c.mode}`)}</Badge>
                  {c.isDemo ? <Badge tone="warning">{t('demo')}</Badge> : null}
                </div>
                <dl className="mt-4 grid grid-cols-2 gap-4 sm:grid-cols-5">
                  {FIGURES.map((key) => (
                    <div key={key}>
                      <dt className="text-sm text-slate-700">{t(key)}</dt>
                      <dd className="text-2xl font-semibold tabular-nums">{formatNumber(c.counts[key], locale as Locale)}</dd>
                    </div>
                  ))}
                </dl>
              </section>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
