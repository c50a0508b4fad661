import 'server-only';
import { formatStockholm, moveLocks, type CycleMode, type Phase, type Refusal, type Verdict } from '@/lib/domain/phases';
import { formatDateTime } from './format';
import { localeNow, phaseName } from './server-locale';
import { vt, type MessageParams, type ValKey } from './validation';

/**
 * A phase refusal (lib/domain/phases.ts: permits, canMovePhase, …) said in the language of the
 * running call: an action's caller (defineAction), a loader's reader (enterLocale), Swedish
 * outside one. Its phases, mode and activity are named in that language too.
 */
export function refusalText(refusal: Refusal): string {
  const p = refusal.params ?? {};
  const locale = localeNow();
  const list = (items: string[]) => new Intl.ListFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { type: 'conjunction' }).format(items);
  const values: MessageParams = {};
  for (const key of ['phase', 'next', 'from', 'to'] as const) {
    const phase = p[key];
    if (phase) values[key] = phaseName(phase);
  }
  if (p.mode) values.mode = vt(`valPhase.mode.${p.mode}`);
  if (p.activity) values.activity = vt(`valPhase.activity.${p.activity}`);
  if (p.phases) {
    values.phases = list(p.phases.map((phase) => vt('valPhase.quoted', { name: phaseName(phase) })));
    values.where = vt(p.phases.length === 1 ? 'valPhase.inOnePhase' : 'valPhase.inPhases', { phases: values.phases });
  }
  if (p.moves) values.moves = list(p.moves.map((m) => vt('valPhase.move', { from: phaseName(m.from), to: phaseName(m.to) })));
  if (p.date) values.date = locale === 'sv' ? formatStockholm(p.date) : formatDateTime(p.date, 'en');
  return vt(`valPhase.${refusal.code}` as ValKey, values);
}

/** Why a verdict refuses, in the reader's language; null when it permits. */
export function verdictText(verdict: Verdict): string | null {
  return verdict.ok ? null : refusalText(verdict);
}

/**
 * The sentences of the confirmation dialog of a phase move (moveLocks), in the reader's
 * language (Swedish outside a request's or an action's language): what it locks and opens.
 */
export function whatMoveLocks(mode: CycleMode, from: Phase, to: Phase): string[] {
  return moveLocks(mode, from, to).map((lock) => vt(`valPhase.locks.${lock}`));
}
