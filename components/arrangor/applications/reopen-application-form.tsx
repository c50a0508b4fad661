'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { lazyZodResolver } from '@/lib/forms/lazy-zod-resolver';
import { reopenApplicationAction } from '@/lib/actions/application-admin';
import type { ReopenApplicationInput } from '@/lib/validation/application-admin';

/** "Öppna igen" on one submitted application: asks for the reason the municipality will read. */
export function ReopenApplicationForm({ nominationId, municipality }: { nominationId: number; municipality: string }) {
  const t = useTranslations('cycleApplications');
  const tc = useTranslations('cycleCommon');
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<{ error?: string; ok?: string }>({});
  const form = useForm<ReopenApplicationInput>({ resolver: lazyZodResolver(() => import('@/lib/validation/application-admin').then((m) => m.reopenApplicationSchema)), defaultValues: { nominationId, reason: '' } });
  const { errors, isSubmitting } = form.formState;
  const fieldId = `skal-${nominationId}`;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage({});
    try {
      const res = await reopenApplicationAction(values);
      if (!res.ok) {
        setMessage({ error: res.error });
        if (res.fieldErrors?.reason) form.setError('reason', { message: res.fieldErrors.reason });
        return;
      }
      setMessage({ ok: t('reopened', { mailed: res.data.mailed }) });
      setOpen(false);
      router.refresh();
    } catch {
      setMessage({ error: tc('network') });
    }
  });

  return (
    <div>
      {open ? (
        <form method="post" onSubmit={onSubmit} noValidate className="space-y-2" aria-label={t('reopenLabel', { municipality })}>
          <label htmlFor={fieldId} className="block text-sm font-medium">
            {t('reopenReason')}
          </label>
          {errors.reason?.message ? (
            <p id={`${fieldId}-error`} className="text-sm font-medium text-red-800">
              {errors.reason.message}
            </p>
          ) : null}
          <textarea
            id={fieldId}
            rows={2}
            aria-invalid={errors.reason ? true : undefined}
            aria-describedby={errors.reason ? `${fieldId}-error` : undefined}
            className="block w-full rounded border border-slate-500 px-2 py-1"
            {...form.register('reason')}
          />
          <div className="flex gap-2">
            <button type="submit" disabled={isSubmitting} className="rounded bg-slate-800 px-3 py-1 text-sm font-medium text-white disabled:opacity-60">
              {isSubmitting ? t('reopening') : t('reopen')}
            </button>
            <button type="button" onClick={() => setOpen(false)} className="rounded border border-slate-500 px-3 py-1 text-sm">
              {tc('cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" onClick={() => setOpen(true)} className="rounded border border-slate-500 bg-white px-3 py-1 text-sm">
          {t('reopen')}<span className="sr-only">{t('reopenSr', { municipality })}</span>
        </button>
      )}
      <p role="status" className="text-sm">
        {message.error ? <span className="font-medium text-red-800">{message.error}</span> : message.ok ? <span className="text-green-900">{message.ok}</span> : null}
      </p>
    </div>
  );
}
