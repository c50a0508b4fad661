import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SignInForm } from '@/components/forms/sign-in-form';
import { getCurrentUser } from '@/lib/auth/session';
import { ROLE_HOME_PATH } from '@/lib/domain/policies';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('signIn'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

export default async function SignInPage() {
  const user = await getCurrentUser();
  if (user) redirect(ROLE_HOME_PATH[user.role]);
  const t = await getTranslations('signIn');
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="mt-2 text-slate-700">{t('lead')}</p>
      <SignInForm />
      <p className="mt-6 text-slate-700">{t.rich('register', { link: (chunks) => <Link prefetch={false} href="/registrera">{chunks}</Link> })}</p>
    </div>
  );
}
