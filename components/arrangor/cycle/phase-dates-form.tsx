'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { lazyZodResolver } from '@/lib/forms/lazy-zod-resolver';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { savePhaseDates } from '@/lib/actions/cycles';
import type { Phase } from '@/lib/domain/phases';

import { applyFieldErrors, errorAt, summaryOf } from './form-errors';

type Row = { phase: Phase; startDate: string; startTime: string; endDate: string; endTime: string };
type Values = { cycleId: string; dates: Row[] };

const FIELDS = [
  ['startDate', 'date'],
  ['startTime', 'time'],
  ['endDate', 'date'],
  ['endTime', 'time'],
] as const;

/** Start and end of each phase, entered in Swedish time (Europe/Stockholm). */
export function PhaseDatesForm({ cycleId, rows, labels, disabled }: { cycleId: number; rows: Row[]; labels: Record<string, string>; disabled: boolean }) {
  const t = useTranslations('cycleDates');
  const tc = useTranslations('cycleCommon');
  const router = useRouter();
  const [serverError, setServerError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: lazyZodResolver(() => import('@/lib/validation/cycle').then((m) => m.phaseDatesSchema)) as never, defaultValues: { cycleId: String(cycleId), dates: rows } });

  async function onSubmit() {
    setServerError(null);
    setSaved(null);
    try {
      const result = await savePhaseDates(getValues());
      if (result.ok) {
        setSaved(result.data.changed === 0 ? t('unchanged') : t('saved'));
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
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate aria-labelledby="datum-rubrik">
      <ErrorSummary errors={summary} />
      <p role="status" className={saved ? 'mb-4 rounded border border-green-700 bg-green-50 p-3 text-green-900' : 'sr-only'}>
        {saved}
      </p>
      <fieldset disabled={disabled} className="[&_input:disabled]:bg-slate-100">
        <legend className="sr-only">{t('legend')}</legend>
        {rows.map((row, i) => (
          <fieldset key={row.phase} className="mb-4 rounded border border-slate-200 p-4">
            <legend className="px-1 font-semibold">{labels[row.phase]}</legend>
            <input type="hidden" {...register(`dates.${i}.phase`)} />
            <div className="grid gap-x-4 sm:grid-cols-4">
              {FIELDS.map(([field, type]) => (
                <TextField
                  key={field}
                  id={`dates-${i}-${field}`}
                  label={t(field)}
                  type={type}
                  aria-label={`${labels[row.phase]}: ${t(field)}`}
                  error={errorAt(errors, `dates.${i}.${field}`)}
                  {...register(`dates.${i}.${field}`)}
                />
              ))}
            </div>
          </fieldset>
        ))}
        <button type="submit" disabled={isSubmitting} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {isSubmitting ? tc('saving') : t('submit')}
        </button>
      </fieldset>
    </form>
  );
}
