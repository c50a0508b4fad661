'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ActionResult } from '@/lib/actions/define-action';
import { resendInvitation, revokeInvitation } from '@/lib/actions/invitations';
import { deactivatePerson, reactivatePerson } from '@/lib/actions/people';
import { secondaryButtonClass } from './fields';

/** A small button that asks for confirmation, runs one action and reports the result next to itself. */
function ConfirmButton({ label, confirm, run, done }: { label: string; confirm: string; run: () => Promise<ActionResult<unknown>>; done: string }) {
  const router = useRouter();
  const t = useTranslations('orgPeopleActions');
  const tLabel = useTranslations('orgLabels');
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
      setState({ error: tLabel('networkError') });
    }
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      {state.asking ? (
        <>
          <span className="text-sm">{confirm}</span>
          <button type="button" className={secondaryButtonClass} onClick={go}>
            {t('yes', { label: label.toLowerCase() })}
          </button>
          <button type="button" className={secondaryButtonClass} onClick={() => setState({})}>
            {t('cancel')}
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
  const t = useTranslations('orgPeopleActions');
  if (status === 'accepted' || status === 'revoked') return null;
  return (
    <span className="inline-flex flex-wrap gap-2">
      <ConfirmButton
        label={t('resend')}
        confirm={t('resendConfirm', { email })}
        run={() => resendInvitation({ invitationId: id })}
        done={t('resendDone')}
      />
      {status === 'pending' ? (
        <ConfirmButton
          label={t('revoke')}
          confirm={t('revokeConfirm', { email })}
          run={() => revokeInvitation({ invitationId: id })}
          done={t('revokeDone')}
        />
      ) : null}
    </span>
  );
}

export function PersonActions({ id, name, active }: { id: number; name: string; active: boolean }) {
  const t = useTranslations('orgPeopleActions');
  return active ? (
    <ConfirmButton label={t('deactivate')} confirm={t('deactivateConfirm', { name })} run={() => deactivatePerson({ userId: id })} done={t('deactivateDone')} />
  ) : (
    <ConfirmButton label={t('activate')} confirm={t('activateConfirm', { name })} run={() => reactivatePerson({ userId: id })} done={t('activateDone')} />
  );
}
