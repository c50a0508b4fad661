import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeading } from '@/components/ui/page-heading';
import { TextSection } from '@/components/ui/text-section';
import type { Locale } from '@/i18n/config';
import { formatDate } from '@/lib/i18n/format';

/** When this notice last changed (update it with the text). */
const UPDATED = '2026-12-02T12:00:00Z';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('privacy'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

/** The privacy notice (GDPR articles 13–14): open to everyone, linked from every page's footer. */
export default async function PrivacyPage() {
  const [t, locale] = await Promise.all([getTranslations('privacy'), getLocale()]);
  const section = (key: string) => ({ id: `integritet-${key}`, title: t(`${key}Title`) });
  return (
    <article className="max-w-3xl">
      <PageHeading lead={t('lead')}>{t('title')}</PageHeading>
      <TextSection {...section('controller')}>
        <p>{t('controller')}</p>
      </TextSection>
      <TextSection {...section('what')}>
        <ul className="list-disc space-y-2 pl-6">
          {/* A list in the catalogue: its items by index (the build compiles each item, see next.config.ts). */}
          {Object.keys(t.raw('what') as object).map((i) => (
            <li key={i}>{t(`what.${i}`)}</li>
          ))}
        </ul>
      </TextSection>
      <TextSection {...section('why')}>
        <p>{t('why')}</p>
      </TextSection>
      <TextSection {...section('who')}>
        <p>{t('who')}</p>
      </TextSection>
      <TextSection {...section('howLong')}>
        <p>{t('howLong')}</p>
      </TextSection>
      <TextSection {...section('cookies')}>
        <p>{t('cookies')}</p>
      </TextSection>
      <TextSection {...section('rights')}>
        <p>{t('rights')}</p>
      </TextSection>
      <TextSection {...section('complaint')}>
        <p>{t.rich('complaint', { link: (chunks) => <a href="https://www.imy.se/">{chunks}</a> })}</p>
      </TextSection>
      <p className="mt-8 text-sm text-slate-700">{t('updated', { date: formatDate(UPDATED, locale as Locale) })}</p>
    </article>
  );
}
