import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ResetPasswordForm } from '@/components/auth/reset-password-form';
import { loadPasswordReset } from '@/lib/loaders/account';

// The token is in the URL: never send it on to another site.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('acctReset'))('metaTitle'), referrer: 'no-referrer', robots: { index: false } };
}
export const dynamic = 'force-dynamic';

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const reset = loadPasswordReset(token);
  const t = await getTranslations('acctReset');
  if (reset.state !== 'valid') {
    return (
      <div className="mx-auto max-w-md">
        <h1 className="text-2xl font-semibold">{t('unusableTitle')}</h1>
        <p role="alert" className="mt-4 rounded border-2 border-red-700 bg-red-50 p-4 text-red-900">
          {t(`states.${reset.state}`)}
        </p>
        <p className="mt-4">
          <Link href="/glomt-losenord">{t('newLink')}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="mt-2 text-slate-700">{t('lead')}</p>
      <ResetPasswordForm token={token} />
    </div>
  );
}
