'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ActionResult } from '@/lib/actions/define-action';
import { resendInvitation, revokeInvitation } from '@/lib/actions/invitations';
import { deactivatePerson, reactivatePerson } from '@/lib/actions/people';
import { secondaryButtonClass } from './fields';

/** A small button that asks for confirmation, runs one action and reports the result next to itself. */
function ConfirmButton({ label, confirm, run, done }: { label: string; confirm: string; run: () => Promise<ActionResult<unknown>>; done: string }) {
  const router = useRouter();
  const [state, setState] = useState<{ error?: string; ok?: string; asking?: boolean; busy?: boolean }>({});
  async function go() {
    setState({ busy: true });
    try {
      const res = await run();
      if (!res.ok) setState({ error: res.error });
      else {
        setState({ ok: done });
        router.refresh();
      }
    } catch {
      setState({ error: 'Det gick inte att nå servern. Försök igen.' });
    }
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      {state.asking ? (
        <>
          <span className="text-sm">{confirm}</span>
          <button type="button" className={secondaryButtonClass} onClick={go}>
            Ja, {label.toLowerCase()}
          </button>
          <button type="button" className={secondaryButtonClass} onClick={() => setState({})}>
            Avbryt
          </button>
        </>
      ) : (
        <button type="button" className={secondaryButtonClass} disabled={state.busy} onClick={() => setState({ asking: true })}>
          {label}
        </button>
      )}
      <span role="status" className="text-sm">
        {state.error ? <span className="font-medium text-red-800">{state.error}</span> : state.ok ? <span className="text-green-900">{state.ok}</span> : null}
      </span>
    </span>
  );
}

export function InvitationActions({ id, email, status }: { id: number; email: string; status: 'pending' | 'accepted' | 'expired' | 'revoked' }) {
  if (status === 'accepted' || status === 'revoked') return null;
  return (
    <span className="inline-flex flex-wrap gap-2">
      <ConfirmButton
        label="Skicka om"
        confirm={`Skicka en ny länk till ${email}? Den gamla slutar gälla.`}
        run={() => resendInvitation({ invitationId: id })}
        done="Ny länk skickad."
      />
      {status === 'pending' ? (
        <ConfirmButton
          label="Återkalla"
          confirm={`Återkalla inbjudan till ${email}? Länken slutar gälla.`}
          run={() => revokeInvitation({ invitationId: id })}
          done="Inbjudan återkallad."
        />
      ) : null}
    </span>
  );
}

export function PersonActions({ id, name, active }: { id: number; name: string; active: boolean }) {
  return active ? (
    <ConfirmButton
      label="Inaktivera"
      confirm={`Inaktivera ${name}? Personen loggas ut direkt och kan inte logga in.`}
      run={() => deactivatePerson({ userId: id })}
      done="Inaktiverad."
    />
  ) : (
    <ConfirmButton label="Aktivera" confirm={`Aktivera ${name} igen?`} run={() => reactivatePerson({ userId: id })} done="Aktiverad." />
  );
}
