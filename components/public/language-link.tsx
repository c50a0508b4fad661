import type { Locale, PublicMessages } from '@/lib/public/messages';

/** The small link that switches the public pages between Swedish and English (sets the cookie kk-locale). */
export function LanguageLink({ locale, t, back }: { locale: Locale; t: PublicMessages; back: string }) {
  const other: Locale = locale === 'sv' ? 'en' : 'sv';
  const href = `/sprak?${new URLSearchParams({ till: other, tillbaka: back })}`;
  return (
    <p className="mb-6 text-right text-sm">
      <a href={href} lang={other} hrefLang={other} aria-label={t.switchLanguageLabel}>
        {t.switchLanguage}
      </a>
    </p>
  );
}
