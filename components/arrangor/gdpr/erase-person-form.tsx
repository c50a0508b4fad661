'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { lazyZodResolver } from '@/lib/forms/lazy-zod-resolver';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { erasePersonAction } from '@/lib/actions/gdpr';
import type { ErasePersonInput } from '@/lib/validation/gdpr';

/**
 * Erasing a person for good: the organiser types the name to confirm. What stays
 * (scores and comments under a pseudonym) is said before, what was removed after.
 */
export function ErasePersonForm({ userId, name }: { userId: number; name: string }) {
  const router = useRouter();
  const t = useTranslations('orgErase');
  const tLabel = useTranslations('orgLabels');
  const [serverError, setServerError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const form = useForm<ErasePersonInput>({ resolver: lazyZodResolver(() => import('@/lib/validation/gdpr').then((m) => m.erasePersonSchema)), defaultValues: { userId, confirmName: '' } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setServerError(null);
    try {
      const res = await erasePersonAction(values);
      if (!res.ok) {
        setServerError(res.error);
        if (res.fieldErrors?.confirmName) form.setError('confirmName', { message: res.fieldErrors.confirmName });
        return;
      }
      const s = res.data;
      setDone(t('done', { sessions: s.sessions, invitations: s.invitations, mail: s.mail, registrations: s.registrations, contacts: s.applicationContacts }));
      router.refresh();
    } catch {
      setServerError(tLabel('networkError'));
    }
  });

  if (done)
    return (
      <p role="status" className="rounded border border-green-800 bg-green-50 p-3 text-green-900">
        {done}
      </p>
    );

  const summary = [
    ...(serverError && !errors.confirmName ? [{ message: serverError }] : []),
    ...(errors.confirmName?.message ? [{ field: 'radera-namn', message: errors.confirmName.message }] : []),
  ];
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-labelledby="radera-rubrik" className="rounded-lg border-2 border-red-800 bg-white p-5">
      <h2 id="radera-rubrik" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <p className="mt-1 mb-3 text-slate-700">
        {t('body', { id: String(userId) })}
      </p>
      <ErrorSummary errors={summary} />
      <input type="hidden" {...form.register('userId')} />
      <TextField id="radera-namn" label={t('confirm', { name })} autoComplete="off" error={errors.confirmName?.message} {...form.register('confirmName')} />
      <button type="submit" disabled={isSubmitting} className="rounded bg-red-800 px-4 py-2 font-medium text-white hover:bg-red-900 disabled:opacity-60">
        {isSubmitting ? t('erasing') : t('submit')}
      </button>
    </form>
  );
}
