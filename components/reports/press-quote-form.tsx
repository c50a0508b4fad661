'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { lazyZodResolver } from '@/lib/forms/lazy-zod-resolver';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import type { ActionResult } from '@/lib/actions/define-action';
import type { PressQuoteInput } from '@/lib/validation/reports';

type Props = {
  cycleId: number;
  initial: { text: string; by: string };
  save: (input: unknown) => Promise<ActionResult<{ at: string }>>;
};

/** The quote printed in the press release; empty fields remove it. */
export function PressQuoteForm({ cycleId, initial, save }: Props) {
  const t = useTranslations('cycleExport');
  const tc = useTranslations('cycleCommon');
  const router = useRouter();
  const [serverError, setServerError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, setError, formState } = useForm<PressQuoteInput>({
    resolver: lazyZodResolver(() => import('@/lib/validation/reports').then((m) => m.pressQuoteSchema)),
    defaultValues: { cycleId, text: initial.text, by: initial.by },
  });
  const errors = formState.errors;
  const summary: SummaryError[] = [
    ...(errors.text?.message ? [{ field: 'citat-text', message: errors.text.message }] : []),
    ...(errors.by?.message ? [{ field: 'citat-av', message: errors.by.message }] : []),
    ...(serverError ? [{ message: serverError }] : []),
  ];

  async function onSubmit(values: PressQuoteInput) {
    setServerError(null);
    setSaved(false);
    try {
      const res = await save(values);
      if (!res.ok) {
        setServerError(res.error);
        if (res.fieldErrors?.text) setError('text', { message: res.fieldErrors.text });
        return;
      }
      setSaved(true);
      router.refresh();
    } catch {
      setServerError(tc('networkTextKept'));
    }
  }

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="max-w-2xl">
      <ErrorSummary errors={summary} />
      <label htmlFor="citat-text" className="block font-medium">
        {t('quote')}
      </label>
      <p id="citat-text-hint" className="text-sm text-slate-700">
        {t('quoteHint')}
      </p>
      <textarea
        id="citat-text"
        rows={4}
        aria-invalid={errors.text ? true : undefined}
        aria-describedby={errors.text ? 'citat-text-hint citat-text-fel' : 'citat-text-hint'}
        className={`mt-1 mb-1 block w-full rounded border px-3 py-2 ${errors.text ? 'border-red-700' : 'border-slate-500'}`}
        {...register('text')}
      />
      {errors.text?.message ? (
        <p id="citat-text-fel" className="text-sm font-medium text-red-800">
          {errors.text.message}
        </p>
      ) : null}
      <div className="mt-3">
        <TextField id="citat-av" label={t('quoteBy')} error={errors.by?.message} {...register('by')} />
      </div>
      <button type="submit" disabled={formState.isSubmitting} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {t('quoteSave')}
      </button>
      <p role="status" className="mt-2 text-green-800">
        {saved ? t('quoteSaved') : ''}
      </p>
    </form>
  );
}
