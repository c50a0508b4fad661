/** The languages of the interface and the cookies that remember the visitor's choices. */
export const LOCALES = ['sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'sv';
/** Read by the app and by the public site alike. */
export const LOCALE_COOKIE = 'kk-locale';
export const THEME_COOKIE = 'kk-theme';
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const TIME_ZONE = 'Europe/Stockholm';
/** A year: the choices outlive a session. */
export const PREFERENCE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** The language a Cookie header's kk-locale asks for, or null when it names none (or none we have). */
export function cookieLocale(cookie: string | null | undefined): Locale | null {
  const value = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]+)`).exec(cookie ?? '')?.[1];
  return isLocale(value) ? value : null;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}
