'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { secondaryButtonClass } from '@/components/arrangor/people/fields';
import { removeConflict } from '@/lib/actions/conflicts';

/** Removing a conflict recorded by mistake: asks for the reason first. */
export function RemoveConflictButton({ conflictId, label }: { conflictId: number; label: string }) {
  const t = useTranslations('cycleConflicts');
  const tc = useTranslations('cycleCommon');
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!open)
    return (
      <button type="button" className={secondaryButtonClass} onClick={() => setOpen(true)} aria-label={t('removeLabel', { label })}>
        {t('remove')}
      </button>
    );
  async function go() {
    setBusy(true);
    setError(null);
    try {
      const res = await removeConflict({ conflictId, reason });
      if (!res.ok) setError(res.fieldErrors?.reason ?? res.error);
      else router.refresh();
    } catch {
      setError(tc('network'));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="min-w-48">
      <label htmlFor={`${id}-skal`} className="block text-sm font-medium">
        {t('removeReason')}
      </label>
      {error ? (
        <p id={`${id}-fel`} role="alert" className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
      <input
        id={`${id}-skal`}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        aria-describedby={error ? `${id}-fel` : undefined}
        className="mt-1 block w-full rounded border border-slate-500 px-2 py-1"
      />
      <p className="mt-1 text-xs text-slate-700">{t('removeHint')}</p>
      <div className="mt-2 flex gap-2">
        <button type="button" className={secondaryButtonClass} disabled={busy} onClick={go}>
          {t('removeSubmit')}
        </button>
        <button type="button" className={secondaryButtonClass} onClick={() => setOpen(false)}>
          {tc('cancel')}
        </button>
      </div>
    </div>
  );
}
