/**
 * zod's messages for checks whose schema names no message of its own, in the
 * reader's language, from the catalogue's "zod" section. Installed as zod's
 * localeError (its lowest priority), so a message written in a schema always wins.
 */
import { config } from 'zod';
import en from '@/messages/en.json';
import sv from '@/messages/sv.json';
import type { Locale } from '@/i18n/config';
import { translatorFor, type Translate } from './validation-source';
import { zodMessageFrom, type ZodIssueLike } from './zod-messages';

const translators: Partial<Record<Locale, Translate>> = {};
const translator = (locale: Locale) => (translators[locale] ??= translatorFor(locale, { zod: (locale === 'en' ? en : sv).zod }));

/** The message for one zod issue, in Swedish or English. */
export function zodMessage(issue: ZodIssueLike, locale: Locale): string {
  const t = translator(locale);
  return zodMessageFrom(issue, (key, values) => t(`zod.${key}`, values));
}

/** Makes zod answer in this language from now on (in this JavaScript realm). */
export function installZodMessages(locale: Locale): void {
  config({ localeError: (issue) => zodMessage(issue as ZodIssueLike, locale) });
}
