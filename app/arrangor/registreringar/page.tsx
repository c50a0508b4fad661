import type { Metadata } from 'next';
import { RegistrationDecision } from '@/components/kommun/registration-decision';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { loadRegistrationQueue } from '@/lib/loaders/registration';

export const metadata: Metadata = { title: 'Anmälningar från kommuner' };
export const dynamic = 'force-dynamic';

export default async function RegistrationQueuePage() {
  const rows = await loadRegistrationQueue();
  return (
    <>
      <PageHeading lead="Kommuner som har anmält sig själva. En godkänd kontakt får en inbjudan med en länk för att välja lösenord, och kommunen får en ansökan i omgången.">
        Anmälningar från kommuner
      </PageHeading>
      {rows.length === 0 ? (
        <EmptyState title="Inga anmälningar">Det finns inga anmälningar att granska.</EmptyState>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Anmälningar, de som väntar först</caption>
          <thead>
            <tr>
              <th scope="col" className="py-1 pr-3">Kommun</th>
              <th scope="col" className="py-1 pr-3">Kontakt</th>
              <th scope="col" className="py-1 pr-3">Omgång</th>
              <th scope="col" className="py-1 pr-3">Anmäld</th>
              <th scope="col" className="py-1 pr-3">Status</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className="border-t border-slate-200 align-top">
                <td className="py-2 pr-3">
                  <span className="font-medium">{r.municipality}</span> ({r.kommunkod}, {r.county})
                </td>
                <td className="py-2 pr-3">
                  {r.name}, {r.title}
                  <br />
                  {r.email}
                </td>
                <td className="py-2 pr-3">{r.cycleName}</td>
                <td className="py-2 pr-3">{r.createdAt}</td>
                <td className="py-2 pr-3">
                  {r.status === 'pending' ? (
                    <RegistrationDecision cycleId={r.cycleId} registrationId={r.id} who={`${r.name}, ${r.municipality}`} />
                  ) : (
                    <Badge tone={r.status === 'approved' ? 'success' : 'neutral'}>{r.statusLabel}</Badge>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
