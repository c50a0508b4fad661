'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { lazyZodResolver } from '@/lib/forms/lazy-zod-resolver';
import { resetPasswordAction } from '@/app/aterstall/[token]/actions';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import type { ResetPasswordInput } from '@/lib/validation/password';
import { NewPasswordFields } from './new-password-fields';

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations('acctReset');
  const tc = useTranslations('acctCommon');
  const [serverError, setServerError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ResetPasswordInput>({ resolver: lazyZodResolver(() => import('@/lib/validation/password').then((m) => m.resetPasswordSchema)), defaultValues: { token, password: '', confirm: '' } });

  const summary: SummaryError[] = [
    ...(errors.password?.message ? [{ field: 'password', message: errors.password.message }] : []),
    ...(errors.confirm?.message ? [{ field: 'confirm', message: errors.confirm.message }] : []),
    ...(serverError ? [{ message: serverError }] : []),
  ];

  async function onSubmit(values: ResetPasswordInput) {
    setServerError(null);
    try {
      const res = await resetPasswordAction(values);
      if (!res.ok) {
        setServerError(res.error);
        for (const [field, message] of Object.entries(res.fieldErrors ?? {}))
          if (field === 'password' || field === 'confirm') setError(field, { message });
        return;
      }
      setDone(true);
    } catch {
      setServerError(tc('networkError'));
    }
  }

  if (done)
    return (
      <div role="status" className="mt-6 rounded-lg border border-green-700 bg-green-50 p-6 text-green-900">
        <p className="font-medium">{t('done')}</p>
        <p className="mt-2">{t.rich('doneSignIn', { link: (chunks) => <Link href="/logga-in">{chunks}</Link> })}</p>
      </div>
    );

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="mt-6 rounded-lg border border-slate-200 bg-white p-6">
      <ErrorSummary errors={summary} title={serverError && summary.length === 1 ? t('failedTitle') : tc('fixTitle')} />
      <input type="hidden" {...register('token')} />
      <NewPasswordFields register={register} errors={errors} />
      <button type="submit" disabled={isSubmitting} className="w-full rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {isSubmitting ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
