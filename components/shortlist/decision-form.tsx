'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { lazyZodResolver } from '@/lib/forms/lazy-zod-resolver';
import type { z } from 'zod';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import type { ActionResult } from '@/lib/actions/define-action';
import type { decisionSchema } from '@/lib/validation/weights';

type Values = z.input<typeof decisionSchema>;
type Props = {
  cycleId: number;
  finalists: { id: number; municipality: string }[];
  record: (input: unknown) => Promise<ActionResult<{ decisionId: number; at: string }>>;
};

/** Records the jury's decision (winner among the finalists, rationale); it cannot be changed afterwards. */
export function DecisionForm({ cycleId, finalists, record }: Props) {
  const router = useRouter();
  const t = useTranslations('rankDecision');
  const [serverError, setServerError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: lazyZodResolver(() => import('@/lib/validation/weights').then((m) => m.decisionSchema)),
    defaultValues: { cycleId, winnerNominationId: finalists[0]?.id, rationale: '' },
  });
  const errors = formState.errors;
  const summary: SummaryError[] = [
    ...(errors.winnerNominationId?.message ? [{ field: 'beslut-vinnare', message: errors.winnerNominationId.message }] : []),
    ...(errors.rationale?.message ? [{ field: 'beslut-motivering', message: errors.rationale.message }] : []),
    ...(serverError ? [{ message: serverError }] : []),
  ];

  async function onSubmit(values: Values) {
    if (!confirming) {
      setConfirming(true);
      return;
    }
    setServerError(null);
    try {
      const res = await record({ ...values, winnerNominationId: Number(values.winnerNominationId) });
      if (!res.ok) {
        setServerError(res.error);
        setConfirming(false);
        if (res.fieldErrors?.rationale) setError('rationale', { message: res.fieldErrors.rationale });
        return;
      }
      router.refresh();
    } catch {
      setServerError(t('networkError'));
      setConfirming(false);
    }
  }

  if (finalists.length === 0) return <p className="text-slate-700">{t('finalistsFirst')}</p>;
  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="max-w-2xl">
      <ErrorSummary errors={summary} />
      <label htmlFor="beslut-vinnare" className="block font-medium">
        {t('winner')}
      </label>
      <select id="beslut-vinnare" className="mt-1 mb-4 block w-full rounded border border-slate-500 px-3 py-2" {...register('winnerNominationId', { valueAsNumber: true })}>
        {finalists.map((f) => (
          <option key={f.id} value={f.id}>
            {f.municipality}
          </option>
        ))}
      </select>
      <label htmlFor="beslut-motivering" className="block font-medium">
        {t('rationale')}
      </label>
      <textarea
        id="beslut-motivering"
        rows={5}
        aria-invalid={errors.rationale ? true : undefined}
        aria-describedby={errors.rationale ? 'beslut-motivering-fel' : undefined}
        className={`mt-1 block w-full rounded border px-3 py-2 ${errors.rationale ? 'border-red-700' : 'border-slate-500'}`}
        {...register('rationale')}
      />
      {errors.rationale?.message ? (
        <p id="beslut-motivering-fel" className="text-sm font-medium text-red-800">
          {errors.rationale.message}
        </p>
      ) : null}
      {confirming ? (
        <p role="status" className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
          {t('confirmNote')}
        </p>
      ) : null}
      <button type="submit" disabled={formState.isSubmitting} className="mt-3 rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {confirming ? t('confirm') : t('submit')}
      </button>
    </form>
  );
}
