'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { Phase } from '@/lib/domain/phases';

type Props = {
  /** Whether finalists can be named now; if not, the phase that permits it and the cycle's phase. */
  allowed: { ok: true } | { ok: false; required: Phase; current: Phase };
  rows: { id: string; name: string; rankLabel: string; interval: string }[];
  /** How many of the rows (from the top) to list; a chosen row further down is listed too. All without it. */
  shown?: number;
  initial: string[];
  pending: boolean;
  onSubmit: (ids: string[]) => void;
};

/** Choosing the finalists from the ranking (only in the phase that permits it). */
export function FinalistsForm({ allowed, rows, shown, initial, pending, onSubmit }: Props) {
  const t = useTranslations('rankFinalists');
  const tPhase = useTranslations('phases');
  const [chosen, setChosen] = useState<Set<string>>(new Set(initial));
  if (!allowed.ok) {
    return (
      <p className="mt-4 rounded border border-slate-300 bg-white p-3">
        {t('notNow', { reason: t('wrongPhase', { required: tPhase(allowed.required), current: tPhase(allowed.current) }) })}
      </p>
    );
  }
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };
  return (
    <form method="post"
      className="mt-4"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit([...chosen]);
      }}
    >
      <fieldset className="rounded border border-slate-200 bg-white p-4">
        <legend className="px-1 font-semibold">{t('legend')}</legend>
        <ul className="space-y-1">
          {(shown === undefined ? rows : rows.filter((r, i) => i < shown || chosen.has(r.id))).map((r) => (
            <li key={r.id}>
              <label className="flex items-center gap-2">
                <input type="checkbox" checked={chosen.has(r.id)} onChange={() => toggle(r.id)} />
                {r.rankLabel}. {r.name} <span className="text-sm text-slate-700">{t('interval', { interval: r.interval })}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button type="submit" disabled={pending || chosen.size === 0} className="mt-3 rounded bg-brand-700 px-4 py-2 font-medium text-white disabled:opacity-60">
        {t('submit', { count: chosen.size })}
      </button>
    </form>
  );
}
