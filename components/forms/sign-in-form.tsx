'use client';

import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { lazyZodResolver } from '@/lib/forms/lazy-zod-resolver';
import { Button } from '@/components/ui/button';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import type { SignInInput } from '@/lib/validation/sign-in';

/** The schema's messages by field and zod issue code, as catalogue keys (the schema itself stays Swedish for the server). */
const FIELD_MESSAGES: Record<string, Record<string, string>> = {
  email: { too_small: 'emailRequired', invalid_format: 'emailInvalid' },
  password: { too_small: 'passwordRequired', too_big: 'passwordTooLong' },
};

type Translate = ReturnType<typeof useTranslations<'signIn'>>;

/** Turns the code the server threw (lib/auth/sign-in.ts) into what the user reads. */
function messageFor(error: string, t: Translate): string {
  const limited = /^rate-limited:(\d+)$/.exec(error);
  if (limited) return t('rateLimited', { minutes: Math.max(1, Math.ceil(Number(limited[1]) / 60_000)) });
  if (error === 'code-invalid') return t('wrongCode');
  return t('wrongCredentials');
}

/**
 * Signs in through next-auth's credentials endpoint, as next-auth/react's signIn does
 * (CSRF token, then the callback with json=true), without sending that library to the
 * browser. Returns next-auth's error code (what lib/auth/sign-in.ts threw), or null when
 * the session cookie is set.
 */
async function credentialsSignIn(values: { email: string; password: string; code: string }): Promise<string | null> {
  const { csrfToken } = (await (await fetch('/api/auth/csrf', { cache: 'no-store' })).json()) as { csrfToken: string };
  const res = await fetch('/api/auth/callback/credentials', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...values, csrfToken, callbackUrl: window.location.href, json: 'true' }),
  });
  const { url } = (await res.json()) as { url?: string };
  const error = url ? new URL(url, window.location.href).searchParams.get('error') : null;
  return error ?? (res.ok ? null : '');
}

export function SignInForm() {
  const t = useTranslations('signIn');
  const router = useRouter();
  const params = useSearchParams();
  const [serverError, setServerError] = useState<string | null>(null);
  const [askCode, setAskCode] = useState(false);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput>({ resolver: lazyZodResolver(() => import('@/lib/validation/sign-in').then((m) => m.signInSchema)), defaultValues: { email: '', password: '', code: '' } });

  const message = (field: 'email' | 'password') => {
    const error = errors[field];
    if (!error?.message) return undefined;
    const key = FIELD_MESSAGES[field][String(error.type)];
    return key ? t(key) : error.message;
  };
  const summary: SummaryError[] = [
    ...(message('email') ? [{ field: 'email', message: message('email')! }] : []),
    ...(message('password') ? [{ field: 'password', message: message('password')! }] : []),
    ...(errors.code?.message ? [{ field: 'code', message: errors.code.message }] : []),
    ...(serverError ? [{ message: serverError }] : []),
  ];

  async function onSubmit(values: SignInInput) {
    setServerError(null);
    try {
      const error = await credentialsSignIn({ email: values.email, password: values.password, code: values.code ?? '' });
      if (error !== null) {
        if (error === 'code-required') {
          setAskCode(true);
          return;
        }
        setServerError(messageFor(error, t));
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
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="mt-6 rounded-lg border border-slate-200 bg-white p-6">
      <ErrorSummary errors={summary} title={serverError && summary.length === 1 ? t('failedTitle') : undefined} />
      <div hidden={askCode}>
        <TextField id="email" label={t('email')} type="email" autoComplete="username" error={message('email')} {...register('email')} />
        <TextField
          id="password"
          label={t('password')}
          type="password"
          autoComplete="current-password"
          error={message('password')}
          {...register('password')}
        />
      </div>
      {askCode ? (
        <TextField
          id="code"
          label={t('codeLabel')}
          hint={t('codeHint')}
          autoComplete="one-time-code"
          autoFocus
          spellCheck={false}
          error={errors.code?.message}
          {...register('code')}
        />
      ) : null}
      <Button type="submit" full loading={isSubmitting} loadingText={t('submitting')}>
        {askCode ? t('submitCode') : t('submit')}
      </Button>
      <p className="mt-4 text-sm">
        <Link prefetch={false} href="/glomt-losenord">{t('forgotPassword')}</Link>
      </p>
    </form>
  );
}
