/**
 * Small helpers for the organiser's cycle pages in both languages. The loaders give some
 * names in Swedish (the phase); its key finds the name in the reader's language. Text the
 * loaders write in Swedish is marked lang="sv".
 */
import { PHASE_LABELS, type Phase } from '@/lib/domain/phases';

const PHASE_BY_LABEL = new Map(Object.entries(PHASE_LABELS).map(([phase, label]) => [label, phase as Phase]));

/** The phase whose Swedish name this is, or undefined. */
export function phaseOfLabel(label: string): Phase | undefined {
  return PHASE_BY_LABEL.get(label);
}

/** `lang` for Swedish text from the server shown on a page in `locale`: set only when the page is not Swedish. */
export function svLang(locale: string): 'sv' | undefined {
  return locale === 'sv' ? undefined : 'sv';
}

/** A phase's name in the reader's language from its Swedish name (the `phases` catalogue namespace). */
export function phaseName(tPhase: (key: Phase) => string, label: string): string {
  const phase = phaseOfLabel(label);
  return phase ? tPhase(phase) : label;
}
