/**
 * The message catalogues, one per language: the core file (`sv.json`, `en.json`: chrome,
 * sign-in, errors, zod) and one file per area of the app under `sv/` and `en/`, so that
 * work on one area never edits another's file. The top-level keys of all files of a
 * language must not collide (tests/i18n/catalogue.test.ts checks it).
 */
import enCore from './en.json';
import enAccount from './en/account.json';
import enArrangorCycle from './en/arrangorCycle.json';
import enArrangorMore from './en/arrangorMore.json';
import enJury from './en/jury.json';
import enKommun from './en/kommun.json';
import enMail from './en/mail.json';
import enNominees from './en/nominees.json';
import enOrganiserRank from './en/organiserRank.json';
import enPdf from './en/pdf.json';
import enPublic from './en/public.json';
import enRoutes from './en/routes.json';
import enScreening from './en/screening.json';
import enValidation from './en/validation.json';
import svCore from './sv.json';
import svAccount from './sv/account.json';
import svArrangorCycle from './sv/arrangorCycle.json';
import svArrangorMore from './sv/arrangorMore.json';
import svJury from './sv/jury.json';
import svKommun from './sv/kommun.json';
import svMail from './sv/mail.json';
import svNominees from './sv/nominees.json';
import svOrganiserRank from './sv/organiserRank.json';
import svPdf from './sv/pdf.json';
import svPublic from './sv/public.json';
import svRoutes from './sv/routes.json';
import svScreening from './sv/screening.json';
import svValidation from './sv/validation.json';
import type { Locale } from '@/i18n/config';
import type { Catalogue } from '@/lib/i18n/catalogue';

/** Each language's files, in a fixed order (core first), before merging. */
export const CATALOGUE_PARTS: Record<Locale, Record<string, Catalogue>> = {
  sv: { core: svCore, public: svPublic, account: svAccount, kommun: svKommun, jury: svJury, arrangorCycle: svArrangorCycle, arrangorMore: svArrangorMore, mail: svMail, pdf: svPdf, nominees: svNominees, organiserRank: svOrganiserRank, screening: svScreening, validation: svValidation, routes: svRoutes },
  en: { core: enCore, public: enPublic, account: enAccount, kommun: enKommun, jury: enJury, arrangorCycle: enArrangorCycle, arrangorMore: enArrangorMore, mail: enMail, pdf: enPdf, nominees: enNominees, organiserRank: enOrganiserRank, screening: enScreening, validation: enValidation, routes: enRoutes },
};

function merge(parts: Record<string, Catalogue>): Catalogue {
  return Object.assign({}, ...Object.values(parts)) as Catalogue;
}

/** The whole catalogue of each language. */
export const CATALOGUES: Record<Locale, Catalogue> = { sv: merge(CATALOGUE_PARTS.sv), en: merge(CATALOGUE_PARTS.en) };
