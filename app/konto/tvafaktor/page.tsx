import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { RenewRecoveryCodes } from '@/components/auth/renew-recovery-codes';
import { TotpEnrolment } from '@/components/auth/totp-enrolment';
import type { Locale } from '@/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';
import { loadTotpStatus } from '@/lib/loaders/account';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('acctTotp'))('metaTitle') };
}
export const dynamic = 'force-dynamic';

export default async function TwoFactorPage() {
  const [status, t, locale] = await Promise.all([loadTotpStatus(), getTranslations('acctTotp'), getLocale()]);
  return (
    <div className="mx-auto max-w-xl">
      <p>
        <Link href="/konto">{t('back')}</Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold">{t('title')}</h1>
      {status.enabledAt ? (
        <>
          <p className="mt-2">{t('enabled', { when: formatDateTime(status.enabledAt, locale as Locale), count: status.recoveryCodesLeft })}</p>
          <h2 className="mt-6 text-xl font-semibold">{t('renewTitle')}</h2>
          <p className="mt-2 text-slate-700">{t('renewLead')}</p>
          <RenewRecoveryCodes />
        </>
      ) : (
        <>
          <p className="mt-2">
            {status.required ? t('required') : t('optional')}
          </p>
          <TotpEnrolment />
        </>
      )}
    </div>
  );
}
