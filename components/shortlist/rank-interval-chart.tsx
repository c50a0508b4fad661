import { useTranslations } from 'next-intl';
import { interval } from './format';

export type IntervalRow = { id: string; name: string; rank: number | null; rankLabel: string; low: number; high: number };

/**
 * The 90 % rank intervals as horizontal bars (place 1 on the left), the point rank as a
 * dot. An SVG image with a text description; the same numbers are in the ranking table,
 * which is the accessible alternative (linked from the caption).
 */
export function RankIntervalChart({ rows, total, tableId }: { rows: IntervalRow[]; total: number; tableId: string }) {
  const t = useTranslations('rankChart');
  const rowH = 28;
  const left = 170;
  const right = 20;
  const width = 640;
  const top = 28;
  const height = top + rows.length * rowH + 10;
  const plot = width - left - right;
  const x = (rank: number) => left + ((rank - 1) / Math.max(1, total - 1)) * plot;
  // A tick per place up to 30 places; beyond that place 1 and every 5th/10th/20th/50th… (290 ticks were 580 elements).
  const step = total <= 30 ? 1 : ([5, 10, 20, 50, 100, 200, 500].find((s) => total / s <= 20) ?? 1000);
  const ticks = Array.from({ length: total }, (_, i) => i + 1).filter((p) => step === 1 || p === 1 || p % step === 0);
  const summary = rows
    .map((r) => t('item', { name: r.name, rank: r.rankLabel, interval: interval({ low: r.low, high: r.high }) }))
    .join('; ');
  return (
    <figure className="mt-4">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="rankchart-title rankchart-desc"
        className="h-auto w-full max-w-3xl rounded border border-slate-200 bg-white"
      >
        <title id="rankchart-title">{t('title')}</title>
        <desc id="rankchart-desc">{summary}</desc>
        {ticks.map((p) => (
          <g key={p}>
            <line x1={x(p)} x2={x(p)} y1={top - 6} y2={height - 6} stroke="#e2e8f0" />
            <text x={x(p)} y={top - 12} textAnchor="middle" fontSize="11" fill="#334155">
              {p}
            </text>
          </g>
        ))}
        {rows.map((r, i) => {
          const y = top + i * rowH + rowH / 2;
          return (
            <g key={r.id}>
              <text x={left - 8} y={y + 4} textAnchor="end" fontSize="12" fill="#0f172a">
                {r.name}
              </text>
              <line x1={x(r.low)} x2={x(r.high)} y1={y} y2={y} stroke="#0b4f86" strokeWidth="8" strokeLinecap="round" opacity="0.35" />
              {r.rank !== null ? <circle cx={x(r.rank)} cy={y} r="5" fill="#062c4c" /> : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 text-sm text-slate-700">
        {t.rich('caption', { link: (chunks) => <a href={`#${tableId}`}>{chunks}</a> })}
      </figcaption>
    </figure>
  );
}
