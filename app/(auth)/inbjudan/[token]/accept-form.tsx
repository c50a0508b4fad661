'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { lazyZodResolver } from '@/lib/forms/lazy-zod-resolver';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { acceptInvitationAction } from './actions';
import { PASSWORD_MIN } from '@/lib/validation/password-limits';
import type { AcceptInvitationInput } from '@/lib/validation/invitation';

export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const router = useRouter();
  const t = useTranslations('acctInvitation');
  const tc = useTranslations('acctCommon');
  const [serverError, setServerError] = useState<string | null>(null);
  const [created, setCreated] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<AcceptInvitationInput>({ resolver: lazyZodResolver(() => import('@/lib/validation/invitation').then((m) => m.acceptInvitationSchema)), defaultValues: { token, password: '', confirm: '' } });

  const summary: SummaryError[] = [
    ...(errors.password?.message ? [{ field: 'password', message: errors.password.message }] : []),
    ...(errors.confirm?.message ? [{ field: 'confirm', message: errors.confirm.message }] : []),
    ...(serverError ? [{ message: serverError }] : []),
  ];

  async function onSubmit(values: AcceptInvitationInput) {
    setServerError(null);
    try {
      const res = await acceptInvitationAction(values);
      if (!res.ok) {
        setServerError(res.error);
        for (const [field, message] of Object.entries(res.fieldErrors ?? {}))
          if (field === 'password' || field === 'confirm') setError(field, { message });
        return;
      }
      setCreated(true);
      // next-auth's client (≈ 8 KB gzip) is loaded when the account is created, not with the page.
      const { signIn } = await import('next-auth/react');
      const signedIn = await signIn('credentials', { redirect: false, email: res.data.email, password: values.password });
      if (signedIn && !signedIn.error) {
        router.replace(res.data.home);
        router.refresh();
      }
    } catch {
      setServerError(tc('networkError'));
    }
  }

  if (created)
    return (
      <div role="status" className="mt-6 rounded-lg border border-green-700 bg-green-50 p-6 text-green-900">
        <p className="font-medium">{t('created')}</p>
        <p className="mt-2">{t.rich('signingIn', { email, link: (chunks) => <Link href="/logga-in">{chunks}</Link> })}</p>
      </div>
    );

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="mt-6 rounded-lg border border-slate-200 bg-white p-6">
      <ErrorSummary errors={summary} title={serverError && summary.length === 1 ? t('failedTitle') : tc('fixTitle')} />
      <input type="hidden" {...register('token')} />
      <TextField id="email" label={tc('email')} type="email" autoComplete="username" value={email} readOnly />
      <TextField
        id="password"
        label={t('password')}
        hint={tc('passwordHint', { min: PASSWORD_MIN })}
        type="password"
        autoComplete="new-password"
        error={errors.password?.message}
        {...register('password')}
      />
      <TextField id="confirm" label={t('confirm')} type="password" autoComplete="new-password" error={errors.confirm?.message} {...register('confirm')} />
      <button type="submit" disabled={isSubmitting} className="w-full rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {isSubmitting ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
