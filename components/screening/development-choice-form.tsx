'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import type { ActionResult } from '@/lib/actions/define-action';

/** Names the best development municipality among the candidates, with a reason. */
export function DevelopmentChoiceForm({
  cycleId,
  candidates,
  current,
  choose,
}: {
  cycleId: number;
  candidates: { kommunkod: string; namn: string; rank: number }[];
  current: { kommunkod: string; reason: string } | null;
  choose: (input: unknown) => Promise<ActionResult<{ kommunkod: string; rank: number }>>;
}) {
  const router = useRouter();
  const t = useTranslations('scrDevForm');
  const [kommunkod, setKommunkod] = useState(current?.kommunkod ?? candidates[0]?.kommunkod ?? '');
  const [reason, setReason] = useState(current?.reason ?? '');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setSaved(false);
    const input = { cycleId, kommunkod, reason };
    // The schema (with zod) is loaded when the form is sent, not with the page.
    const { chooseDevelopmentSchema } = await import('@/lib/validation/nominees');
    const parsed = chooseDevelopmentSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(parsed.error.issues.map((i) => ({ field: i.path[0] === 'reason' ? 'utveckling-skal' : 'utveckling-kommun', message: i.message })));
      return;
    }
    setBusy(true);
    setErrors([]);
    try {
      const res = await choose(input);
      if (!res.ok) {
        setErrors([{ message: res.error }]);
        return;
      }
      setSaved(true);
      router.refresh();
    } catch {
      setErrors([{ message: t('network') }]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-3 max-w-2xl">
      <ErrorSummary errors={errors} />
      <label htmlFor="utveckling-kommun" className="block font-medium">
        {t('municipality')}
      </label>
      <select id="utveckling-kommun" value={kommunkod} onChange={(e) => setKommunkod(e.target.value)} className="mt-1 max-w-full rounded border border-slate-500 px-2 py-1">
        {candidates.map((c) => (
          <option key={c.kommunkod} value={c.kommunkod}>
            {c.rank}. {c.namn}
          </option>
        ))}
      </select>
      <label htmlFor="utveckling-skal" className="mt-3 block font-medium">
        {t('reason')}
      </label>
      <textarea id="utveckling-skal" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} className="mt-1 block w-full rounded border border-slate-500 px-3 py-2" />
      <button type="submit" disabled={busy} aria-busy={busy} className="mt-3 rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {busy ? t('saving') : t('save')}
      </button>
      {saved ? (
        <p role="status" className="mt-2 text-green-900">
          {t('saved')}
        </p>
      ) : null}
    </form>
  );
}
