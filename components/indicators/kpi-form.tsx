'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { lazyZodResolver } from '@/lib/forms/lazy-zod-resolver';
import { saveKpiAction } from '@/lib/actions/indicators-server';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { KPI_COMPONENTS, KPI_DIRECTIONS } from '@/lib/domain/kpi-kinds';
import type { KpiInput } from '@/lib/validation/indicators';

type Props = { mode: 'create' | 'edit'; initial: KpiInput; idPrefix: string };

/** Add a KPI to the catalogue or edit one (the id is fixed once created). */
export function KpiForm({ mode, initial, idPrefix }: Props) {
  const router = useRouter();
  const t = useTranslations('orgIndicators.kpiForm');
  const tLabel = useTranslations('orgLabels');
  const [serverError, setServerError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<KpiInput>({ resolver: lazyZodResolver(() => import('@/lib/validation/indicators').then((m) => m.kpiSchema)), defaultValues: initial });

  const f = (name: keyof KpiInput) => `${idPrefix}-${name}`;
  const summary: SummaryError[] = [
    ...(['id', 'name', 'unit', 'direction', 'component'] as const).flatMap((k) => (errors[k]?.message ? [{ field: f(k), message: errors[k]!.message! }] : [])),
    ...(serverError ? [{ message: serverError }] : []),
  ];

  async function onSubmit(values: KpiInput) {
    setServerError(null);
    setSaved(null);
    try {
      const result = await saveKpiAction({ ...values, mode });
      if (!result.ok) {
        for (const [k, message] of Object.entries(result.fieldErrors ?? {})) {
          if (k in values) setError(k as keyof KpiInput, { message });
        }
        setServerError(result.error);
        return;
      }
      setSaved(result.data.changed ? t('saved', { id: result.data.id }) : t('unchanged', { id: result.data.id }));
      if (mode === 'create') reset({ id: '', name: '', unit: '', direction: 'higher', component: 'financial_strength' });
      router.refresh();
    } catch {
      setServerError(t('networkError'));
    }
  }

  const select = 'mt-1 block w-full rounded border bg-white px-3 py-2';
  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="rounded-lg border border-slate-200 bg-white p-5">
      <ErrorSummary errors={summary} />
      <TextField
        id={f('id')}
        label={t('id')}
        hint={t('idHint')}
        readOnly={mode === 'edit'}
        error={errors.id?.message}
        {...register('id')}
      />
      <TextField id={f('name')} label={t('name')} error={errors.name?.message} {...register('name')} />
      <TextField id={f('unit')} label={t('unit')} hint={t('unitHint')} error={errors.unit?.message} {...register('unit')} />
      <div className="mb-4">
        <label htmlFor={f('direction')} className="block font-medium">
          {t('direction')}
        </label>
        {errors.direction?.message ? (
          <p id={`${f('direction')}-error`} className="text-sm font-medium text-red-800">
            {errors.direction.message}
          </p>
        ) : null}
        <select id={f('direction')} className={`${select} border-slate-500`} aria-invalid={errors.direction ? true : undefined} {...register('direction')}>
          {KPI_DIRECTIONS.map((v) => (
            <option key={v} value={v}>
              {tLabel(`direction.${v}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="mb-4">
        <label htmlFor={f('component')} className="block font-medium">
          {t('component')}
        </label>
        <select id={f('component')} className={`${select} border-slate-500`} aria-invalid={errors.component ? true : undefined} {...register('component')}>
          {KPI_COMPONENTS.map((v) => (
            <option key={v} value={v}>
              {tLabel(`component.${v}`)}
            </option>
          ))}
        </select>
      </div>
      <p role="status" className="mb-2 text-green-900">
        {saved}
      </p>
      <button type="submit" disabled={isSubmitting} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {isSubmitting ? t('saving') : mode === 'create' ? t('create') : t('save')}
      </button>
    </form>
  );
}
