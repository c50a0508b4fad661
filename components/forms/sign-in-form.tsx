'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { useRouter, useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { signInSchema, type SignInInput } from '@/lib/validation/sign-in';

/** The schema's messages by field and zod issue code, as catalogue keys (the schema itself stays Swedish for the server). */
const FIELD_MESSAGES: Record<string, Record<string, string>> = {
  email: { too_small: 'emailRequired', invalid_format: 'emailInvalid' },
  password: { too_small: 'passwordRequired', too_big: 'passwordTooLong' },
};

export function SignInForm() {
  const t = useTranslations('signIn');
  const router = useRouter();
  const params = useSearchParams();
  const [serverError, setServerError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput>({ resolver: zodResolver(signInSchema), defaultValues: { email: '', password: '' } });

  const message = (field: 'email' | 'password') => {
    const error = errors[field];
    if (!error?.message) return undefined;
    const key = FIELD_MESSAGES[field][String(error.type)];
    return key ? t(key) : error.message;
  };
  const summary: SummaryError[] = [
    ...(message('email') ? [{ field: 'email', message: message('email')! }] : []),
    ...(message('password') ? [{ field: 'password', message: message('password')! }] : []),
    ...(serverError ? [{ message: serverError }] : []),
  ];

  async function onSubmit(values: SignInInput) {
    setServerError(null);
    try {
      const result = await signIn('credentials', { redirect: false, email: values.email, password: values.password });
      if (!result || result.error) {
        setServerError(t('wrongCredentials'));
        return;
      }
      const callback = params.get('callbackUrl');
      const target = callback && callback.startsWith('/') && !callback.startsWith('//') ? callback : '/';
      router.replace(target);
      router.refresh();
    } catch {
      setServerError(t('networkError'));
    }
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="mt-6 rounded-lg border border-slate-200 bg-white p-6">
      <ErrorSummary errors={summary} title={serverError && summary.length === 1 ? t('failedTitle') : undefined} />
      <TextField id="email" label={t('email')} type="email" autoComplete="username" error={message('email')} {...register('email')} />
      <TextField
        id="password"
        label={t('password')}
        type="password"
        autoComplete="current-password"
        error={message('password')}
        {...register('password')}
      />
      <Button type="submit" full loading={isSubmitting} loadingText={t('submitting')}>
        {t('submit')}
      </Button>
    </form>
  );
}
