import type { StabilityClass, Tally, Mover } from '@/lib/domain/screening-stability';

/** The catalogue key (scrStability.class.*) of a stability class; the classes themselves are Swedish words stored in the runs. */
export const STABILITY_CLASS_KEY = { stabil: 'stable', 'på gränsen': 'borderline', 'beror på urvalet': 'sampleDependent' } as const satisfies Record<StabilityClass, string>;
export const STABILITY_TONE = { stabil: 'success', 'på gränsen': 'warning', 'beror på urvalet': 'neutral' } as const satisfies Record<StabilityClass, string>;

export type StabilityFacts = { leaveOut: Tally; weights: Tally; bootstrap: Tally; mostMovedBy: Mover | null };

type T = {
  (key: string, values?: Record<string, string | number>): string;
  rich: (key: string, values: Record<string, string | number | ((chunks: React.ReactNode) => React.ReactNode)>) => React.ReactNode;
};

/**
 * The explanation of one municipality's stability in the reader's language, from the run's
 * tallies (the stored explanation is Swedish): the same sentence analyseStability writes.
 */
export function stabilityExplanation(t: T, topN: number, s: StabilityFacts, lang: 'sv' | undefined): React.ReactNode {
  const tally = t('explanation', {
    topN,
    leaveOutIn: s.leaveOut.inTop,
    leaveOutTotal: s.leaveOut.total,
    weightsIn: s.weights.inTop,
    weightsTotal: s.weights.total,
    bootstrapIn: s.bootstrap.inTop,
    bootstrapTotal: s.bootstrap.total,
  });
  const m = s.mostMovedBy;
  if (!m) return tally;
  const where = m.rank === null ? t('whereOut') : t('whereRank', { rank: m.rank });
  const mover =
    m.kind === 'kpi'
      ? t('moverKpi', { kpi: m.kpi, where })
      : t.rich('moverWeight', { component: m.component, delta: `${m.delta > 0 ? '+' : '−'}${Math.abs(m.delta)}`, where, c: (chunks) => <span lang={lang}>{chunks}</span> });
  return (
    <>
      {tally} {mover}
    </>
  );
}
