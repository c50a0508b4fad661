'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ActionResult } from '@/lib/actions/define-action';

type Run<T> = (input: unknown) => Promise<ActionResult<T>>;

/** A button that asks once for confirmation, calls an action, and says what happened. */
function ConfirmingButton<T>({
  label,
  confirmLabel,
  warning,
  done,
  run,
  input,
  tone = 'primary',
}: {
  label: string;
  confirmLabel: string;
  warning: string;
  done: (data: T) => string;
  run: Run<T>;
  input: unknown;
  tone?: 'primary' | 'secondary';
}) {
  const tc = useTranslations('cycleCommon');
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  async function onClick() {
    if (!confirming) {
      setConfirming(true);
      setResult(null);
      return;
    }
    setPending(true);
    try {
      const res = await run(input);
      setResult(res.ok ? { ok: true, text: done(res.data) } : { ok: false, text: res.error });
      if (res.ok) router.refresh();
    } catch {
      setResult({ ok: false, text: tc('network') });
    } finally {
      setPending(false);
      setConfirming(false);
    }
  }

  const style =
    tone === 'primary'
      ? 'bg-brand-700 text-white hover:bg-brand-800'
      : 'border border-brand-700 text-brand-800 hover:bg-brand-50';
  return (
    <div>
      {confirming ? (
        <p role="status" className="mb-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
          {warning}
        </p>
      ) : null}
      <button type="button" onClick={onClick} disabled={pending} className={`rounded px-3 py-1.5 font-medium disabled:opacity-60 ${style}`}>
        {confirming ? confirmLabel : label}
      </button>
      {confirming ? (
        <button type="button" onClick={() => setConfirming(false)} className="ml-2 text-sm underline">
          {tc('cancel')}
        </button>
      ) : null}
      <p role={result && !result.ok ? 'alert' : 'status'} className={`mt-1 text-sm ${result?.ok ? 'text-green-900' : 'text-red-800'}`}>
        {result?.text}
      </p>
    </div>
  );
}

/** "Approve version N": freezes it as the motivation to publish. */
export function ApproveButton({
  nominationId,
  version,
  withoutEvidence,
  approve,
}: {
  nominationId: number;
  version: number;
  withoutEvidence: number;
  approve: Run<{ version: number; approvedAt: string }>;
}) {
  const t = useTranslations('cycleMotivation');
  const warning = withoutEvidence > 0 ? `${t('approveWarning', { version })} ${t('approveWithout', { count: withoutEvidence })}` : t('approveWarning', { version });
  return (
    <ConfirmingButton
      label={t('approve', { version })}
      confirmLabel={t('approveConfirm', { version })}
      warning={warning}
      done={(d) => t('approved_done', { version: d.version })}
      run={approve}
      input={{ nominationId, version }}
    />
  );
}

/** "Generate a new draft": a new version from the evidence the system holds now. */
export function GenerateButton({
  nominationId,
  hasVersions,
  generate,
}: {
  nominationId: number;
  hasVersions: boolean;
  generate: Run<{ version: number }>;
}) {
  const t = useTranslations('cycleMotivation');
  return (
    <ConfirmingButton
      label={hasVersions ? t('generateNew') : t('generate')}
      confirmLabel={t('generateConfirm')}
      warning={hasVersions ? t('generateNewWarning') : t('generateWarning')}
      done={(d) => t('generated', { version: d.version })}
      run={generate}
      input={{ nominationId }}
      tone={hasVersions ? 'secondary' : 'primary'}
    />
  );
}
