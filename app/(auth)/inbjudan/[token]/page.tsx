import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';
import { loadInvitation } from '@/lib/loaders/people';
import { AcceptInvitationForm } from './accept-form';

// The token is in the URL: never send it on to another site.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('acctInvitation'))('metaTitle'), referrer: 'no-referrer', robots: { index: false } };
}
export const dynamic = 'force-dynamic';

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [result, t, tc, locale] = await Promise.all([loadInvitation(token), getTranslations('acctInvitation'), getTranslations('acctCommon'), getLocale()]);
  if (result.state !== 'pending') {
    return (
      <div className="mx-auto max-w-md">
        <h1 className="text-2xl font-semibold">{t('unusableTitle')}</h1>
        <p role="alert" className="mt-4 rounded border-2 border-red-700 bg-red-50 p-4 text-red-900">
          {t(`states.${result.state}`)}
        </p>
        <p className="mt-4">
          <Link href="/logga-in">{tc('toSignIn')}</Link>
        </p>
      </div>
    );
  }
  const inv = result.invitation;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold">{inv.name ? t('welcomeName', { name: inv.name }) : t('welcome')}</h1>
      <p className="mt-2 text-slate-700">
        {t('invitedAs', { role: t(`roles.${inv.role}`) })}
        {inv.municipality ? t('forMunicipality', { municipality: inv.municipality }) : ''}
        {inv.organisation ? t('organisation', { organisation: inv.organisation }) : ''}
        {t('choosePassword', { expires: formatDateTime(inv.expiresAt, locale as Locale) })}
      </p>
      {result.signedIn ? (
        <p className="mt-2 rounded border border-amber-600 bg-amber-50 p-3 text-amber-900">
          {t('signedInOther')}
        </p>
      ) : null}
      <AcceptInvitationForm token={token} email={inv.email} />
    </div>
  );
}
