import type { Metadata } from 'next';
import Link from 'next/link';
import { ResetPasswordForm } from '@/components/auth/reset-password-form';
import { loadPasswordReset } from '@/lib/loaders/account';

// The token is in the URL: never send it on to another site.
export const metadata: Metadata = { title: 'Välj nytt lösenord', referrer: 'no-referrer', robots: { index: false } };
export const dynamic = 'force-dynamic';

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const reset = loadPasswordReset(token);
  if (reset.state !== 'valid') {
    return (
      <div className="mx-auto max-w-md">
        <h1 className="text-2xl font-semibold">Länken kan inte användas</h1>
        <p role="alert" className="mt-4 rounded border-2 border-red-700 bg-red-50 p-4 text-red-900">
          {reset.message}
        </p>
        <p className="mt-4">
          <Link href="/glomt-losenord">Be om en ny länk</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold">Välj nytt lösenord</h1>
      <p className="mt-2 text-slate-700">När du har sparat det nya lösenordet loggas du ut på alla enheter och loggar in med det nya.</p>
      <ResetPasswordForm token={token} />
    </div>
  );
}
