'use server';
/**
 * The visitor's interface choices. The language is kept in a cookie (so it works
 * before signing in) and, for a signed-in user, in users.locale (so it follows them
 * to another device). Light/dark is only a cookie.
 */
import { setPreferenceCookie } from '@/lib/i18n/cookies';
import { setUserLocale } from '@/db/queries/preferences';
import { defineAction } from '@/lib/actions/define-action';
import { getCurrentUser } from '@/lib/auth/session';
import { LOCALE_COOKIE, THEME_COOKIE } from '@/i18n/config';
import { localeSchema, themeSchema } from '@/lib/validation/preferences';

/** Remembers a signed-in user's language on their account. */
export const saveLocale = defineAction({
  name: 'preferences.saveLocale',
  roles: ['organiser', 'juror', 'municipality'],
  schema: localeSchema,
  handler: ({ user, input, db }) => {
    setUserLocale(db, user.id, input.locale);
    return { locale: input.locale };
  },
});

/**
 * The header's language form (works without JavaScript): sets the cookie for
 * anyone, and the account's language when someone is signed in.
 */
export async function switchLocale(formData: FormData): Promise<void> {
  const parsed = localeSchema.safeParse({ locale: formData.get('locale') });
  if (!parsed.success) return;
  await setPreferenceCookie(LOCALE_COOKIE, parsed.data.locale);
  if (await getCurrentUser()) await saveLocale(parsed.data);
}

/** The header's light/dark form: a cookie only, no account data. */
export async function switchTheme(formData: FormData): Promise<void> {
  const parsed = themeSchema.safeParse({ theme: formData.get('theme') });
  if (!parsed.success) return;
  await setPreferenceCookie(THEME_COOKIE, parsed.data.theme);
}
