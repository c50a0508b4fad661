'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { lazyZodResolver } from '@/lib/forms/lazy-zod-resolver';
import { changePasswordAction } from '@/app/konto/actions';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { signOutToSignIn } from '@/lib/auth/sign-out-client';
import type { ChangePasswordInput } from '@/lib/validation/password';
import { NewPasswordFields } from './new-password-fields';

export function ChangePasswordForm() {
  const t = useTranslations('acctAccount');
  const tc = useTranslations('acctCommon');
  const [serverError, setServerError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ChangePasswordInput>({ resolver: lazyZodResolver(() => import('@/lib/validation/password').then((m) => m.changePasswordSchema)), defaultValues: { current: '', password: '', confirm: '' } });

  const summary: SummaryError[] = [
    ...(errors.current?.message ? [{ field: 'current', message: errors.current.message }] : []),
    ...(errors.password?.message ? [{ field: 'password', message: errors.password.message }] : []),
    ...(errors.confirm?.message ? [{ field: 'confirm', message: errors.confirm.message }] : []),
    ...(serverError ? [{ message: serverError }] : []),
  ];

  async function onSubmit(values: ChangePasswordInput) {
    setServerError(null);
    try {
      const res = await changePasswordAction(values);
      if (!res.ok) {
        setServerError(res.error);
        for (const [field, message] of Object.entries(res.fieldErrors ?? {}))
          if (field === 'current' || field === 'password' || field === 'confirm') setError(field, { message });
        return;
      }
      setDone(true);
    } catch {
      setServerError(tc('networkError'));
    }
  }

  if (done)
    return (
      <div role="status" className="mt-4 rounded-lg border border-green-700 bg-green-50 p-6 text-green-900">
        <p className="font-medium">{t('changed')}</p>
        <button type="button" onClick={signOutToSignIn} className="mt-3 rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t('signInAgain')}
        </button>
      </div>
    );

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="mt-4 rounded-lg border border-slate-200 bg-white p-6">
      <ErrorSummary errors={summary} title={serverError && summary.length === 1 ? t('changeFailed') : tc('fixTitle')} />
      <TextField id="current" label={t('currentPassword')} type="password" autoComplete="current-password" error={errors.current?.message} {...register('current')} />
      <NewPasswordFields register={register} errors={errors} />
      <button type="submit" disabled={isSubmitting} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {isSubmitting ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
