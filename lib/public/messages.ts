/*
 * The public pages' texts, Swedish and English, in one place. Picked by the cookie
 * `kk-locale` ('sv' | 'en', Swedish by default; see lib/public/locale.ts). Kept as plain
 * objects so they can move into next-intl catalogues under the same keys later.
 */
export type Locale = 'sv' | 'en';
export const LOCALES: readonly Locale[] = ['sv', 'en'];
export const LOCALE_COOKIE = 'kk-locale';

export type PublicMessages = {
  award: string;
  archiveTitle: string;
  archiveLead: string;
  archiveEmpty: string;
  archiveCaption: string;
  year: string;
  winner: string;
  readMore: (year: number) => string;
  resultTitle: (year: number) => string;
  resultLead: (year: number) => string;
  winnerHeading: string;
  motivationHeading: string;
  motivationMissing: string;
  finalistsHeading: string;
  finalistsMissing: string;
  juryHeading: string;
  developmentHeading: string;
  developmentLead: (name: string) => string;
  juryMissing: string;
  publishedAt: (when: string) => string;
  fromArchive: string;
  backToArchive: string;
  switchLanguage: string;
  switchLanguageLabel: string;
  description: string;
  resultDescription: (year: number, winner: string) => string;
};

export const MESSAGES: Record<Locale, PublicMessages> = {
  sv: {
    award: 'Sveriges KvalitetsKommun',
    archiveTitle: 'Vinnare genom åren',
    archiveLead: 'Sveriges KvalitetsKommun delas ut vartannat år sedan 2003 till den kommun som bäst utvecklat demokrati, service, arbetsmiljö och samhällsbyggande med god ekonomi.',
    archiveEmpty: 'Inga resultat är publicerade ännu.',
    archiveCaption: 'Vinnare per år, senaste först',
    year: 'År',
    winner: 'Vinnare',
    readMore: (y) => `Resultatet ${y}`,
    resultTitle: (y) => `Sveriges KvalitetsKommun ${y}`,
    resultLead: (y) => `Juryns beslut för utmärkelsen ${y}.`,
    winnerHeading: 'Vinnare',
    motivationHeading: 'Juryns motivering',
    motivationMissing: 'Motiveringen finns inte i arkivet.',
    finalistsHeading: 'Finalister',
    finalistsMissing: 'Finalisterna finns inte i arkivet.',
    juryHeading: 'Juryn',
    developmentHeading: 'Årets utvecklingskommun',
    developmentLead: (name) => `${name} får juryns hedersomnämnande för den stadigaste positiva utvecklingen på nyckeltalen.`,
    juryMissing: 'Juryns sammansättning finns inte i arkivet.',
    publishedAt: (w) => `Publicerat ${w}.`,
    fromArchive: 'Uppgifterna kommer från utmärkelsens arkiv.',
    backToArchive: 'Alla år',
    switchLanguage: 'In English',
    switchLanguageLabel: 'Read this page in English',
    description: 'Vinnare och finalister i Sveriges KvalitetsKommun sedan 2003.',
    resultDescription: (y, w) => `${w} är Sveriges KvalitetsKommun ${y}.`,
  },
  en: {
    award: "Sweden's Quality Municipality",
    archiveTitle: 'Winners through the years',
    archiveLead: "Sweden's Quality Municipality (Sveriges KvalitetsKommun) is awarded every second year since 2003 to the municipality that has best developed democracy, service, work environment and community building with a sound economy.",
    archiveEmpty: 'No results have been published yet.',
    archiveCaption: 'Winner per year, newest first',
    year: 'Year',
    winner: 'Winner',
    readMore: (y) => `The result ${y}`,
    resultTitle: (y) => `Sweden's Quality Municipality ${y}`,
    resultLead: (y) => `The jury's decision for the award ${y}.`,
    winnerHeading: 'Winner',
    motivationHeading: "The jury's motivation",
    motivationMissing: 'The motivation is not in the archive.',
    finalistsHeading: 'Finalists',
    finalistsMissing: 'The finalists are not in the archive.',
    juryHeading: 'The jury',
    developmentHeading: 'Development municipality of the year',
    developmentLead: (name) => `${name} receives the jury's honourable mention for the steadiest positive development in the key figures.`,
    juryMissing: "The jury's members are not in the archive.",
    publishedAt: (w) => `Published ${w}.`,
    fromArchive: "This information comes from the award's archive.",
    backToArchive: 'All years',
    switchLanguage: 'På svenska',
    switchLanguageLabel: 'Läs sidan på svenska',
    description: "Winners and finalists of Sweden's Quality Municipality since 2003.",
    resultDescription: (y, w) => `${w} is Sweden's Quality Municipality ${y}.`,
  },
};

/** The locale a cookie value names; Swedish for anything else. */
export function localeOf(value: string | undefined | null): Locale {
  return value === 'en' ? 'en' : 'sv';
}
