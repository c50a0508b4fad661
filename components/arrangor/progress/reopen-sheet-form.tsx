'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { lazyZodResolver } from '@/lib/forms/lazy-zod-resolver';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import type { ActionResult } from '@/lib/actions/define-action';
import type { ReopenSheetInput } from '@/lib/validation/scoring';

type Props = { sheets: { id: number; label: string }[]; reopen: (input: unknown) => Promise<ActionResult<{ revision: number }>> };

/** Reopens a submitted score sheet with a reason the juror is told (audited). */
export function ReopenSheetForm({ sheets, reopen }: Props) {
  const router = useRouter();
  const t = useTranslations('progReopen');
  const [serverError, setServerError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { register, handleSubmit, reset, formState } = useForm<ReopenSheetInput>({ resolver: lazyZodResolver(() => import('@/lib/validation/scoring').then((m) => m.reopenSheetSchema)), defaultValues: { sheetId: sheets[0]?.id, reason: '' } });
  const errors = formState.errors;
  const summary: SummaryError[] = [
    ...(errors.sheetId?.message ? [{ field: 'oppna-sheetId', message: errors.sheetId.message }] : []),
    ...(errors.reason?.message ? [{ field: 'oppna-reason', message: errors.reason.message }] : []),
    ...(serverError ? [{ message: serverError }] : []),
  ];

  async function onSubmit(values: ReopenSheetInput) {
    setServerError(null);
    setDone(null);
    try {
      const res = await reopen({ ...values, sheetId: Number(values.sheetId) });
      if (!res.ok) {
        setServerError(res.error);
        return;
      }
      const label = sheets.find((s) => s.id === Number(values.sheetId))?.label ?? '';
      setDone(t('done', { label }));
      reset({ sheetId: values.sheetId, reason: '' });
      router.refresh();
    } catch {
      setServerError(t('networkError'));
    }
  }

  if (sheets.length === 0) return <p className="text-slate-700">{t('none')}</p>;
  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="max-w-xl">
      <ErrorSummary errors={summary} />
      <label htmlFor="oppna-sheetId" className="block font-medium">
        {t('sheet')}
      </label>
      <select id="oppna-sheetId" className="mt-1 mb-4 block w-full rounded border border-slate-500 px-3 py-2" {...register('sheetId', { valueAsNumber: true })}>
        {sheets.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label}
          </option>
        ))}
      </select>
      <label htmlFor="oppna-reason" className="block font-medium">
        {t('reason')}
      </label>
      <textarea
        id="oppna-reason"
        rows={3}
        aria-invalid={errors.reason ? true : undefined}
        aria-describedby={errors.reason ? 'oppna-reason-error' : undefined}
        className={`mt-1 block w-full rounded border px-3 py-2 ${errors.reason ? 'border-red-700' : 'border-slate-500'}`}
        {...register('reason')}
      />
      {errors.reason?.message ? (
        <p id="oppna-reason-error" className="text-sm font-medium text-red-800">
          {errors.reason.message}
        </p>
      ) : null}
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="submit" disabled={formState.isSubmitting} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {formState.isSubmitting ? t('opening') : t('submit')}
        </button>
        <p role="status" className="text-sm text-green-800">
          {done}
        </p>
      </div>
    </form>
  );
}
