/**
 * zod's messages for checks whose schema names no message of its own, in the
 * reader's language, from the catalogue's "zod" section. Installed as zod's
 * localeError (its lowest priority), so a message written in a schema always wins.
 */
import { config } from 'zod';
import en from '@/messages/en.json';
import sv from '@/messages/sv.json';
import type { Locale } from '@/i18n/config';
import { zodMessageFrom, type ZodIssueLike, type ZodMessages } from './zod-messages';

const CATALOGUE: Record<Locale, ZodMessages> = { sv: sv.zod, en: en.zod };

/** The message for one zod issue, in Swedish or English. */
export function zodMessage(issue: ZodIssueLike, locale: Locale): string {
  return zodMessageFrom(issue, CATALOGUE[locale]);
}

/** Makes zod answer in this language from now on (in this JavaScript realm). */
export function installZodMessages(locale: Locale): void {
  config({ localeError: (issue) => zodMessage(issue as ZodIssueLike, locale) });
}
