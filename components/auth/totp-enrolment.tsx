'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { lazyZodResolver } from '@/lib/forms/lazy-zod-resolver';
import { confirmTotpEnrolmentAction, startTotpEnrolmentAction } from '@/app/konto/actions';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { signOutToSignIn } from '@/lib/auth/sign-out-client';
import type { TotpCodeInput } from '@/lib/validation/account';
import { RecoveryCodes } from './recovery-codes';

type Pending = { secret: string; qrDataUrl: string };

/** Enrolment in three steps: scan the QR code (or type the secret), confirm a first code, save the recovery codes. */
export function TotpEnrolment() {
  const t = useTranslations('acctTotp');
  const tc = useTranslations('acctCommon');
  const [pending, setPending] = useState<Pending | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
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

  async function start() {
    setServerError(null);
    setStarting(true);
    try {
      const res = await startTotpEnrolmentAction();
      if (res.ok) setPending(res.data);
      else setServerError(res.error);
    } catch {
      setServerError(tc('networkErrorShort'));
    } finally {
      setStarting(false);
    }
  }

  async function confirm(values: TotpCodeInput) {
    setServerError(null);
    try {
      const res = await confirmTotpEnrolmentAction(values);
      if (!res.ok) {
        if (res.fieldErrors?.code) setError('code', { message: res.fieldErrors.code });
        else setServerError(res.error);
        return;
      }
      setCodes(res.data.recoveryCodes);
    } catch {
      setServerError(tc('networkErrorShort'));
    }
  }

  if (codes)
    return (
      <div role="status">
        <p className="mt-4 font-medium text-green-900">{t('activated')}</p>
        <RecoveryCodes codes={codes} />
        <button type="button" onClick={signOutToSignIn} className="mt-4 rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t('savedSignIn')}
        </button>
      </div>
    );

  if (!pending)
    return (
      <div className="mt-4">
        <ErrorSummary errors={serverError ? [{ message: serverError }] : []} title={t('startFailed')} />
        <button type="button" onClick={start} disabled={starting} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {starting ? t('starting') : t('start')}
        </button>
      </div>
    );

  return (
    <div className="mt-4">
      <ol className="list-decimal space-y-4 pl-5">
        <li>
          {t('scan')}
          {/* A data: URL made on the server; next/image adds nothing for it. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={pending.qrDataUrl} width={200} height={200} alt={t('qrAlt')} className="mt-2 border border-slate-300 bg-white" />
          <p className="mt-2">
            {t('typeSecret')} <code className="font-mono text-lg" data-testid="totp-secret">{pending.secret}</code>
          </p>
        </li>
        <li>
          <form method="post" onSubmit={handleSubmit(confirm)} noValidate>
            <ErrorSummary errors={summary} />
            <TextField id="code" label={tc('appCode')} hint={tc('appCodeHint')} inputMode="numeric" autoComplete="one-time-code" error={errors.code?.message} {...register('code')} />
            <button type="submit" disabled={isSubmitting} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
              {isSubmitting ? t('confirming') : t('confirm')}
            </button>
          </form>
        </li>
      </ol>
    </div>
  );
}
