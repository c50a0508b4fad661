'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { buttonClass, secondaryButtonClass, StatusMessage } from '@/components/arrangor/people/fields';
import { sendReminders } from '@/lib/actions/assignments';

type Draft = { jurorId: number; name: string; email: string; outstanding: number; subject: string; body: string };

/** "Skicka påminnelse": choose among those behind, read the exact message, confirm, send. */
export function ReminderPanel({ cycleId, drafts }: { cycleId: number; drafts: Draft[] }) {
  const router = useRouter();
  const t = useTranslations('progReminders');
  const [chosen, setChosen] = useState<Set<number>>(() => new Set(drafts.map((d) => d.jurorId)));
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  if (drafts.length === 0) return <p>{t('allDone')}</p>;

  async function send() {
    setBusy(true);
    setError(null);
    try {
      const res = await sendReminders({ cycleId, jurorIds: [...chosen] });
      if (!res.ok) setError(res.error);
      else {
        setDone(t('sent', { count: res.data.sent }));
        setConfirming(false);
        router.refresh();
      }
    } catch {
      setError(t('networkError'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div>
      {error ? (
        <div role="alert" className="mb-3 rounded border-2 border-red-700 bg-red-50 p-3 text-red-900">
          {error}
        </div>
      ) : null}
      {done ? <StatusMessage>{done}</StatusMessage> : null}
      <fieldset>
        <legend className="font-medium">{t('legend', { count: drafts.length })}</legend>
        <ul className="mt-2 space-y-2">
          {drafts.map((d) => (
            <li key={d.jurorId} className="rounded border border-slate-200 bg-white p-3">
              <div className="flex items-start gap-2">
                <input
                  id={`paminn-${d.jurorId}`}
                  type="checkbox"
                  className="mt-1 h-5 w-5"
                  checked={chosen.has(d.jurorId)}
                  onChange={(e) => {
                    const next = new Set(chosen);
                    if (e.target.checked) next.add(d.jurorId);
                    else next.delete(d.jurorId);
                    setChosen(next);
                    setConfirming(false);
                  }}
                />
                <label htmlFor={`paminn-${d.jurorId}`} className="min-w-0 break-words">
                  {t('item', { name: d.name, email: d.email, count: d.outstanding })}
                </label>
              </div>
              <details className="mt-2">
                <summary className="cursor-pointer text-sm">{t('showMessage', { name: d.name })}</summary>
                <p className="mt-2 text-sm font-medium">{t('subject', { subject: d.subject })}</p>
                <pre className="mt-1 whitespace-pre-wrap break-words font-sans text-sm">{d.body}</pre>
              </details>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="mt-4">
        {confirming ? (
          <div className="rounded border border-slate-300 bg-white p-3">
            <p>{t('confirm', { count: chosen.size })}</p>
            <div className="mt-2 flex gap-2">
              <button type="button" className={buttonClass} disabled={busy} onClick={send}>
                {t('yes')}
              </button>
              <button type="button" className={secondaryButtonClass} onClick={() => setConfirming(false)}>
                {t('cancel')}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className={buttonClass} disabled={chosen.size === 0} onClick={() => setConfirming(true)}>
            {t('send')}
          </button>
        )}
      </div>
    </div>
  );
}
