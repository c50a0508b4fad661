'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { lazyZodResolver } from '@/lib/forms/lazy-zod-resolver';
import type { z } from 'zod';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { createCycle } from '@/lib/actions/cycles';
import type { createCycleSchema } from '@/lib/validation/cycle';
import { RUBRIC_TEMPLATES, type RubricTemplateKey } from '@/lib/domain/rubric-templates';
import { SelectField } from './fields';
import { applyFieldErrors, summaryOf } from './form-errors';

type Values = { year: string; name: string; mode: 'open_application' | 'key_figures'; copyFromCycleId: string; template?: RubricTemplateKey };

/** "Ny omgång": year, name, how municipalities come in, and the cycle to copy the rubric and settings from. */
export function NewCycleForm({ choices, defaults }: { choices: { id: number; label: string }[]; defaults: Values }) {
  const t = useTranslations('cycleNew');
  const tc = useTranslations('cycleCommon');
  const router = useRouter();
  const [serverError, setServerError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, z.output<typeof createCycleSchema>>({
    resolver: lazyZodResolver(() => import('@/lib/validation/cycle').then((m) => m.createCycleSchema)) as never,
    defaultValues: defaults,
  });

  async function onSubmit() {
    setServerError(null);
    try {
      const result = await createCycle(getValues());
      if (result.ok) {
        router.push(`/arrangor/omgang/${result.data.id}`);
        return;
      }
      const placed = applyFieldErrors(setError, result.fieldErrors);
      if (!placed || !result.fieldErrors) setServerError(result.error);
    } catch {
      setServerError(tc('networkKept'));
    }
  }

  const summary = [...summaryOf(errors), ...(serverError ? [{ message: serverError }] : [])];

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="rounded-lg border border-slate-200 bg-white p-6">
      <ErrorSummary errors={summary} title={serverError && summary.length === 1 ? t('failedTitle') : tc('fixTitle')} />
      <TextField id="year" label={t('year')} inputMode="numeric" autoComplete="off" hint={t('yearHint')} error={errors.year?.message} {...register('year')} />
      <TextField id="name" label={t('name')} autoComplete="off" hint={t('nameHint')} error={errors.name?.message} {...register('name')} />
      <SelectField id="mode" label={t('mode')} error={errors.mode?.message} {...register('mode')}>
        <option value="open_application">{t('modeOpen')}</option>
        <option value="key_figures">{t('modeKeyFigures')}</option>
      </SelectField>
      <SelectField
        id="copyFromCycleId"
        label={t('copyFrom')}
        hint={t('copyFromHint')}
        error={errors.copyFromCycleId?.message}
        {...register('copyFromCycleId')}
      >
        {choices.map((c) => (
          <option key={c.id} value={String(c.id)}>
            {t('copyFromCycle', { cycle: c.label })}
          </option>
        ))}
        <option value="">{t('copyNone')}</option>
      </SelectField>
      <SelectField id="template" label={t('template')} hint={t('templateHint')} error={errors.template?.message} {...register('template')}>
        {RUBRIC_TEMPLATES.map((tpl) => (
          <option key={tpl.key} value={tpl.key}>
            {t(`templates.${tpl.key}`)}
          </option>
        ))}
      </SelectField>
      <button type="submit" disabled={isSubmitting} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {isSubmitting ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
