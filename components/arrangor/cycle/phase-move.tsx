'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { movePhase } from '@/lib/actions/cycles';
import type { Phase } from '@/lib/domain/phases';
import { SelectField } from './fields';

export type Move = { to: Phase; label: string; allowed: boolean; reason: string | null; locks: string[] };

/**
 * Moving the cycle's phase: choose the phase, see what the move locks in a
 * confirmation dialog, confirm. A move the phase machine refuses shows its reason
 * and never reaches the dialog; the server checks again.
 */
export function PhaseMove({
  cycleId,
  phase,
  phaseLabel,
  moves,
}: {
  cycleId: number;
  phase: Phase;
  phaseLabel: string;
  /** Each move with its refusal and what it locks, in the reader's language (the loader). */
  moves: Move[];
}) {
  const t = useTranslations('cyclePhaseMove');
  const router = useRouter();
  const next = moves.find((m) => m.allowed) ?? moves[0];
  const [chosen, setTarget] = useState<Phase | ''>(next?.to ?? '');
  // After a move the list changes; a choice that is no longer offered falls back to the next phase.
  const target = moves.some((m) => m.to === chosen) ? chosen : (next?.to ?? '');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const move = moves.find((m) => m.to === target);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (confirming && !d.open) d.showModal();
    if (!confirming && d.open) d.close();
  }, [confirming]);

  if (moves.length === 0) return <p>{t('published')}</p>;

  function ask() {
    setDone(null);
    if (!move) {
      setError(t('choose'));
      return;
    }
    if (!move.allowed) {
      setError(move.reason);
      return;
    }
    setError(null);
    setConfirming(true);
  }

  async function confirm() {
    if (!move) return;
    setBusy(true);
    try {
      const result = await movePhase({ cycleId, from: phase, to: move.to });
      setConfirming(false);
      if (result.ok) {
        setDone(t('done', { phase: move.label }));
        router.refresh();
      } else {
        setError(result.error);
      }
    } catch {
      setConfirming(false);
      setError(t('network'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div>
      <ErrorSummary errors={error ? [{ field: 'phase-target', message: error }] : []} title={t('errorTitle')} />
      <p role="status" className={done ? 'mb-4 rounded border border-green-700 bg-green-50 p-3 text-green-900' : 'sr-only'}>
        {done}
      </p>
      <p className="mb-3">
        {t.rich('now', { phase: phaseLabel, strong: (chunks) => <strong>{chunks}</strong> })}
      </p>
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64">
          <SelectField
            id="phase-target"
            label={t('target')}
            value={target}
            error={error ?? undefined}
            onChange={(e) => {
              setTarget(e.target.value as Phase);
              setError(null);
            }}
          >
            {moves.map((m) => (
              <option key={m.to} value={m.to}>
                {m.label}
                {m.allowed ? '' : t('notAllowed')}
              </option>
            ))}
          </SelectField>
        </div>
        <button type="button" onClick={ask} className="mb-4 rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t('move')}
        </button>
      </div>
      <dialog
        ref={dialog}
        aria-labelledby="flytta-rubrik"
        aria-describedby="flytta-text"
        onClose={() => setConfirming(false)}
        className="m-auto max-w-lg rounded-lg border border-slate-300 p-6 shadow-xl backdrop:bg-slate-900/50"
      >
        {move ? (
          <>
            <h2 id="flytta-rubrik" className="text-xl font-semibold">
              {t('confirmTitle', { phase: move.label })}
            </h2>
            <p id="flytta-text" className="mt-2">
              {t('confirmText', { from: phaseLabel, to: move.label })}
            </p>
            <ul className="mt-2 list-disc pl-5">
              {move.locks.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
            <p className="mt-2 text-sm text-slate-700">{t('logged')}</p>
            <div className="mt-4 flex flex-wrap gap-3">
              <button type="button" onClick={confirm} disabled={busy} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
                {busy ? t('moving') : t('confirm', { phase: move.label })}
              </button>
              <button type="button" onClick={() => setConfirming(false)} className="rounded border border-slate-500 bg-white px-4 py-2 font-medium">
                {t('cancel')}
              </button>
            </div>
          </>
        ) : null}
      </dialog>
    </div>
  );
}
