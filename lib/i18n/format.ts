/**
 * Dates and numbers written the way each language writes them, always in
 * Europe/Stockholm time: "14 november 2027" / "14 November 2027", "3,5" / "3.5".
 * Pure (no Next, no request): pass the locale in; server pages get it from
 * next-intl's getLocale(), client components from useLocale().
 */
import { TIME_ZONE, type Locale } from '@/i18n/config';

const TAGS: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(TAGS[locale], { timeZone: TIME_ZONE, ...options })));
  return f;
}

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(TAGS[locale], options)));
  return f;
}

const EMPTY = '–';
type When = string | Date | null | undefined;
const toDate = (when: When) => (when instanceof Date ? when : new Date(when as string));

/** "14 november 2027" (sv) / "14 November 2027" (en). */
export function formatDate(when: When, locale: Locale = 'sv'): string {
  if (!when) return EMPTY;
  return dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(toDate(when));
}

/** "14 november 2027 18:30" (sv) / "14 November 2027, 18:30" (en). */
export function formatDateTime(when: When, locale: Locale = 'sv'): string {
  if (!when) return EMPTY;
  const date = formatDate(when, locale);
  const time = dateFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(toDate(when));
  return locale === 'sv' ? `${date} ${time}` : `${date}, ${time}`;
}

/** A number with the language's decimal sign and digit grouping: "3,5" / "3.5", "12 345" / "12,345". */
export function formatNumber(value: number | null | undefined, locale: Locale = 'sv', options: Intl.NumberFormatOptions = {}): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return EMPTY;
  // Swedish groups with a no-break space; a plain space keeps copy, paste and tests simple.
  return numberFormat(locale, options).format(value).replace(/\u00a0|\u202f/g, ' ').replace(/\u2212/g, '-');
}

/** A number with exactly `digits` decimals: formatDecimal(3.5, 'sv') → "3,5". */
export function formatDecimal(value: number | null | undefined, locale: Locale = 'sv', digits = 1): string {
  return formatNumber(value, locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** "42 %" (sv) / "42%" (en) from a share 0..1. */
export function formatPercent(share: number | null | undefined, locale: Locale = 'sv', digits = 0): string {
  return formatNumber(share, locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits });
}
