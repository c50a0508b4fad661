'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { useRouter, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { signInSchema, type SignInInput } from '@/lib/validation/sign-in';

const WRONG_CREDENTIALS = 'Fel e-postadress eller lösenord. Kontrollera stavningen och försök igen.';
const NETWORK_ERROR = 'Det gick inte att nå servern. Kontrollera din uppkoppling och försök igen.';

export function SignInForm() {
  const router = useRouter();
  const params = useSearchParams();
  const [serverError, setServerError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput>({ resolver: zodResolver(signInSchema), defaultValues: { email: '', password: '' } });

  const summary: SummaryError[] = [
    ...(errors.email?.message ? [{ field: 'email', message: errors.email.message }] : []),
    ...(errors.password?.message ? [{ field: 'password', message: errors.password.message }] : []),
    ...(serverError ? [{ message: serverError }] : []),
  ];

  async function onSubmit(values: SignInInput) {
    setServerError(null);
    try {
      const result = await signIn('credentials', { redirect: false, email: values.email, password: values.password });
      if (!result || result.error) {
        setServerError(WRONG_CREDENTIALS);
        return;
      }
      const callback = params.get('callbackUrl');
      const target = callback && callback.startsWith('/') && !callback.startsWith('//') ? callback : '/';
      router.replace(target);
      router.refresh();
    } catch {
      setServerError(NETWORK_ERROR);
    }
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="mt-6 rounded-lg border border-slate-200 bg-white p-6">
      <ErrorSummary errors={summary} title={serverError && summary.length === 1 ? 'Inloggningen misslyckades' : 'Något behöver rättas'} />
      <TextField id="email" label="E-post" type="email" autoComplete="username" error={errors.email?.message} {...register('email')} />
      <TextField
        id="password"
        label="Lösenord"
        type="password"
        autoComplete="current-password"
        error={errors.password?.message}
        {...register('password')}
      />
      <button
        type="submit"
        disabled={isSubmitting}
        className="w-full rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {isSubmitting ? 'Loggar in …' : 'Logga in'}
      </button>
    </form>
  );
}
