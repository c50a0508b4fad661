'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { approveRegistrationAction, rejectRegistrationAction } from '@/app/arrangor/registreringar/actions';

/** Approve or reject one self-registration. */
export function RegistrationDecision({ cycleId, registrationId, who }: { cycleId: number; registrationId: number; who: string }) {
  const router = useRouter();
  const t = useTranslations('kommunRegister');
  const tc = useTranslations('kommunCommon');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function decide(approve: boolean) {
    setBusy(true);
    setError(null);
    try {
      const result = await (approve ? approveRegistrationAction : rejectRegistrationAction)({ cycleId, registrationId });
      if (!result.ok) setError(result.error);
      else router.refresh();
    } catch {
      setError(tc('networkError'));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="flex flex-wrap gap-2">
      <button type="button" disabled={busy} onClick={() => void decide(true)} className="rounded bg-brand-700 px-3 py-1 text-white disabled:opacity-60">
        {t('approve')}
        <span className="sr-only"> {who}</span>
      </button>
      <button type="button" disabled={busy} onClick={() => void decide(false)} className="rounded border border-slate-500 px-3 py-1 disabled:opacity-60">
        {t('reject')}
        <span className="sr-only"> {who}</span>
      </button>
      {error ? (
        <p role="alert" className="w-full text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
