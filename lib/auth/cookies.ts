import { appBaseUrl } from '@/lib/mail/config';

/**
 * Secure cookies (with next-auth's __Secure- prefix) whenever the app is served
 * over https (APP_URL / NEXTAUTH_URL). The proxy reads the cookie under the same
 * name. HttpOnly and SameSite=Lax are next-auth's defaults for every cookie.
 */
export function secureCookiesWanted(): boolean {
  return appBaseUrl().startsWith('https://');
}
