import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/config';
import type { Contribution, Explanation } from '@/lib/domain/engine/explain';
import { score } from './format';

/** Why A is ahead of B: each area's and component's contribution, as a diverging bar chart and a table. */
export function ExplainChart({ explanation, nameA, nameB, label }: { explanation: Explanation; nameA: string; nameB: string; label: (c: Contribution) => string }) {
  const t = useTranslations('rankExplain');
  const locale = useLocale() as Locale;
  const max = Math.max(1e-9, ...explanation.contributions.map((c) => Math.abs(c.contribution)));
  const width = 560;
  const mid = 300;
  const half = 240;
  const rowH = 26;
  const height = explanation.contributions.length * rowH + 10;
  return (
    <div className="mt-4 space-y-4">
      <p>{t.rich('difference', { difference: score(explanation.difference, locale), a: nameA, b: nameB, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="explain-title" className="h-auto w-full max-w-full rounded border border-slate-200 bg-white sm:max-w-2xl">
        <title id="explain-title">{t('title', { a: nameA, b: nameB })}</title>
        <line x1={mid} x2={mid} y1={0} y2={height} stroke="#64748b" />
        {explanation.contributions.map((c, i) => {
          const y = 5 + i * rowH;
          const w = (Math.abs(c.contribution) / max) * half * 0.95;
          return (
            <g key={`${c.kind}-${c.key}`}>
              <text x={8} y={y + 16} fontSize="12" fill="#0f172a">
                {label(c)}
              </text>
              <rect x={c.contribution >= 0 ? mid : mid - w} y={y + 4} width={w} height={rowH - 10} fill={c.contribution >= 0 ? '#0b4f86' : '#b45309'} />
            </g>
          );
        })}
      </svg>
      <table className="max-w-full border-collapse text-sm">
        <caption className="sr-only">{t('caption')}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-1 pr-4">{t('colPart')}</th>
            <th scope="col" className="py-1 text-right">{t('colContribution')}</th>
          </tr>
        </thead>
        <tbody>
          {explanation.contributions.map((c) => (
            <tr key={`${c.kind}-${c.key}`} className="border-b border-slate-100">
              <th scope="row" className="py-1 pr-4 text-left font-normal">
                {label(c)}
              </th>
              <td className="py-1 text-right tabular-nums">{score(c.contribution, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
