'use client';

import { useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { lazyZodResolver } from '@/lib/forms/lazy-zod-resolver';
import { registerAction } from '@/app/registrera/actions';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import type { RegistrationInput } from '@/lib/validation/registration';

type Municipality = { kommunkod: string; name: string; county: string };

/** Self-registration: the municipality picked from the official list (search by name or kommunkod), then name, role, e-mail. */
export function RegistrationForm({ cycles, municipalities }: { cycles: { id: number; name: string }[]; municipalities: Municipality[] }) {
  const t = useTranslations('kommunRegister');
  const tc = useTranslations('kommunCommon');
  const [search, setSearch] = useState('');
  const [serverError, setServerError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RegistrationInput>({
    resolver: lazyZodResolver(() => import('@/lib/validation/registration').then((m) => m.registrationSchema)),
    defaultValues: { cycleId: cycles[0]?.id, kommunkod: '', name: '', title: '', email: '' },
  });

  const matches = useMemo(() => {
    const q = search.trim().toLowerCase();
    if (!q) return municipalities;
    return municipalities.filter((m) => m.name.toLowerCase().includes(q) || m.kommunkod.startsWith(q) || m.county.toLowerCase().includes(q));
  }, [search, municipalities]);

  async function onSubmit(values: RegistrationInput) {
    setServerError(null);
    try {
      const result = await registerAction(values);
      if (result.ok) {
        setDone(true);
        return;
      }
      setServerError(result.error);
      for (const [field, message] of Object.entries(result.fieldErrors ?? {})) setError(field as keyof RegistrationInput, { message });
    } catch {
      setServerError(tc('networkErrorLong'));
    }
  }

  if (done)
    return (
      <p role="status" className="rounded border border-green-700 bg-green-50 p-4">
        {t('received')}
      </p>
    );

  const summary: SummaryError[] = [
    ...(serverError ? [{ message: serverError }] : []),
    ...(['cycleId', 'kommunkod', 'name', 'title', 'email'] as const).flatMap((f) => (errors[f]?.message ? [{ field: f, message: errors[f]!.message! }] : [])),
  ];

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="rounded-lg border border-slate-200 bg-white p-6">
      <ErrorSummary errors={summary} />
      {cycles.length > 1 ? (
        <div className="mb-4">
          <label htmlFor="cycleId" className="block font-medium">
            {t('cycle')}
          </label>
          <select id="cycleId" className="mt-1 block w-full rounded border border-slate-500 px-3 py-2" {...register('cycleId')}>
            {cycles.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <p className="mb-4">
          {t('cycleOne')} <strong>{cycles[0].name}</strong>
          <input type="hidden" {...register('cycleId')} />
        </p>
      )}
      <div className="mb-4">
        <label htmlFor="kommun-sok" className="block font-medium">
          {t('search')}
        </label>
        <p id="kommun-sok-hint" className="text-sm text-slate-700">
          {t('searchHint', { shown: matches.length, total: municipalities.length })}
        </p>
        <input id="kommun-sok" type="search" value={search} onChange={(e) => setSearch(e.target.value)} aria-describedby="kommun-sok-hint" className="mt-1 block w-full rounded border border-slate-500 px-3 py-2" />
      </div>
      <div className="mb-4">
        <label htmlFor="kommunkod" className="block font-medium">
          {t('municipality')}
        </label>
        {errors.kommunkod?.message ? (
          <p id="kommunkod-error" className="text-sm font-medium text-red-800">
            {errors.kommunkod.message}
          </p>
        ) : null}
        <select
          id="kommunkod"
          size={8}
          aria-invalid={errors.kommunkod ? true : undefined}
          aria-describedby={errors.kommunkod ? 'kommunkod-error' : undefined}
          className="mt-1 block w-full rounded border border-slate-500 px-3 py-2"
          {...register('kommunkod')}
        >
          {matches.map((m) => (
            <option key={m.kommunkod} value={m.kommunkod}>
              {m.name} ({m.kommunkod}, {m.county})
            </option>
          ))}
        </select>
      </div>
      <TextField id="name" label={t('name')} autoComplete="name" error={errors.name?.message} {...register('name')} />
      <TextField id="title" label={t('role')} autoComplete="organization-title" error={errors.title?.message} {...register('title')} />
      <TextField id="email" label={t('email')} type="email" autoComplete="email" error={errors.email?.message} {...register('email')} />
      <button type="submit" disabled={isSubmitting} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {isSubmitting ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
