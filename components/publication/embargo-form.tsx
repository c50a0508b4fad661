'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { lazyZodResolver } from '@/lib/forms/lazy-zod-resolver';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import type { Locale } from '@/i18n/config';
import type { ActionResult } from '@/lib/actions/define-action';
import { formatDateTime } from '@/lib/i18n/format';
import type { EmbargoInput } from '@/lib/validation/publication';

type Props = {
  cycleId: number;
  defaults: { date: string; time: string };
  submitLabel: string;
  /** The button's text in the confirmation step, e.g. "Ja, publicera". */
  confirmLabel: string;
  /** Said in the confirmation step before the action runs. */
  confirmText: string;
  submit: (input: unknown) => Promise<ActionResult<{ embargoAt: string; shown: string }>>;
};

/** The publication instant (Stockholm time, seconds optional) and the button that publishes or moves it. */
export function EmbargoForm({ cycleId, defaults, submitLabel, confirmLabel, confirmText, submit }: Props) {
  const t = useTranslations('cyclePublication');
  const tc = useTranslations('cycleCommon');
  const locale = useLocale() as Locale;
  const router = useRouter();
  const [serverError, setServerError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<EmbargoInput>({
    resolver: lazyZodResolver(() => import('@/lib/validation/publication').then((m) => m.embargoSchema)),
    defaultValues: { cycleId, date: defaults.date, time: defaults.time },
  });
  const errors = formState.errors;
  const summary: SummaryError[] = [
    ...(errors.date?.message ? [{ field: 'embargo-datum', message: errors.date.message }] : []),
    ...(errors.time?.message ? [{ field: 'embargo-tid', message: errors.time.message }] : []),
    ...(serverError ? [{ message: serverError }] : []),
  ];

  async function onSubmit(values: EmbargoInput) {
    if (!confirming) {
      setConfirming(true);
      return;
    }
    setServerError(null);
    setConfirming(false);
    try {
      const res = await submit(values);
      if (!res.ok) {
        setServerError(res.error);
        if (res.fieldErrors?.date) setError('date', { message: res.fieldErrors.date });
        if (res.fieldErrors?.time) setError('time', { message: res.fieldErrors.time });
        return;
      }
      setDone(t('embargoSaved', { at: formatDateTime(res.data.embargoAt, locale) }));
      router.refresh();
    } catch {
      setServerError(tc('network'));
    }
  }

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="max-w-md">
      <ErrorSummary errors={summary} />
      <TextField id="embargo-datum" label={t('date')} type="date" hint={t('dateHint')} error={errors.date?.message} {...register('date')} />
      <TextField id="embargo-tid" label={t('time')} type="time" step={1} hint={t('timeHint')} error={errors.time?.message} {...register('time')} />
      {confirming ? (
        <p role="status" className="mb-3 rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
          {confirmText} {t('clickAgain')}
        </p>
      ) : null}
      {done ? (
        <p role="status" className="mb-3 rounded border border-green-700 bg-green-50 p-3">
          {done}
        </p>
      ) : null}
      <button type="submit" disabled={formState.isSubmitting} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {confirming ? confirmLabel : submitLabel}
      </button>
    </form>
  );
}
