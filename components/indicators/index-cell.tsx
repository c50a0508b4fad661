import type { ComponentSummary } from '@/lib/loaders/indicators';
import { INSUFFICIENT_DATA } from '@/lib/domain/finance-index';
import { formatIndex, formatTrend } from './format';

/** A component index (0–100) or "otillräckliga data"; never a zero for missing data. */
export function IndexValue({ summary }: { summary: ComponentSummary }) {
  if (summary.insufficient) return <span className="italic text-slate-700">{INSUFFICIENT_DATA}</span>;
  return <span className="tabular-nums font-semibold">{formatIndex(summary.index)}</span>;
}

export function TrendValue({ summary }: { summary: ComponentSummary }) {
  if (summary.insufficient) return <span className="text-slate-700">–</span>;
  const t = formatTrend(summary.trend);
  return (
    <span className="tabular-nums">
      {t.text}
      <span className="sr-only">{`, ${t.word}`}</span>
    </span>
  );
}
