'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ActionResult } from '@/lib/actions/define-action';

type Props = { cycleId: number; visible: boolean; save: (input: unknown) => Promise<ActionResult<{ visible: boolean }>> };

/** Whether the jurors may see the decision on their own page (stored in the cycle's settings). */
export function VisibilityForm({ cycleId, visible, save }: Props) {
  const t = useTranslations('cyclePublication');
  const tc = useTranslations('cycleCommon');
  const router = useRouter();
  const [checked, setChecked] = useState(visible);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    try {
      const res = await save({ cycleId, visible: checked });
      setMessage(res.ok ? { ok: true, text: res.data.visible ? t('visibleNow') : t('hiddenNow') } : { ok: false, text: res.error });
      if (res.ok) router.refresh();
    } catch {
      setMessage({ ok: false, text: tc('network') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form method="post" onSubmit={onSubmit} className="max-w-md">
      <div className="flex items-start gap-2">
        <input id="jury-ser-beslutet" type="checkbox" className="mt-1 h-5 w-5" checked={checked} onChange={(e) => setChecked(e.target.checked)} />
        <label htmlFor="jury-ser-beslutet" className="font-medium">
          {t('visibleLabel')}
        </label>
      </div>
      <p className="mt-1 text-sm text-slate-700">{t('visibleHint')}</p>
      {message ? (
        <p role={message.ok ? 'status' : 'alert'} className={`mt-3 rounded border p-3 ${message.ok ? 'border-green-700 bg-green-50' : 'border-red-700 bg-red-50 text-red-900'}`}>
          {message.text}
        </p>
      ) : null}
      <button type="submit" disabled={busy} className="mt-3 rounded border border-brand-700 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50 disabled:opacity-60">
        {t('save')}
      </button>
    </form>
  );
}
