import type { Metadata } from 'next';
import Link from 'next/link';
import { loadInvitation } from '@/lib/loaders/people';
import { formatDateTime } from '@/lib/time';
import { AcceptInvitationForm } from './accept-form';

// The token is in the URL: never send it on to another site.
export const metadata: Metadata = { title: 'Inbjudan', referrer: 'no-referrer', robots: { index: false } };
export const dynamic = 'force-dynamic';

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const result = await loadInvitation(token);
  if (result.state !== 'pending') {
    return (
      <div className="mx-auto max-w-md">
        <h1 className="text-2xl font-semibold">Inbjudan kan inte användas</h1>
        <p role="alert" className="mt-4 rounded border-2 border-red-700 bg-red-50 p-4 text-red-900">
          {result.message}
        </p>
        <p className="mt-4">
          <Link href="/logga-in">Till inloggningen</Link>
        </p>
      </div>
    );
  }
  const inv = result.invitation;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold">Välkommen{inv.name ? `, ${inv.name}` : ''}!</h1>
      <p className="mt-2 text-slate-700">
        Du är inbjuden som {inv.roleLabel.toLowerCase()}
        {inv.municipality ? ` för ${inv.municipality}` : ''}
        {inv.organisation ? ` (${inv.organisation})` : ''}. Välj ett lösenord för att skapa ditt konto. Länken gäller till{' '}
        {formatDateTime(inv.expiresAt)} och kan bara användas en gång.
      </p>
      {result.signedIn ? (
        <p className="mt-2 rounded border border-amber-600 bg-amber-50 p-3 text-amber-900">
          Du är redan inloggad med ett annat konto. När du skapar det nya kontot loggas du in med det i stället.
        </p>
      ) : null}
      <AcceptInvitationForm token={token} email={inv.email} />
    </div>
  );
}
