import 'server-only';
import { cookies, headers } from 'next/headers';
import { PREFERENCE_COOKIE_MAX_AGE } from '@/i18n/config';

/**
 * Stores one of the visitor's interface choices (language, light/dark) for a year.
 * HttpOnly and SameSite=Lax; Secure whenever the request came over HTTPS.
 */
export async function setPreferenceCookie(name: string, value: string): Promise<void> {
  const proto = (await headers()).get('x-forwarded-proto');
  const secure = proto === 'https' || (process.env.NEXTAUTH_URL ?? '').startsWith('https://');
  (await cookies()).set(name, value, { path: '/', maxAge: PREFERENCE_COOKIE_MAX_AGE, sameSite: 'lax', httpOnly: true, secure });
}
