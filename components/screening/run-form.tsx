'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { lazyZodResolver } from '@/lib/forms/lazy-zod-resolver';
import type { z } from 'zod';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import type { runScreeningSchema } from '@/lib/validation/screening';
import type { ActionResult } from '@/lib/actions/define-action';

type Values = z.input<typeof runScreeningSchema>;

/** Runs the screening over all 290 with the latest model and stores the run. */
export function ScreeningRunForm({ cycleId, topN, run }: { cycleId: number; topN: number; run: (input: unknown) => Promise<ActionResult<{ runId: number }>> }) {
  const router = useRouter();
  const t = useTranslations('scrRunForm');
  const [serverError, setServerError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<Values>({ resolver: lazyZodResolver(() => import('@/lib/validation/screening').then((m) => m.runScreeningSchema)), defaultValues: { cycleId, topN } });
  const fieldError = formState.errors.topN?.message;
  const summary: SummaryError[] = [...(fieldError ? [{ field: 'topN', message: fieldError }] : []), ...(serverError ? [{ message: serverError }] : [])];

  async function onSubmit(values: Values) {
    setServerError(null);
    try {
      const res = await run(values);
      if (!res.ok) {
        setServerError(res.error);
        return;
      }
      router.refresh();
    } catch {
      setServerError(t('network'));
    }
  }

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="mt-4 flex flex-wrap items-end gap-3">
      <div className="w-full">
        <ErrorSummary errors={summary} />
      </div>
      <input type="hidden" {...register('cycleId')} />
      <div>
        <label htmlFor="topN" className="block font-medium">
          {t('label')}
        </label>
        <input
          id="topN"
          type="number"
          min={1}
          max={50}
          inputMode="numeric"
          aria-invalid={fieldError ? true : undefined}
          className="mt-1 block w-28 rounded border border-slate-500 px-3 py-2"
          {...register('topN')}
        />
      </div>
      <button type="submit" disabled={formState.isSubmitting} aria-busy={formState.isSubmitting} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {formState.isSubmitting ? t('running') : t('run')}
      </button>
    </form>
  );
}
