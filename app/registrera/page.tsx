import type { Metadata } from 'next';
import { RegistrationForm } from '@/components/kommun/registration-form';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { loadRegistrationPage } from '@/lib/loaders/registration';

export const metadata: Metadata = { title: 'Anmäl er kommun' };
export const dynamic = 'force-dynamic';

export default async function RegisterPage() {
  const { cycles, municipalities } = await loadRegistrationPage();
  return (
    <>
      <PageHeading lead="Anmäl er som kontaktperson för kommunens ansökan. Arrangören granskar anmälan och skickar en inbjudan med en länk där du väljer lösenord.">
        Anmäl er kommun
      </PageHeading>
      {cycles.length === 0 ? (
        <EmptyState title="Ingen omgång tar emot anmälningar just nu">
          Anmälan öppnar när arrangören öppnar nästa omgång för ansökningar. Har ni fått en inbjudan, följ länken i den.
        </EmptyState>
      ) : (
        <RegistrationForm cycles={cycles} municipalities={municipalities} />
      )}
    </>
  );
}
