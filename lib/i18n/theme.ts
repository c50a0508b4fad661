import 'server-only';
import { cookies } from 'next/headers';
import { isTheme, THEME_COOKIE, type Theme } from '@/i18n/config';

/** The visitor's light/dark choice, or null to follow the system setting. */
export async function requestTheme(): Promise<Theme | null> {
  const value = (await cookies()).get(THEME_COOKIE)?.value;
  return isTheme(value) ? value : null;
}
