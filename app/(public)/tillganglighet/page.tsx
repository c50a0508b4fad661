import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeading } from '@/components/ui/page-heading';
import { TextSection } from '@/components/ui/text-section';
import type { Locale } from '@/i18n/config';
import { formatDate } from '@/lib/i18n/format';

/** When the site was last assessed and this statement last updated (update them together). */
const ASSESSED = '2026-12-02T12:00:00Z';
const UPDATED = '2026-12-02T12:00:00Z';
const DIGG_REPORT = 'https://www.digg.se/tdosanmalan';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('accessibility'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

/**
 * The accessibility statement (tillgänglighetsredogörelse) in the structure of
 * DIGG's model: compliance status, what to do instead, how to report, supervision,
 * technical information with the known shortcomings, how it was tested, and dates.
 */
export default async function AccessibilityStatementPage() {
  const [t, locale] = await Promise.all([getTranslations('accessibility'), getLocale()]);
  const section = (key: string) => ({ id: `tillganglighet-${key}`, title: t(`${key}Title`) });
  const date = (iso: string) => formatDate(iso, locale as Locale);
  return (
    <article className="max-w-3xl">
      <PageHeading lead={t('lead')}>{t('title')}</PageHeading>
      <TextSection {...section('status')}>
        <p>{t('status')}</p>
      </TextSection>
      <TextSection {...section('alternative')}>
        <p>{t('alternative')}</p>
      </TextSection>
      <TextSection {...section('report')}>
        <p>{t('report')}</p>
      </TextSection>
      <TextSection {...section('supervision')}>
        <p>{t.rich('supervision', { link: (chunks) => <a href={DIGG_REPORT}>{chunks}</a> })}</p>
      </TextSection>
      <TextSection {...section('technical')}>
        <p>{t('technical')}</p>
      </TextSection>
      <TextSection {...section('shortcomings')}>
        <h3 className="text-lg font-semibold">{t('nonCompliantTitle')}</h3>
        <ul className="list-disc space-y-2 pl-6">
          {/* A list in the catalogue: its items by index (the build compiles each item, see next.config.ts). */}
          {Object.keys(t.raw('shortcomings') as object).map((i) => (
            <li key={i}>{t(`shortcomings.${i}`)}</li>
          ))}
        </ul>
        <h3 className="text-lg font-semibold">{t('outOfScopeTitle')}</h3>
        <p>{t('outOfScope')}</p>
      </TextSection>
      <TextSection {...section('testing')}>
        <p>{t('testing')}</p>
        <p>{t('assessed', { date: date(ASSESSED) })}</p>
        <p>{t('updated', { date: date(UPDATED) })}</p>
      </TextSection>
    </article>
  );
}
