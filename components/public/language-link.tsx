import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/config';

/** The small link that switches the public pages between Swedish and English (sets the cookie kk-locale). */
export async function LanguageLink({ locale, back }: { locale: Locale; back: string }) {
  const t = await getTranslations('pubResults');
  const other: Locale = locale === 'sv' ? 'en' : 'sv';
  const href = `/sprak?${new URLSearchParams({ till: other, tillbaka: back })}`;
  return (
    <p className="mb-6 text-right text-sm">
      <a href={href} lang={other} hrefLang={other} aria-label={t('switchLanguageLabel')}>
        {t('switchLanguage')}
      </a>
    </p>
  );
}
