'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { signInSchema, type SignInInput } from '@/lib/validation/sign-in';

const WRONG_CREDENTIALS = 'Fel e-postadress eller lösenord. Kontrollera stavningen och försök igen.';
const WRONG_CODE = 'Koden stämmer inte. Skriv koden som appen visar just nu, eller en oanvänd återställningskod.';
const NETWORK_ERROR = 'Det gick inte att nå servern. Kontrollera din uppkoppling och försök igen.';

/** Turns the code the server threw (lib/auth/sign-in.ts) into what the user reads. */
function messageFor(error: string): string {
  const limited = /^rate-limited:(\d+)$/.exec(error);
  if (limited) {
    const minutes = Math.max(1, Math.ceil(Number(limited[1]) / 60_000));
    return `För många försök. Försök igen om ${minutes} ${minutes === 1 ? 'minut' : 'minuter'}.`;
  }
  if (error === 'code-invalid') return WRONG_CODE;
  return WRONG_CREDENTIALS;
}

export function SignInForm() {
  const router = useRouter();
  const params = useSearchParams();
  const [serverError, setServerError] = useState<string | null>(null);
  const [askCode, setAskCode] = useState(false);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput>({ resolver: zodResolver(signInSchema), defaultValues: { email: '', password: '', code: '' } });

  const summary: SummaryError[] = [
    ...(errors.email?.message ? [{ field: 'email', message: errors.email.message }] : []),
    ...(errors.password?.message ? [{ field: 'password', message: errors.password.message }] : []),
    ...(errors.code?.message ? [{ field: 'code', message: errors.code.message }] : []),
    ...(serverError ? [{ message: serverError }] : []),
  ];

  async function onSubmit(values: SignInInput) {
    setServerError(null);
    try {
      const result = await signIn('credentials', { redirect: false, email: values.email, password: values.password, code: values.code ?? '' });
      if (!result || result.error) {
        const error = result?.error ?? '';
        if (error === 'code-required') {
          setAskCode(true);
          return;
        }
        setServerError(messageFor(error));
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
      <div hidden={askCode}>
        <TextField id="email" label="E-post" type="email" autoComplete="username" error={errors.email?.message} {...register('email')} />
        <TextField
          id="password"
          label="Lösenord"
          type="password"
          autoComplete="current-password"
          error={errors.password?.message}
          {...register('password')}
        />
      </div>
      {askCode ? (
        <TextField
          id="code"
          label="Kod från autentiseringsappen"
          hint="Sex siffror från appen. Har du inte telefonen? Skriv en av dina återställningskoder (t.ex. K7QPM-3XWRT)."
          autoComplete="one-time-code"
          autoFocus
          spellCheck={false}
          error={errors.code?.message}
          {...register('code')}
        />
      ) : null}
      <button
        type="submit"
        disabled={isSubmitting}
        className="w-full rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {isSubmitting ? 'Loggar in …' : askCode ? 'Verifiera och logga in' : 'Logga in'}
      </button>
      <p className="mt-4 text-sm">
        <Link href="/glomt-losenord">Glömt lösenordet?</Link>
      </p>
    </form>
  );
}
