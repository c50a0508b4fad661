'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { lazyZodResolver } from '@/lib/forms/lazy-zod-resolver';
import { ErrorSummary } from '@/components/ui/error-summary';
import { unlockRubric } from '@/lib/actions/rubric';

import { TextAreaField } from './fields';
import { applyFieldErrors, summaryOf } from './form-errors';

type Values = { cycleId: string; reason: string };

/** "Lås upp": reopens a locked rubric, with the reason written to the log. */
export function UnlockRubricForm({ cycleId }: { cycleId: number }) {
  const t = useTranslations('cycleRubric');
  const tc = useTranslations('cycleCommon');
  const router = useRouter();
  const [serverError, setServerError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: lazyZodResolver(() => import('@/lib/validation/rubric').then((m) => m.unlockRubricSchema)) as never, defaultValues: { cycleId: String(cycleId), reason: '' } });

  async function onSubmit() {
    setServerError(null);
    try {
      const result = await unlockRubric(getValues());
      if (result.ok) {
        router.refresh();
        return;
      }
      if (!applyFieldErrors(setError, result.fieldErrors)) setServerError(result.error);
    } catch {
      setServerError(tc('networkKept'));
    }
  }

  const summary = [...summaryOf(errors), ...(serverError ? [{ message: serverError }] : [])];
  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate aria-labelledby="lasupp-rubrik" className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-5">
      <h2 id="lasupp-rubrik" className="text-lg font-semibold">
        {t('unlockTitle')}
      </h2>
      <p className="mb-3 text-slate-800">
        {t('unlockLead')}
      </p>
      <ErrorSummary errors={summary} title={serverError && summary.length === 1 ? t('unlockFailed') : tc('fixTitle')} />
      <TextAreaField id="reason" label={t('unlockReason')} rows={3} error={errors.reason?.message} {...register('reason')} />
      <button type="submit" disabled={isSubmitting} className="rounded bg-amber-800 px-4 py-2 font-medium text-white hover:bg-amber-900 disabled:opacity-60">
        {isSubmitting ? t('unlocking') : t('unlock')}
      </button>
    </form>
  );
}
