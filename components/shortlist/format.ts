import type { Locale } from '@/i18n/config';

/**
 * Number formatting for the shortlist in the reader's language: "3,5" / "3.5", a true minus
 * sign, "46 %" / "46%". One formatter per language and kind, made once (a 290-row page formats
 * thousands of numbers; constructing an Intl.NumberFormat per cell is what costs).
 */
const TAGS: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };
type Kind = 'one' | 'two' | 'pct' | 'weight' | 'int';
const OPTIONS: Record<Kind, Intl.NumberFormatOptions> = {
  one: { minimumFractionDigits: 1, maximumFractionDigits: 1 },
  two: { minimumFractionDigits: 2, maximumFractionDigits: 2 },
  pct: { maximumFractionDigits: 0 },
  weight: { maximumFractionDigits: 1 },
  int: { maximumFractionDigits: 0 },
};
const formats = new Map<string, Intl.NumberFormat>();
function nf(kind: Kind, locale: Locale): Intl.NumberFormat {
  const key = `${kind}|${locale}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(TAGS[locale] ?? TAGS.sv, OPTIONS[kind])));
  return f;
}
const percentSign = (locale: Locale) => (locale === 'en' ? '%' : ' %');

export const score = (x: number | null | undefined, locale: Locale = 'sv') => (x === null || x === undefined ? '–' : nf('one', locale).format(x));
export const coefficient = (x: number | null | undefined, locale: Locale = 'sv') => (x === null || x === undefined ? '–' : nf('two', locale).format(x));
/** 0.4567 → "46 %" (sv) / "46%" (en) */
export const share = (p: number, locale: Locale = 'sv') => `${nf('pct', locale).format(p * 100)}${percentSign(locale)}`;
/** 0.6 → "60 %", keeping one decimal when needed. */
export const weightPercent = (w: number, locale: Locale = 'sv') => `${nf('weight', locale).format(w * 100)}${percentSign(locale)}`;
/** A whole number with the language's digit grouping: 2000 → "2 000" / "2,000". */
export const integer = (n: number, locale: Locale = 'sv') => nf('int', locale).format(n);
/** A rank interval "2–5", or "1" when it is one place. */
export const interval = (i: { low: number; high: number }) => {
  const lo = Math.round(i.low);
  const hi = Math.round(i.high);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
};
