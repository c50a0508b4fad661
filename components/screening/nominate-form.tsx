'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { STABILITY_CLASS_KEY, STABILITY_TONE } from '@/components/screening/stability-text';
import { Badge } from '@/components/ui/badge';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import type { ActionResult } from '@/lib/actions/define-action';
import type { StabilityClass } from '@/lib/domain/screening-stability';

export type Candidate = {
  kommunkod: string;
  namn: string;
  rank: number;
  reason: string;
  proposed: boolean;
  /** The explanation in the reader's language (the page builds it from the run's tallies). */
  stability: { classification: StabilityClass; share: number; explanation: React.ReactNode } | null;
};

/** Pick the nominees from the run (the proposal ticked), each with an editable reason; a change from the proposal needs a reason. */
export function NominateForm({
  cycleId,
  runId,
  candidates,
  preselect,
  nominate,
}: {
  cycleId: number;
  runId: number;
  candidates: Candidate[];
  /** Tick the proposal (first nomination round) or nothing (adding later). */
  preselect: boolean;
  nominate: (input: unknown) => Promise<ActionResult<{ nominationIds: number[] }>>;
}) {
  const t = useTranslations('scrNominate');
  const router = useRouter();
  const [chosen, setChosen] = useState<Record<string, boolean>>(() => Object.fromEntries(candidates.map((c) => [c.kommunkod, preselect && c.proposed])));
  const [reasons, setReasons] = useState<Record<string, string>>(() => Object.fromEntries(candidates.map((c) => [c.kommunkod, c.reason])));
  const [changeReason, setChangeReason] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const picked = candidates.filter((c) => chosen[c.kommunkod]);

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const input = { cycleId, runId, nominees: picked.map((c) => ({ kommunkod: c.kommunkod, reason: reasons[c.kommunkod] ?? '' })), changeReason };
    // The schema (with zod) is loaded when the form is sent, not with the page.
    const { nominateSchema } = await import('@/lib/validation/nominees');
    const parsed = nominateSchema.safeParse(input);
    if (!parsed.success) {
      const fe: Record<string, string> = {};
      for (const issue of parsed.error.issues) fe[issue.path.join('.') || '_'] ??= issue.message;
      const mapped: Record<string, string> = {};
      const summary: SummaryError[] = [];
      for (const [key, message] of Object.entries(fe)) {
        const m = /^nominees\.(\d+)\.reason$/.exec(key);
        const field = m ? `skal-${picked[Number(m[1])].kommunkod}` : key === 'nominees' ? undefined : key;
        if (field) mapped[field] = message;
        summary.push({ field, message: m ? `${picked[Number(m[1])].namn}: ${message}` : message });
      }
      setFieldErrors(mapped);
      setErrors(summary);
      return;
    }
    setBusy(true);
    setErrors([]);
    setFieldErrors({});
    try {
      const res = await nominate(input);
      if (!res.ok) {
        setFieldErrors(res.fieldErrors ?? {});
        setErrors([{ field: res.fieldErrors?.changeReason ? 'changeReason' : undefined, message: res.error }]);
        return;
      }
      router.refresh();
    } catch {
      setErrors([{ message: t('network') }]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={errors} />
      <ol className="space-y-4">
        {candidates.map((c) => (
          <li key={c.kommunkod} className="rounded border border-slate-200 bg-white p-4">
            <div className="flex flex-wrap items-center gap-3">
              <input
                id={`valj-${c.kommunkod}`}
                type="checkbox"
                className="h-5 w-5"
                checked={chosen[c.kommunkod] ?? false}
                onChange={(e) => setChosen({ ...chosen, [c.kommunkod]: e.target.checked })}
              />
              <label htmlFor={`valj-${c.kommunkod}`} className="font-semibold">
                {t('nominate', { name: c.namn, rank: c.rank })}
              </label>
              {c.proposed ? <Badge tone="info">{t('proposed')}</Badge> : null}
              {c.stability ? <Badge tone={STABILITY_TONE[c.stability.classification]}>{t(`class.${STABILITY_CLASS_KEY[c.stability.classification]}`)}</Badge> : <Badge>{t('noStability')}</Badge>}
            </div>
            {c.stability ? <p className="mt-1 text-sm text-slate-700">{c.stability.explanation}</p> : null}
            <label htmlFor={`skal-${c.kommunkod}`} className="mt-2 block text-sm font-medium">
              {t('reasonLabel', { name: c.namn })}
            </label>
            {fieldErrors[`skal-${c.kommunkod}`] ? (
              <p id={`skal-${c.kommunkod}-fel`} className="text-sm font-medium text-red-800">
                {fieldErrors[`skal-${c.kommunkod}`]}
              </p>
            ) : null}
            <textarea
              id={`skal-${c.kommunkod}`}
              rows={2}
              value={reasons[c.kommunkod] ?? ''}
              onChange={(e) => setReasons({ ...reasons, [c.kommunkod]: e.target.value })}
              aria-invalid={fieldErrors[`skal-${c.kommunkod}`] ? true : undefined}
              aria-describedby={fieldErrors[`skal-${c.kommunkod}`] ? `skal-${c.kommunkod}-fel` : undefined}
              className="mt-1 block w-full rounded border border-slate-500 px-3 py-2"
            />
          </li>
        ))}
      </ol>
      <label htmlFor="changeReason" className="mt-4 block font-medium">
        {t('changeReason')}
      </label>
      {fieldErrors.changeReason ? (
        <p id="changeReason-fel" className="text-sm font-medium text-red-800">
          {fieldErrors.changeReason}
        </p>
      ) : null}
      <textarea
        id="changeReason"
        rows={2}
        value={changeReason}
        onChange={(e) => setChangeReason(e.target.value)}
        aria-invalid={fieldErrors.changeReason ? true : undefined}
        aria-describedby={fieldErrors.changeReason ? 'changeReason-fel' : undefined}
        className="mt-1 block w-full rounded border border-slate-500 px-3 py-2"
      />
      <button type="submit" disabled={busy} aria-busy={busy} className="mt-4 rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {busy ? t('working') : t('submit', { count: picked.length })}
      </button>
    </form>
  );
}
