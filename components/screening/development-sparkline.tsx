import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/config';
import { formatNumber } from '@/lib/i18n/format';

/** A small trend chart of yearly composite percentiles (0–100), drawn on the server; the table beside it holds the numbers. */
export function DevelopmentSparkline({ name, years, values }: { name: string; years: number[]; values: (number | null)[] }) {
  const t = useTranslations('scrSparkline');
  const locale = useLocale() as Locale;
  const W = 120;
  const H = 40;
  const pad = 4;
  const x = (i: number) => pad + (years.length > 1 ? (i * (W - 2 * pad)) / (years.length - 1) : (W - 2 * pad) / 2);
  const y = (v: number) => H - pad - (v / 100) * (H - 2 * pad);
  const points = values.flatMap((v, i) => (v === null ? [] : [{ x: x(i), y: y(v), v }]));
  const fmt = (v: number) => formatNumber(v, locale, { maximumFractionDigits: 1 });
  const label = t('label', { name, values: values.map((v, i) => `${years[i]} ${v === null ? t('missing') : fmt(v)}`).join(', ') });
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={label} className="overflow-visible">
      <line x1={pad} x2={W - pad} y1={y(50)} y2={y(50)} stroke="#94a3b8" strokeDasharray="2 2" strokeWidth={1} />
      <polyline points={points.map((p) => `${p.x},${p.y}`).join(' ')} fill="none" stroke="#0b4f86" strokeWidth={2} />
      {points.map((p) => (
        <circle key={p.x} cx={p.x} cy={p.y} r={2.5} fill="#0b4f86" />
      ))}
    </svg>
  );
}
