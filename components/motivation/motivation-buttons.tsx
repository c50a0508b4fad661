'use client';

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
      setResult({ ok: false, text: 'Det gick inte att nå servern. Försök igen.' });
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
          Avbryt
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
  const warning = `Version ${version} låses och blir motiveringen som publiceras. Den kan inte ändras efteråt; en senare version kan godkännas och ersätter den då.${
    withoutEvidence > 0 ? ` Obs: ${withoutEvidence} ${withoutEvidence === 1 ? 'mening saknar' : 'meningar saknar'} belägg.` : ''
  }`;
  return (
    <ConfirmingButton
      label={`Godkänn version ${version}`}
      confirmLabel={`Ja, godkänn version ${version}`}
      warning={warning}
      done={(d) => `Version ${d.version} är godkänd.`}
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
  return (
    <ConfirmingButton
      label={hasVersions ? 'Skapa ett nytt utkast från underlaget' : 'Skapa utkast från underlaget'}
      confirmLabel="Ja, skapa utkastet"
      warning={
        hasVersions
          ? 'Ett nytt utkast sparas som en ny version. De tidigare versionerna finns kvar, men ändringar som inte är sparade i redigeraren går förlorade.'
          : 'Utkastet byggs av juryns poäng och kommentarer, intervjuanteckningarna, kommunens egna mål och nyckeltalen, och sparas som version 1.'
      }
      done={(d) => `Utkastet är sparat som version ${d.version}.`}
      run={generate}
      input={{ nominationId }}
      tone={hasVersions ? 'secondary' : 'primary'}
    />
  );
}
