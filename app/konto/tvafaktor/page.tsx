import type { Metadata } from 'next';
import Link from 'next/link';
import { RenewRecoveryCodes } from '@/components/auth/renew-recovery-codes';
import { TotpEnrolment } from '@/components/auth/totp-enrolment';
import { loadTotpStatus } from '@/lib/loaders/account';
import { formatDateTime } from '@/lib/time';

export const metadata: Metadata = { title: 'Tvåfaktorsinloggning' };
export const dynamic = 'force-dynamic';

export default async function TwoFactorPage() {
  const status = await loadTotpStatus();
  return (
    <div className="mx-auto max-w-xl">
      <p>
        <Link href="/konto">← Konto</Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold">Tvåfaktorsinloggning</h1>
      {status.enabledAt ? (
        <>
          <p className="mt-2">
            Aktiverad {formatDateTime(status.enabledAt)}. När du loggar in ber vi om koden från din autentiseringsapp. Du har{' '}
            {status.recoveryCodesLeft} oanvända återställningskoder.
          </p>
          <h2 className="mt-6 text-xl font-semibold">Nya återställningskoder</h2>
          <p className="mt-2 text-slate-700">Har du använt eller tappat bort koderna? Skapa tio nya; de gamla slutar då att fungera.</p>
          <RenewRecoveryCodes />
        </>
      ) : (
        <>
          <p className="mt-2">
            {status.required
              ? 'Som arrangör behöver du tvåfaktorsinloggning innan du kommer åt arrangörssidorna: utöver lösenordet anger du en kod från en app i telefonen.'
              : 'Utöver lösenordet anger du en kod från en app i telefonen när du loggar in.'}
          </p>
          <TotpEnrolment />
        </>
      )}
    </div>
  );
}
