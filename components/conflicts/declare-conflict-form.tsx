'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useRef, useState } from 'react';
import { declareNominationConflict } from '@/lib/actions/conflicts';

/**
 * "Jag har en jävssituation" on a nomination page: asks for the reason and a
 * confirmation, declares the conflict (the assignment is removed at once) and
 * takes the juror back to their list, where the nomination no longer appears.
 */
export function DeclareConflictForm({ nominationId }: { nominationId: number }) {
  const t = useTranslations('cycleConflicts');
  const tc = useTranslations('cycleCommon');
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState<{ reason?: string; confirm?: string; general?: string }>({});
  const [busy, setBusy] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const errs: typeof error = {};
    if (reason.trim().length < 3) errs.reason = t('nominationReasonRequired');
    if (!confirmed) errs.confirm = t('nominationConfirmRequired');
    setError(errs);
    if (errs.reason || errs.confirm) return;
    setBusy(true);
    try {
      const res = await declareNominationConflict({ nominationId, reason, confirm: true });
      if (!res.ok) {
        setError({ general: res.error, reason: res.fieldErrors?.reason, confirm: res.fieldErrors?.confirm });
        return;
      }
      router.replace('/jury?jav=anmalt');
      router.refresh();
    } catch {
      setError({ general: tc('networkKept') });
    } finally {
      setBusy(false);
    }
  }

  if (!open)
    return (
      <button
        type="button"
        onClick={() => {
          setOpen(true);
          setTimeout(() => reasonRef.current?.focus(), 0);
        }}
        className="rounded border border-red-800 bg-white px-4 py-2 font-medium text-red-900 hover:bg-red-50"
      >
        {t('nominationOpen')}
      </button>
    );

  const messages = [error.general, error.reason, error.confirm].filter(Boolean) as string[];
  return (
    <form method="post" onSubmit={submit} noValidate aria-labelledby={`${id}-rubrik`} className="rounded-lg border-2 border-red-800 bg-white p-5">
      <h2 id={`${id}-rubrik`} className="text-lg font-semibold">
        {t('nominationTitle')}
      </h2>
      <p className="mt-1 text-slate-700">
        {t('nominationLead')}
      </p>
      {messages.length > 0 ? (
        <div role="alert" className="mt-3 rounded border-2 border-red-700 bg-red-50 p-3 text-red-900">
          <ul className="list-disc pl-5">
            {messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="mt-3">
        <label htmlFor={`${id}-reason`} className="block font-medium">
          {t('reason')}
        </label>
        {error.reason ? (
          <p id={`${id}-reason-error`} className="text-sm font-medium text-red-800">
            {error.reason}
          </p>
        ) : null}
        <textarea
          ref={reasonRef}
          id={`${id}-reason`}
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={error.reason ? true : undefined}
          aria-describedby={error.reason ? `${id}-reason-error` : undefined}
          className="mt-1 block w-full rounded border border-slate-500 px-3 py-2"
        />
      </div>
      <div className="mt-3 flex items-start gap-2">
        <input
          id={`${id}-confirm`}
          type="checkbox"
          checked={confirmed}
          onChange={(e) => setConfirmed(e.target.checked)}
          aria-invalid={error.confirm ? true : undefined}
          className="mt-1 h-5 w-5"
        />
        <label htmlFor={`${id}-confirm`}>{t('nominationConfirm')}</label>
      </div>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="submit" disabled={busy} className="rounded bg-red-800 px-4 py-2 font-medium text-white hover:bg-red-900 disabled:opacity-60">
          {busy ? t('declaring') : t('declareSubmit')}
        </button>
        <button type="button" onClick={() => setOpen(false)} className="rounded border border-slate-500 bg-white px-4 py-2 font-medium">
          {tc('cancel')}
        </button>
      </div>
    </form>
  );
}
