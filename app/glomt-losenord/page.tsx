import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { RequestResetForm } from '@/components/auth/request-reset-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('acctForgot'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

export default async function ForgotPasswordPage() {
  const t = await getTranslations('acctForgot');
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="mt-2 text-slate-700">{t('lead')}</p>
      <RequestResetForm />
      <p className="mt-6">
        <Link href="/logga-in">{t('back')}</Link>
      </p>
    </div>
  );
}
