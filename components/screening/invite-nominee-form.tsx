'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import type { ActionResult } from '@/lib/actions/define-action';

/** Sends (or resends) the nomination: to the contacts with an account, and an invitation to an e-mail given here. */
export function InviteNomineeForm({
  nominationId,
  municipality,
  hasRecipients,
  invitedBefore,
  invite,
}: {
  nominationId: number;
  municipality: string;
  hasRecipients: boolean;
  invitedBefore: boolean;
  invite: (input: unknown) => Promise<ActionResult<{ mailed: string[]; resent: boolean }>>;
}) {
  const t = useTranslations('scrInviteNominee');
  const router = useRouter();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const emailId = `epost-${nominationId}`;
  const nameId = `namn-${nominationId}`;
  const emailError = errors.find((e) => e.field === emailId)?.message;

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setDone(null);
    const input = { nominationId, email, name };
    // The schema (with zod) is loaded when the form is sent, not with the page.
    const { inviteNomineeSchema } = await import('@/lib/validation/nominees');
    const parsed = inviteNomineeSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(parsed.error.issues.map((i) => ({ field: i.path[0] === 'email' ? emailId : undefined, message: i.message })));
      return;
    }
    setBusy(true);
    setErrors([]);
    try {
      const res = await invite(input);
      if (!res.ok) {
        setErrors([{ field: res.fieldErrors?.email ? emailId : undefined, message: res.error }]);
        return;
      }
      setDone(t('sent', { recipients: res.data.mailed.join(', ') }));
      setEmail('');
      setName('');
      router.refresh();
    } catch {
      setErrors([{ message: t('network') }]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-2" aria-label={t('formLabel', { municipality })}>
      <ErrorSummary errors={errors} />
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={emailId} className="block text-sm font-medium">
            {t('email')}
            {hasRecipients ? t('optional') : ''}
            <span className="sr-only">{t('emailFor', { municipality })}</span>
          </label>
          {emailError ? (
            <p id={`${emailId}-fel`} className="text-sm font-medium text-red-800">
              {emailError}
            </p>
          ) : null}
          <input
            id={emailId}
            type="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={emailError ? true : undefined}
            aria-describedby={emailError ? `${emailId}-fel` : undefined}
            className="mt-1 rounded border border-slate-500 px-2 py-1"
          />
        </div>
        <div>
          <label htmlFor={nameId} className="block text-sm font-medium">
            {t('name')}
            <span className="sr-only">{t('nameFor', { municipality })}</span>
          </label>
          <input id={nameId} value={name} onChange={(e) => setName(e.target.value)} className="mt-1 rounded border border-slate-500 px-2 py-1" />
        </div>
        <button type="submit" disabled={busy} aria-busy={busy} className="rounded bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {busy ? t('working') : invitedBefore ? t('sendAgain') : t('send')}
          <span className="sr-only">{t('sendTo', { municipality })}</span>
        </button>
      </div>
      {done ? (
        <p role="status" className="mt-2 text-green-900">
          {done}
        </p>
      ) : null}
    </form>
  );
}
