'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { lazyZodResolver } from '@/lib/forms/lazy-zod-resolver';
import type { z } from 'zod';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import type { saveScreeningModelSchema } from '@/lib/validation/screening';
import type { ActionResult } from '@/lib/actions/define-action';

type Values = z.input<typeof saveScreeningModelSchema>;

/** Paste or edit the model as JSON (the same file `npm run screen` reads) and save a new version. */
export function ScreeningModelForm({ cycleId, initialJson, save }: { cycleId: number; initialJson: string; save: (input: unknown) => Promise<ActionResult<{ version: number }>> }) {
  const router = useRouter();
  const t = useTranslations('scrModelForm');
  const [serverError, setServerError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: lazyZodResolver(() => import('@/lib/validation/screening').then((m) => m.saveScreeningModelSchema)),
    defaultValues: { cycleId, modelJson: initialJson },
  });
  const fieldError = formState.errors.modelJson?.message;
  const summary: SummaryError[] = [...(fieldError ? [{ field: 'modelJson', message: fieldError }] : []), ...(serverError ? [{ message: serverError }] : [])];

  async function onSubmit(values: Values) {
    setServerError(null);
    setSaved(null);
    try {
      const res = await save(values);
      if (!res.ok) {
        setServerError(res.error);
        if (res.fieldErrors?.modelJson) setError('modelJson', { message: res.fieldErrors.modelJson });
        return;
      }
      setSaved(t('saved', { version: res.data.version }));
      router.refresh();
    } catch {
      setServerError(t('network'));
    }
  }

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="mt-4">
      <ErrorSummary errors={summary} />
      <input type="hidden" {...register('cycleId')} />
      <label htmlFor="modelJson" className="block font-medium">
        {t('label')}
      </label>
      <p id="modelJson-hint" className="text-sm text-slate-700">
        {t.rich('hint', { code: (chunks) => <code>{chunks}</code> })}
      </p>
      <textarea
        id="modelJson"
        rows={14}
        spellCheck={false}
        aria-describedby={`modelJson-hint${fieldError ? ' modelJson-error' : ''}`}
        aria-invalid={fieldError ? true : undefined}
        className={`mt-1 block w-full rounded border px-3 py-2 font-mono text-sm ${fieldError ? 'border-red-700' : 'border-slate-500'}`}
        {...register('modelJson')}
      />
      {fieldError ? (
        <p id="modelJson-error" className="text-sm font-medium text-red-800">
          {fieldError}
        </p>
      ) : null}
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="submit" disabled={formState.isSubmitting} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {formState.isSubmitting ? t('saving') : t('save')}
        </button>
        <p role="status" className="text-sm text-green-800">
          {saved}
        </p>
      </div>
    </form>
  );
}
