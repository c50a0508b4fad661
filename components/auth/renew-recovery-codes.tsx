'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { lazyZodResolver } from '@/lib/forms/lazy-zod-resolver';
import { renewRecoveryCodesAction } from '@/app/konto/actions';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import type { TotpCodeInput } from '@/lib/validation/account';
import { RecoveryCodes } from './recovery-codes';

/** Ten new recovery codes after a code from the app; the old ones stop working. */
export function RenewRecoveryCodes() {
  const t = useTranslations('acctTotp');
  const tc = useTranslations('acctCommon');
  const [codes, setCodes] = useState<string[] | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TotpCodeInput>({ resolver: lazyZodResolver(() => import('@/lib/validation/account').then((m) => m.totpCodeSchema)), defaultValues: { code: '' } });
  const summary: SummaryError[] = [
    ...(errors.code?.message ? [{ field: 'code', message: errors.code.message }] : []),
    ...(serverError ? [{ message: serverError }] : []),
  ];

  async function onSubmit(values: TotpCodeInput) {
    setServerError(null);
    const res = await renewRecoveryCodesAction(values).catch(() => null);
    if (!res) return setServerError(tc('networkErrorShort'));
    if (!res.ok) {
      if (res.fieldErrors?.code) setError('code', { message: res.fieldErrors.code });
      else setServerError(res.error);
      return;
    }
    setCodes(res.data.recoveryCodes);
  }

  if (codes) return <RecoveryCodes codes={codes} />;
  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="mt-4 rounded-lg border border-slate-200 bg-white p-6">
      <ErrorSummary errors={summary} />
      <TextField id="code" label={tc('appCode')} hint={tc('appCodeHint')} inputMode="numeric" autoComplete="one-time-code" error={errors.code?.message} {...register('code')} />
      <button type="submit" disabled={isSubmitting} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {isSubmitting ? t('renewing') : t('renew')}
      </button>
    </form>
  );
}
