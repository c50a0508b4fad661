/**
 * The weight-sensitivity analysis (lib/domain/engine/sensitivity.ts) in the reader's language.
 * The engine hands over data (which weight, how many percentage points, from which share to
 * which, what changed); the sentences are the rankView messages of the catalogue, used by the
 * shortlist page (useTranslations) and the jury report PDF (pdfTranslator) alike.
 *
 * A ranking snapshot (audit entry, decision) keeps the same data (`sensitivityFacts`). Snapshots
 * taken before that kept the Swedish sentence itself: a stored string is shown as it is.
 * Pure and client-safe.
 */
import type { SensitivityResult, WeightRef } from '@/lib/domain/engine/sensitivity';

/** A translator of the rankView namespace (next-intl's `t` or the PDF's). */
export type RankViewWords = (key: string, values?: Record<string, string | number>) => string;

export type SensitivityNames = {
  /** The area's name (the rubric's). */
  area: (key: string) => string;
  /** The component's name in the reader's language. */
  component: (key: string) => string;
  /** A weight share in the reader's language: 0.485 → "48,5 %" / "48.5%". */
  percent: (share: number) => string;
};

/** What a snapshot keeps of the analysis: enough to say its sentence again in any language. */
export type SensitivityFacts = {
  verdict: 'stable' | 'sensitive';
  topK: number;
  maxPp: number;
  smallestFlip: { weight: WeightRef; changePp: number; from: number; to: number; firstPlaceChanged: boolean; topKChanged: boolean } | null;
};

/** A snapshot's sensitivity: the facts, or (snapshots from before) the Swedish sentence. */
export type StoredSensitivity = SensitivityFacts | string;

export function sensitivityFacts(s: Pick<SensitivityResult, 'verdict' | 'topK' | 'maxPp' | 'smallestFlip'>): SensitivityFacts {
  const f = s.smallestFlip;
  return {
    verdict: s.verdict,
    topK: s.topK,
    maxPp: s.maxPp,
    smallestFlip: f && { weight: f.weight, changePp: f.changePp, from: f.from, to: f.to, firstPlaceChanged: f.firstPlaceChanged, topKChanged: f.topKChanged },
  };
}

/** "områdesvikten Demokrati" / "the area weight Democracy". */
export function weightName(ref: WeightRef, t: RankViewWords, names: Pick<SensitivityNames, 'area' | 'component'>): string {
  return ref.kind === 'area' ? t('areaWeight', { name: names.area(ref.key) }) : t('componentWeight', { name: names.component(ref.key) });
}

/** The one-line summary: which smallest change moves first place or the top k, or that none does. */
export function sensitivitySentence(s: StoredSensitivity | Pick<SensitivityResult, 'topK' | 'maxPp' | 'smallestFlip'>, t: RankViewWords, names: SensitivityNames): string {
  if (typeof s === 'string') return s;
  const f = s.smallestFlip;
  if (!f) return t('stableSummary', { topK: s.topK, maxPp: s.maxPp });
  const what = f.firstPlaceChanged && f.topKChanged ? t('whatBoth', { topK: s.topK }) : f.firstPlaceChanged ? t('whatFirst') : t('whatTop', { topK: s.topK });
  return t('sensitive', {
    weight: weightName(f.weight, t, names),
    change: t('ppChange', { sign: f.changePp > 0 ? '+' : '−', value: Math.abs(f.changePp) }),
    from: names.percent(f.from),
    to: names.percent(f.to),
    what,
  });
}
