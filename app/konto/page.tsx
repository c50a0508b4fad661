import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ChangePasswordForm } from '@/components/auth/change-password-form';
import type { Locale } from '@/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';
import { loadAccount } from '@/lib/loaders/account';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('acctAccount'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

export default async function AccountPage() {
  const [account, t, tc, locale] = await Promise.all([loadAccount(), getTranslations('acctAccount'), getTranslations('acctCommon'), getLocale()]);
  const when = (iso: string) => formatDateTime(iso, locale as Locale);
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium">{t('name')}</dt>
        <dd>{account.name}</dd>
        <dt className="font-medium">{tc('email')}</dt>
        <dd>{account.email}</dd>
        <dt className="font-medium">{t('role')}</dt>
        <dd>{t(`roles.${account.role}`)}</dd>
      </dl>
      {account.isOrganiser ? (
        <section aria-labelledby="tvafaktor" className="mt-8">
          <h2 id="tvafaktor" className="text-xl font-semibold">
            {t('totpTitle')}
          </h2>
          <p className="mt-2">
            {account.totpEnabledAt ? t('totpEnabled', { when: when(account.totpEnabledAt) }) : t('totpDisabled')}{' '}
            <Link href="/konto/tvafaktor">{account.totpEnabledAt ? t('totpManage') : t('totpEnable')}</Link>
          </p>
        </section>
      ) : null}
      <section aria-labelledby="losenord" className="mt-8">
        <h2 id="losenord" className="text-xl font-semibold">
          {t('passwordTitle')}
        </h2>
        <p className="mt-2 text-slate-700">
          {account.passwordChangedAt ? t('passwordChanged', { when: when(account.passwordChangedAt) }) : ''}
          {t('passwordLead')}
        </p>
        <ChangePasswordForm />
      </section>
    </div>
  );
}
