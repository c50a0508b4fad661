import { cookies } from 'next/headers';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { getCurrentUser } from '@/lib/auth/session';
import { ROLE_HOME_PATH } from '@/lib/domain/policies';
import { PreferenceForms } from './preference-forms';
import { SignOutButton } from './sign-out-button';

/** next-auth's CSRF cookie ("token|hash"); the sign-out form posts the token. */
const CSRF_COOKIES = ['__Host-next-auth.csrf-token', 'next-auth.csrf-token'];

async function csrfToken(): Promise<string> {
  const jar = await cookies();
  const value = CSRF_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  return value?.split('|')[0] ?? '';
}

/** The award's name, who is signed in and in which role, language and light/dark, and sign-out. */
export async function SiteHeader() {
  const [user, locale, t] = await Promise.all([getCurrentUser(), getLocale(), getTranslations('header')]);
  const token = user ? await csrfToken() : '';
  return (
    // No prefetch on the header and footer links (nor on the few links of the sign-in and result pages):
    // each page load otherwise fetched the RSC payload of every such link twice (route tree and segment)
    // and parsed it on the main thread, long tasks of 50–200 ms on a phone (Lighthouse, mobile) for links
    // rarely followed. A click still navigates on the client; it fetches then.
    <header className="border-b border-brand-800 bg-brand-800 text-white dark:border-slate-200 dark:bg-brand-50 dark:text-slate-900">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link
          prefetch={false}
          href={user ? ROLE_HOME_PATH[user.role] : '/'}
          className="text-lg font-semibold text-white no-underline hover:text-white dark:text-slate-900 dark:hover:text-slate-900"
        >
          {t('brand')}
        </Link>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          {user ? (
            <nav aria-label={t('accountNav')} className="flex flex-wrap items-center gap-3">
              <span>
                <span className="font-medium">{user.name}</span>
                <span className="ml-2 rounded bg-white/15 px-2 py-0.5 dark:bg-slate-100">
                  {t(`roles.${user.role}`)}
                  {user.municipalityName ? ` · ${user.municipalityName}` : ''}
                  {user.organisation ? ` · ${user.organisation}` : ''}
                </span>
              </span>
              <Link prefetch={false} href="/konto" className="text-white underline hover:text-white dark:text-slate-900 dark:hover:text-slate-900">
                {t('account')}
              </Link>
              <SignOutButton csrfToken={token} label={t('signOut')} busyLabel={t('signingOut')} />
            </nav>
          ) : null}
          <PreferenceForms locale={locale === 'en' ? 'en' : 'sv'} />
        </div>
      </div>
    </header>
  );
}
