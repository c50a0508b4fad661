import { loadNominationResponse } from '@/lib/loaders/nominees';
import { respondToNominationAction } from '@/lib/actions/nominees-server';
import { formatDateTime } from '@/lib/time';
import { NominationResponseForm } from './nomination-response-form';

/** On the municipality's home: why it is nominated, and the accept/decline answer (or the answer given). */
export async function NominationResponse({ nominationId }: { nominationId: number }) {
  const n = await loadNominationResponse(nominationId);
  if (!n) return null;
  return (
    <div className="mt-3 rounded border-l-4 border-brand-700 bg-brand-50 p-4">
      <h3 className="font-semibold">Er kommun är nominerad</h3>
      <p className="mt-1">
        <span className="font-medium">Skäl:</span> {n.reason}
      </p>
      {n.status === 'invited' ? (
        n.canRespond ? (
          <NominationResponseForm nominationId={n.id} cycleName={n.cycleName} respond={respondToNominationAction} />
        ) : (
          <p className="mt-2 text-slate-700">{n.closedReason}</p>
        )
      ) : n.status === 'declined' ? (
        <p className="mt-2">
          Ni tackade nej {formatDateTime(n.respondedAt)}.{n.declineReason ? ` Skäl: ${n.declineReason}` : ''}
        </p>
      ) : n.respondedAt ? (
        <p className="mt-2">Ni tackade ja {formatDateTime(n.respondedAt)}. Ansökan är öppnad som utkast.</p>
      ) : null}
    </div>
  );
}
