'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ActionResult } from '@/lib/actions/define-action';

type Props = {
  year: number;
  motivation: string;
  finalists: string;
  save: (input: unknown) => Promise<ActionResult<{ year: number }>>;
};

/** One archive year: the jury's motivation and the finalists (one per line). */
export function ArchiveYearForm({ year, motivation, finalists, save }: Props) {
  const t = useTranslations('cyclePublication');
  const tc = useTranslations('cycleCommon');
  const router = useRouter();
  const [values, setValues] = useState({ motivation, finalists });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { motivation: `arkiv-${year}-motivering`, finalists: `arkiv-${year}-finalister` };

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    try {
      const res = await save({ year, ...values });
      if (res.ok) {
        setMessage({ ok: true, text: t('archiveSaved', { year: String(year) }) });
        router.refresh();
      } else {
        setMessage({ ok: false, text: [res.error, ...Object.values(res.fieldErrors ?? {})].join(' ') });
      }
    } catch {
      setMessage({ ok: false, text: tc('networkTextKept') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form method="post" onSubmit={onSubmit} className="mt-3">
      <label htmlFor={ids.motivation} className="block font-medium">
        {t('archiveMotivation', { year: String(year) })}
      </label>
      <textarea id={ids.motivation} rows={5} className="mt-1 mb-4 block w-full rounded border border-slate-500 px-3 py-2" value={values.motivation} onChange={(e) => setValues({ ...values, motivation: e.target.value })} />
      <label htmlFor={ids.finalists} className="block font-medium">
        {t('archiveFinalists', { year: String(year) })}
      </label>
      <p id={`${ids.finalists}-hint`} className="text-sm text-slate-700">
        {t('archiveFinalistsHint')}
      </p>
      <textarea
        id={ids.finalists}
        rows={4}
        aria-describedby={`${ids.finalists}-hint`}
        className="mt-1 mb-4 block w-full rounded border border-slate-500 px-3 py-2"
        value={values.finalists}
        onChange={(e) => setValues({ ...values, finalists: e.target.value })}
      />
      {message ? (
        <p role={message.ok ? 'status' : 'alert'} className={`mb-3 rounded border p-3 ${message.ok ? 'border-green-700 bg-green-50' : 'border-red-700 bg-red-50 text-red-900'}`}>
          {message.text}
        </p>
      ) : null}
      <button type="submit" disabled={busy} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {t('archiveSave', { year: String(year) })}
      </button>
    </form>
  );
}
