/*
 * The public pages' language: the cookie `kk-locale` ('sv' | 'en', Swedish by default),
 * set by /sprak. Their texts are in the message catalogues (messages/{sv,en}/public.json,
 * namespace pubResults).
 */
export type Locale = 'sv' | 'en';
export const LOCALES: readonly Locale[] = ['sv', 'en'];
export const LOCALE_COOKIE = 'kk-locale';

/** The locale a cookie value names; Swedish for anything else. */
export function localeOf(value: string | undefined | null): Locale {
  return value === 'en' ? 'en' : 'sv';
}
