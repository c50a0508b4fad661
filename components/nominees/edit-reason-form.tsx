'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { TextAreaField } from '@/components/ui/text-area-field';
import type { ActionResult } from '@/lib/actions/define-action';
import { REASON_MAX } from '@/lib/validation/nominee-limits';

/** "Ändra skälet": the nomination's reason in a text field behind a disclosure, saved with the same rules as when nominating. */
export function EditReasonForm({
  nominationId,
  municipality,
  reason,
  save,
}: {
  nominationId: number;
  municipality: string;
  reason: string;
  save: (input: unknown) => Promise<ActionResult<{ changed: boolean; reason: string }>>;
}) {
  const router = useRouter();
  const t = useTranslations('nominReason');
  const [text, setText] = useState(reason);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `skal-${nominationId}`;

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setDone(null);
    const input = { nominationId, reason: text };
    // The schema (with zod) is loaded when the form is sent, not with the page.
    const { editReasonSchema } = await import('@/lib/validation/nominees');
    const parsed = editReasonSchema.safeParse(input);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? t('check'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const res = await save(input);
      if (!res.ok) {
        setError(res.fieldErrors?.reason ?? res.error);
        return;
      }
      setText(res.data.reason);
      setDone(res.data.changed ? t('saved') : t('unchanged'));
      router.refresh();
    } catch {
      setError(t('networkError'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm font-medium text-brand-700">
        {t('edit')}
        <span className="sr-only">{t('forMunicipality', { municipality })}</span>
      </summary>
      <form method="post" onSubmit={onSubmit} noValidate className="mt-2" aria-label={t('form', { municipality })}>
        <TextAreaField
          id={id}
          label={t('label', { municipality })}
          hint={t('hint')}
          error={error ?? undefined}
          rows={4}
          counter
          counterMax={REASON_MAX}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" disabled={busy} aria-busy={busy} className="mt-2 rounded bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {busy ? t('saving') : t('save')}
          <span className="sr-only">{t('forMunicipality', { municipality })}</span>
        </button>
        {done ? (
          <p role="status" className="mt-2 text-green-900">
            {done}
          </p>
        ) : null}
      </form>
    </details>
  );
}
