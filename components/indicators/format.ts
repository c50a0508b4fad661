import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/config';
import { formatDecimal, formatNumber } from '@/lib/i18n/format';

const missing = (value: number | null | undefined): value is null | undefined => value === null || value === undefined || !Number.isFinite(value);

/**
 * The key-figure formats in the reader's language: a stored value ("3,25" / "3.25"), an index or
 * percentile with one decimal, and a trend in percentile points per year with a word for screen
 * readers. A missing value is "saknas" / "missing", never 0. A hook: works in server components
 * (not async) and in client components alike.
 */
export function useIndicatorFormat() {
  const t = useTranslations('orgIndicators');
  const locale = useLocale() as Locale;
  const value = (v: number | null | undefined) => (missing(v) ? t('missing') : formatNumber(v, locale, { maximumFractionDigits: 2 }));
  const index = (v: number | null | undefined) => (missing(v) ? t('missing') : formatDecimal(v, locale, 1));
  const trend = (slope: number | null | undefined): { text: string; word: string } => {
    if (missing(slope)) return { text: '–', word: t('trendMissing') };
    const sign = slope > 0 ? '+' : slope < 0 ? '−' : '±';
    const text = `${sign}${t('perYear', { value: formatDecimal(Math.abs(slope), locale, 1) })}`;
    const word = slope > 0.5 ? t('trendUp') : slope < -0.5 ? t('trendDown') : t('trendFlat');
    return { text, word };
  };
  return { value, index, trend, t, locale };
}
