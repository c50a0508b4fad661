import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/config';
import { formatNumber } from '@/lib/i18n/format';
import { MAP_CLASSES, MAP_HEIGHT, MAP_MISSING_FILL, MAP_WIDTH, fillFor, municipalityShapes } from '@/lib/maps/sweden';

type Props = {
  /** What the colours show, e.g. "Samlat index (percentil)". */
  title: string;
  /** A sentence for screen readers pointing to the table that holds the same figures. */
  description: string;
  /** Value 0–100 per kommunkod; missing or null = "inga data". */
  values: Record<string, number | null | undefined>;
  names: Record<string, string>;
  /** Municipalities drawn with a thick outline (e.g. the proposed nominees). */
  highlighted?: ReadonlySet<string>;
  formatValue?: (v: number) => string;
};

/** A server-rendered SVG map of the 290 municipalities with a legend; the page gives the table beside it. */
export function SwedenMap({ title, description, values, names, highlighted, formatValue }: Props) {
  const t = useTranslations('orgMap');
  const locale = useLocale() as Locale;
  const format = formatValue ?? ((v: number) => formatNumber(v, locale, { maximumFractionDigits: 1 }));
  const shapes = municipalityShapes();
  const id = 'karta';
  return (
    <figure className="max-w-sm">
      <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="img" aria-labelledby={`${id}-titel ${id}-besk`} className="h-auto w-full">
        <title id={`${id}-titel`}>{title}</title>
        <desc id={`${id}-besk`}>{description}</desc>
        <g stroke="#ffffff" strokeWidth={0.3}>
          {shapes.map((s) => {
            const v = values[s.kommunkod];
            const label = `${names[s.kommunkod] ?? s.kommunkod}: ${v == null ? t('noData') : format(v)}`;
            return (
              <path key={s.kommunkod} d={s.d} fill={fillFor(v)} data-kommunkod={s.kommunkod}>
                <title>{label}</title>
              </path>
            );
          })}
        </g>
        {highlighted && highlighted.size > 0 ? (
          <g fill="none" stroke="#b45309" strokeWidth={1.4}>
            {shapes.filter((s) => highlighted.has(s.kommunkod)).map((s) => (
              <path key={s.kommunkod} d={s.d} data-markerad={s.kommunkod} />
            ))}
          </g>
        ) : null}
      </svg>
      <figcaption className="mt-2 text-sm text-slate-700">
        <ul className="flex flex-wrap gap-x-3 gap-y-1" aria-label={t('legend')}>
          {MAP_CLASSES.map((c) => (
            <li key={c.label} className="flex items-center gap-1">
              <span aria-hidden="true" className="inline-block h-3 w-4 border border-slate-400" style={{ background: c.fill }} />
              {c.label}
            </li>
          ))}
          <li className="flex items-center gap-1">
            <span aria-hidden="true" className="inline-block h-3 w-4 border border-slate-400" style={{ background: MAP_MISSING_FILL }} />
            {t('noData')}
          </li>
          {highlighted && highlighted.size > 0 ? (
            <li className="flex items-center gap-1">
              <span aria-hidden="true" className="inline-block h-3 w-4 border-2" style={{ borderColor: '#b45309' }} />
              {t('proposed')}
            </li>
          ) : null}
        </ul>
        <p className="mt-1">
          {t('source')}
        </p>
      </figcaption>
    </figure>
  );
}
