import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RegistrationForm } from '@/components/kommun/registration-form';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { loadRegistrationPage } from '@/lib/loaders/registration';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('kommunRegister'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

export default async function RegisterPage() {
  const [{ cycles, municipalities }, t] = await Promise.all([loadRegistrationPage(), getTranslations('kommunRegister')]);
  return (
    <>
      <PageHeading lead={t('lead')}>{t('title')}</PageHeading>
      {cycles.length === 0 ? (
        <EmptyState title={t('emptyTitle')}>{t('emptyBody')}</EmptyState>
      ) : (
        <RegistrationForm cycles={cycles} municipalities={municipalities} />
      )}
    </>
  );
}
