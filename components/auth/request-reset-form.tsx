'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { lazyZodResolver } from '@/lib/forms/lazy-zod-resolver';
import { requestPasswordResetAction } from '@/app/glomt-losenord/actions';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import type { RequestResetInput } from '@/lib/validation/password';

export function RequestResetForm() {
  const t = useTranslations('acctForgot');
  const tc = useTranslations('acctCommon');
  const [serverError, setServerError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<RequestResetInput>({ resolver: lazyZodResolver(() => import('@/lib/validation/password').then((m) => m.requestResetSchema)), defaultValues: { email: '' } });

  const summary: SummaryError[] = [
    ...(errors.email?.message ? [{ field: 'email', message: errors.email.message }] : []),
    ...(serverError ? [{ message: serverError }] : []),
  ];

  async function onSubmit(values: RequestResetInput) {
    setServerError(null);
    try {
      const res = await requestPasswordResetAction(values);
      if (!res.ok) setServerError(res.error);
      else setDone(true);
    } catch {
      setServerError(tc('networkError'));
    }
  }

  if (done)
    return (
      <p role="status" className="mt-6 rounded-lg border border-green-700 bg-green-50 p-6 text-green-900">
        {t('sent')}
      </p>
    );

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="mt-6 rounded-lg border border-slate-200 bg-white p-6">
      <ErrorSummary errors={summary} title={serverError && summary.length === 1 ? t('failedTitle') : tc('fixTitle')} />
      <TextField id="email" label={tc('email')} type="email" autoComplete="username" error={errors.email?.message} {...register('email')} />
      <button type="submit" disabled={isSubmitting} className="w-full rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {isSubmitting ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
