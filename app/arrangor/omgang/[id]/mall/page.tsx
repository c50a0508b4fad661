import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { RubricEditor } from '@/components/arrangor/cycle/rubric-editor';
import { UnlockRubricForm } from '@/components/arrangor/cycle/unlock-form';
import { PageHeading } from '@/components/ui/page-heading';
import type { Locale } from '@/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';
import { loadRubricEditor } from '@/lib/loaders/arrangor';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('cycleRubric'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

export default async function RubricPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [data, t, locale] = await Promise.all([loadRubricEditor(id), getTranslations('cycleRubric'), getLocale() as Promise<Locale>]);
  return (
    <>
      <PageHeading lead={t('lead')}>{t('title')}</PageHeading>
      {data.phaseRefusal ? (
        <p className="mb-6 rounded border border-slate-300 bg-white p-4">
          {data.phaseRefusal} {t('readOnly')}
        </p>
      ) : data.lock.locked ? (
        <p className="mb-4 rounded border border-amber-300 bg-white p-4">{t('locked', { since: formatDateTime(data.lock.since, locale) })}</p>
      ) : data.lock.unlockedAt ? (
        <p className="mb-4 rounded border border-slate-300 bg-white p-4">
          {t('unlocked', { at: formatDateTime(data.lock.unlockedAt, locale), reason: data.lock.unlockReason ?? '' })}
        </p>
      ) : null}
      {data.canUnlock ? <UnlockRubricForm cycleId={data.cycle.id} /> : null}
      <RubricEditor initial={data.form} editable={data.editable} scoredCriterionIds={data.scoredCriterionIds} />
    </>
  );
}
