import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { getCurrentUser } from '@/lib/auth/session';
import { userLocale } from '@/lib/i18n/preferences';
import { installZodMessages } from '@/lib/i18n/zod';
import { CATALOGUES } from '@/messages';
import { cookieLocale, DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, TIME_ZONE, type Locale } from './config';

/**
 * The language of this request: the visitor's cookie (their latest choice, on this
 * device), else the language a signed-in user chose before (users.locale), else Swedish.
 * No locale in the URL: the addresses stay Swedish and stable.
 */
export async function requestLocale(): Promise<Locale> {
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  const user = await getCurrentUser();
  if (user) return userLocale(user.id);
  return DEFAULT_LOCALE;
}

// zod's own built-in messages on the server are Swedish (one process serves every language).
// The app's schemas carry message keys (vk) that actions word in the caller's language (vt),
// as lib/errors MESSAGES do. Forms in the browser follow the page.
installZodMessages('sv');

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return {
    locale,
    timeZone: TIME_ZONE,
    messages: CATALOGUES[locale],
  };
});

/**
 * The language of a route handler's request (PDFs, downloads): the visitor's cookie on the
 * request itself, else the signed-in user's choice (users.locale), else Swedish. Reads the
 * Request, not next/headers, so it works wherever the handler is called.
 */
export async function localeOfRequest(req: Request, user: { id: number } | null): Promise<Locale> {
  const chosen = cookieLocale(req.headers.get('cookie'));
  if (chosen) return chosen;
  if (user) return userLocale(user.id);
  return DEFAULT_LOCALE;
}
