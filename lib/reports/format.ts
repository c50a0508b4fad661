/** Number formatting for the reports and exports: Swedish by default (decimal comma), English on request. */
import type { Locale } from '@/i18n/config';

const TAGS: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };
const formats = new Map<string, Intl.NumberFormat>();
const fmt = (locale: Locale, min: number | undefined, max: number) => {
  const key = `${locale}|${min}|${max}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(TAGS[locale], { minimumFractionDigits: min, maximumFractionDigits: max })));
  return f;
};

/** 63.456 → "63,5" ("63.5" in English); null → "–". */
export const one = (x: number | null | undefined, locale: Locale = 'sv') => (x === null || x === undefined || !Number.isFinite(x) ? '–' : fmt(locale, 1, 1).format(x));
/** 0.8123 → "0,81"; null → "–". */
export const two = (x: number | null | undefined, locale: Locale = 'sv') => (x === null || x === undefined || !Number.isFinite(x) ? '–' : fmt(locale, 2, 2).format(x));
/** A share 0.456 → "45,6 %" ("45.6%" in English). */
export const percentOf = (share: number, locale: Locale = 'sv') => `${fmt(locale, undefined, 1).format(share * 100)}${locale === 'sv' ? ' %' : '%'}`;
/** A rank interval "2–5", or "1" when it is one place. */
export const interval = (i: { low: number; high: number }) => {
  const lo = Math.round(i.low);
  const hi = Math.round(i.high);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
};
/** A file-name-safe ASCII slug: "Mörbylånga" → "morbylanga". */
export const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\w-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase() || 'fil';
