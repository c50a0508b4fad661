/**
 * Small helpers for the organiser's cycle pages in both languages. Loaders hand over codes
 * (a phase, a mode), which the pages name from the catalogue; text the loaders pass on as
 * written in Swedish (e.g. a municipality's own words) is marked lang="sv".
 */

/** `lang` for Swedish text from the server shown on a page in `locale`: set only when the page is not Swedish. */
export function svLang(locale: string): 'sv' | undefined {
  return locale === 'sv' ? undefined : 'sv';
}
