/**
 * From a stored screening run to nominees: the proposal (top N, ties included),
 * a reason per nominee generated from the run, and which phases allow
 * nominating and answering a nomination.
 *
 * Reason: the municipality's place on the composite, then each component on
 * which it is among the best: its standing on component c is
 *   top_c = (number of ranked municipalities with a strictly higher index on c + 1) / ranked
 * and the component is named when top_c ≤ 25 %, with the smallest of the
 * bands 5 %, 10 %, 25 % that holds ("Bland de 5 % bästa på …"), strongest first.
 */
import { refuse, type CycleMode, type Phase, type Verdict } from './phases';
import type { ScreeningResult, ScreeningRow } from './screening';

export const REASON_BANDS = [5, 10, 25] as const;
export const NOMINATION_PHASES: readonly Phase[] = ['screening', 'applications_open'];

export type { Verdict };

/** Nominating, inviting and answering happen in a key-figure cycle's screening or application phase. */
export function nominationVerdict(mode: CycleMode, phase: Phase): Verdict {
  if (mode !== 'key_figures') return refuse('nominationMode');
  if (!NOMINATION_PHASES.includes(phase)) return refuse('nominationPhase', { phases: NOMINATION_PHASES });
  return { ok: true };
}

export const yearSpan = (years: readonly number[]) =>
  years.length === 0 ? '' : years.length === 1 ? String(years[0]) : `${years[0]}–${years[years.length - 1]}`;

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('sv') + s.slice(1);

export type ComponentStanding = { component: string; index: number; top: number; band: number | null };

/** Where the row stands on each component among the ranked rows (top share 0–1, band in percent or null). */
export function componentStandings(row: ScreeningRow, rows: readonly ScreeningRow[]): ComponentStanding[] {
  const ranked = rows.filter((r) => r.rank !== null);
  const out: ComponentStanding[] = [];
  for (const [component, index] of Object.entries(row.components)) {
    if (index === null) continue;
    const better = ranked.filter((r) => (r.components[component] ?? -Infinity) > index + 1e-9).length;
    const top = ranked.length > 0 ? (better + 1) / ranked.length : 1;
    const band = REASON_BANDS.find((b) => top <= b / 100 + 1e-12) ?? null;
    out.push({ component, index, top, band });
  }
  return out.sort((a, b) => a.top - b.top || a.component.localeCompare(b.component, 'sv'));
}

/** The reason shown to the organiser (editable) and in the invitation. */
export function nominationReason(row: ScreeningRow, result: Pick<ScreeningResult, 'rows' | 'years'>): string {
  const span = yearSpan(result.years);
  const ranked = result.rows.filter((r) => r.rank !== null).length;
  const first = `Plats ${row.rank ?? '–'} av ${ranked} i screeningen på nyckeltal ${span}.`;
  const named = componentStandings(row, result.rows).filter((s) => s.band !== null);
  if (named.length === 0) return `${first} Jämnt goda resultat över alla komponenter.`;
  const parts = named.map((s) => `bland de ${s.band} % bästa på ${lowerFirst(s.component)}`);
  const sentence = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} och ${parts[parts.length - 1]}`;
  return `${first} ${sentence.charAt(0).toLocaleUpperCase('sv')}${sentence.slice(1)} ${span}.`;
}

export type Proposal = { kommunkod: string; namn: string; rank: number; reason: string; proposed: boolean };

/**
 * The candidates of a run, best first: the top N (a tie at place N brings in
 * everyone tied, marked proposed) followed by `extra` more ranked rows, so the
 * organiser can swap one in. Ungrouped ranks only.
 */
export function proposeNominees(result: Pick<ScreeningResult, 'rows' | 'years'>, topN: number, extra = 10): Proposal[] {
  const ranked = result.rows.filter((r) => r.rank !== null).sort((a, b) => a.rank! - b.rank! || (a.kommunkod < b.kommunkod ? -1 : 1));
  const proposed = ranked.filter((r) => r.rank! <= topN);
  const rest = ranked.slice(proposed.length, proposed.length + extra);
  return [...proposed.map((r) => ({ r, p: true })), ...rest.map((r) => ({ r, p: false }))].map(({ r, p }) => ({
    kommunkod: r.kommunkod,
    namn: r.namn,
    rank: r.rank!,
    reason: nominationReason(r, result),
    proposed: p,
  }));
}

/** Whether a chosen set of municipalities differs from the proposal (and so needs a written reason). */
export function differsFromProposal(chosen: readonly string[], proposal: readonly Proposal[]): { added: string[]; removed: string[] } {
  const proposed = new Set(proposal.filter((p) => p.proposed).map((p) => p.kommunkod));
  const set = new Set(chosen);
  return { added: [...set].filter((k) => !proposed.has(k)).sort(), removed: [...proposed].filter((k) => !set.has(k)).sort() };
}

/** A tie at place N: the proposal holds more than N. */
export const hasTieAtN = (proposal: readonly Proposal[], topN: number) => proposal.filter((p) => p.proposed).length > topN;
