'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import type { ActionResult } from '@/lib/actions/define-action';

type Props = {
  cycleId: number;
  released: boolean;
  setReleased: (input: unknown) => Promise<ActionResult<{ released: boolean; at: string }>>;
};

/** Releases (or withdraws) the municipalities' feedback letters. */
export function ReleaseLettersForm({ cycleId, released, setReleased }: Props) {
  const t = useTranslations('cycleExport');
  const tc = useTranslations('cycleCommon');
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function toggle() {
    setBusy(true);
    setError(null);
    try {
      const res = await setReleased({ cycleId, released: !released });
      if (!res.ok) setError(res.error);
      else router.refresh();
    } catch {
      setError(tc('network'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div>
      <ErrorSummary errors={error ? [{ message: error }] : []} />
      <p className="mb-3" role="status">
        {released ? t('lettersReleased') : t('lettersNotReleased')}
      </p>
      <button
        type="button"
        onClick={toggle}
        disabled={busy}
        className={`rounded px-4 py-2 font-medium disabled:opacity-60 ${released ? 'bg-white text-brand-800 ring-1 ring-slate-400 hover:bg-brand-50' : 'bg-brand-700 text-white hover:bg-brand-800'}`}
      >
        {released ? t('withdrawLetters') : t('releaseLetters')}
      </button>
    </div>
  );
}
