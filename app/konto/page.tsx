import type { Metadata } from 'next';
import Link from 'next/link';
import { ChangePasswordForm } from '@/components/auth/change-password-form';
import { loadAccount } from '@/lib/loaders/account';
import { formatDateTime } from '@/lib/time';

export const metadata: Metadata = { title: 'Konto' };
export const dynamic = 'force-dynamic';

export default async function AccountPage() {
  const account = await loadAccount();
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-2xl font-semibold">Ditt konto</h1>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium">Namn</dt>
        <dd>{account.name}</dd>
        <dt className="font-medium">E-post</dt>
        <dd>{account.email}</dd>
        <dt className="font-medium">Roll</dt>
        <dd>{account.roleLabel}</dd>
      </dl>
      {account.isOrganiser ? (
        <section aria-labelledby="tvafaktor" className="mt-8">
          <h2 id="tvafaktor" className="text-xl font-semibold">
            Tvåfaktorsinloggning
          </h2>
          <p className="mt-2">
            {account.totpEnabledAt ? `Aktiverad ${formatDateTime(account.totpEnabledAt)}.` : 'Inte aktiverad.'}{' '}
            <Link href="/konto/tvafaktor">{account.totpEnabledAt ? 'Visa eller skapa nya återställningskoder' : 'Aktivera tvåfaktorsinloggning'}</Link>
          </p>
        </section>
      ) : null}
      <section aria-labelledby="losenord" className="mt-8">
        <h2 id="losenord" className="text-xl font-semibold">
          Byt lösenord
        </h2>
        <p className="mt-2 text-slate-700">
          {account.passwordChangedAt ? `Senast bytt ${formatDateTime(account.passwordChangedAt)}. ` : ''}När du byter lösenord loggas du ut på alla enheter.
        </p>
        <ChangePasswordForm />
      </section>
    </div>
  );
}
