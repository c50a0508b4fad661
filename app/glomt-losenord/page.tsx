import type { Metadata } from 'next';
import Link from 'next/link';
import { RequestResetForm } from '@/components/auth/request-reset-form';

export const metadata: Metadata = { title: 'Glömt lösenordet' };
export const dynamic = 'force-dynamic';

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold">Glömt lösenordet?</h1>
      <p className="mt-2 text-slate-700">
        Skriv e-postadressen du loggar in med. Vi skickar en länk där du kan välja ett nytt lösenord. Länken gäller i 30 minuter.
      </p>
      <RequestResetForm />
      <p className="mt-6">
        <Link href="/logga-in">Tillbaka till inloggningen</Link>
      </p>
    </div>
  );
}
