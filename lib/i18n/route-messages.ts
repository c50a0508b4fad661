/**
 * The short answers of the proxy and the route handlers (a refused cross-site write, an action
 * body that cannot be decoded, a document one may not read, …), in the language of the request.
 * Only the two small routes.json files: the proxy loads this, so not the whole catalogue.
 * Pure: no Next, no node: the proxy and tests can use it.
 */
import en from '@/messages/en/routes.json';
import sv from '@/messages/sv/routes.json';
import { cookieLocale, DEFAULT_LOCALE, type Locale } from '@/i18n/config';

export type RouteMessage = keyof typeof sv.routeMessages;

const TEXTS: Record<Locale, Record<RouteMessage, string>> = { sv: sv.routeMessages, en: en.routeMessages };

/** The message in this language (Swedish by default). */
export function routeMessage(key: RouteMessage, locale: Locale = DEFAULT_LOCALE): string {
  return TEXTS[locale][key];
}

/** The language a request's cookie asks for (kk-locale), else Swedish; for code that has no user at hand (the proxy). */
export function localeOfCookieHeader(cookie: string | null | undefined): Locale {
  return cookieLocale(cookie) ?? DEFAULT_LOCALE;
}
