import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/config';
import { switchLocale, switchTheme } from '@/lib/actions/preferences';

const HEADER_BUTTON =
  'rounded border border-current px-3 py-1 font-medium text-white hover:bg-white/10 dark:text-slate-900 dark:hover:bg-slate-100';

/**
 * The language switch and the light/dark toggle: plain forms posting to server
 * actions, so they work without JavaScript. The other language's name is written
 * in that language and marked with its lang.
 */
export async function PreferenceForms({ locale }: { locale: Locale }) {
  const t = await getTranslations('header');
  const other: Locale = locale === 'sv' ? 'en' : 'sv';
  return (
    <div role="group" aria-label={t('settingsNav')} className="flex flex-wrap items-center gap-2">
      <form action={switchLocale}>
        <input type="hidden" name="locale" value={other} />
        <button type="submit" lang={other} className={HEADER_BUTTON}>
          {t('switchLanguage')}
        </button>
      </form>
      <form action={switchTheme}>
        <button type="submit" name="theme" value="dark" className={`theme-to-dark ${HEADER_BUTTON}`}>
          {t('darkMode')}
        </button>
        <button type="submit" name="theme" value="light" className={`theme-to-light ${HEADER_BUTTON}`}>
          {t('lightMode')}
        </button>
      </form>
    </div>
  );
}
