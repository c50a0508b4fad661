'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import type { ActionResult } from '@/lib/actions/define-action';

/** Accept (the application opens as a draft) or decline with an optional reason. */
export function NominationResponseForm({
  nominationId,
  cycleName,
  respond,
}: {
  nominationId: number;
  cycleName: string;
  respond: (input: unknown) => Promise<ActionResult<{ status: string; nominationId: number }>>;
}) {
  const router = useRouter();
  const t = useTranslations('kommunNomination');
  const tc = useTranslations('kommunCommon');
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [busy, setBusy] = useState(false);
  const reasonId = `nej-skal-${nominationId}`;

  async function send(response: 'accept' | 'decline') {
    const input = { nominationId, response, reason: response === 'decline' ? reason : undefined };
    // The schema (with zod) is loaded when the form is sent, not with the page.
    const { respondNominationSchema } = await import('@/lib/validation/nominees');
    const parsed = respondNominationSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(parsed.error.issues.map((i) => ({ field: i.path[0] === 'reason' ? reasonId : undefined, message: i.message })));
      return;
    }
    setBusy(true);
    setErrors([]);
    try {
      const res = await respond(input);
      if (!res.ok) {
        setErrors([{ message: res.error }]);
        return;
      }
      router.refresh();
    } catch {
      setErrors([{ message: tc('networkError') }]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="mt-3">
      <ErrorSummary errors={errors} />
      {!declining ? (
        <div className="flex flex-wrap gap-3">
          <button type="button" disabled={busy} aria-busy={busy} onClick={() => send('accept')} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
            {t('accept')}
            <span className="sr-only">{t('toCycle', { cycle: cycleName })}</span>
          </button>
          <button type="button" disabled={busy} onClick={() => setDeclining(true)} className="rounded border border-slate-500 bg-white px-4 py-2 font-medium hover:bg-slate-100">
            {t('decline')}
            <span className="sr-only">{t('toCycle', { cycle: cycleName })}</span>
          </button>
        </div>
      ) : (
        <form method="post"
          onSubmit={(e) => {
            e.preventDefault();
            void send('decline');
          }}
          noValidate
        >
          <label htmlFor={reasonId} className="block font-medium">
            {t('reasonLabel')}
          </label>
          <textarea id={reasonId} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} className="mt-1 block w-full rounded border border-slate-500 px-3 py-2" />
          <div className="mt-3 flex flex-wrap gap-3">
            <button type="submit" disabled={busy} aria-busy={busy} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
              {t('confirmDecline')}
            </button>
            <button type="button" onClick={() => setDeclining(false)} className="rounded border border-slate-500 bg-white px-4 py-2 font-medium hover:bg-slate-100">
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
