import type { ComponentSummary } from '@/lib/loaders/indicators';
import { useIndicatorFormat } from './format';

/** A component index (0–100) or "otillräckliga data"; never a zero for missing data. */
export function IndexValue({ summary }: { summary: ComponentSummary }) {
  const f = useIndicatorFormat();
  if (summary.insufficient) return <span className="italic text-slate-700">{f.t('insufficient')}</span>;
  return <span className="tabular-nums font-semibold">{f.index(summary.index)}</span>;
}

export function TrendValue({ summary }: { summary: ComponentSummary }) {
  const f = useIndicatorFormat();
  if (summary.insufficient) return <span className="text-slate-700">–</span>;
  const t = f.trend(summary.trend);
  return (
    <span className="tabular-nums">
      {t.text}
      <span className="sr-only">{`, ${t.word}`}</span>
    </span>
  );
}
