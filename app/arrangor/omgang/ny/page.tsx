import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { NewCycleForm } from '@/components/arrangor/cycle/new-cycle-form';
import { PageHeading } from '@/components/ui/page-heading';
import { loadNewCycleForm } from '@/lib/loaders/arrangor';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('cycleNew'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

export default async function NewCyclePage() {
  const [{ choices, defaults }, t] = await Promise.all([loadNewCycleForm(), getTranslations('cycleNew')]);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/arrangor">{t('back')}</Link>
      </p>
      <PageHeading lead={t('lead')}>{t('title')}</PageHeading>
      <NewCycleForm choices={choices} defaults={defaults} />
    </>
  );
}
