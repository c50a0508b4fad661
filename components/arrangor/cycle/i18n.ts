/**
 * Small helpers for the organiser's cycle pages in both languages. The loaders give some
 * names in Swedish (phase, application stage); their keys find the name in the reader's
 * language. Text the loaders write in Swedish (reasons, refusals) is marked lang="sv".
 */
import { APPLICATION_STAGE_LABELS, type ApplicationStage } from '@/lib/domain/application-status';
import { PHASE_LABELS, type Phase } from '@/lib/domain/phases';

const PHASE_BY_LABEL = new Map(Object.entries(PHASE_LABELS).map(([phase, label]) => [label, phase as Phase]));
const STAGE_BY_LABEL = new Map(Object.entries(APPLICATION_STAGE_LABELS).map(([stage, label]) => [label, stage as ApplicationStage]));

/** The phase whose Swedish name this is, or undefined. */
export function phaseOfLabel(label: string): Phase | undefined {
  return PHASE_BY_LABEL.get(label);
}

/** The application stage whose Swedish name this is, or undefined. */
export function stageOfLabel(label: string): ApplicationStage | undefined {
  return STAGE_BY_LABEL.get(label);
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
