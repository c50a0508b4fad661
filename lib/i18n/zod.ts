/**
 * zod's messages for checks whose schema names no message of its own, in the
 * reader's language, from the catalogue's "zod" section. Installed as zod's
 * localeError (its lowest priority), so a message written in a schema always wins.
 */
import { z } from 'zod';
import en from '@/messages/en.json';
import sv from '@/messages/sv.json';
import type { Locale } from '@/i18n/config';

type ZodMessages = typeof sv.zod;
const CATALOGUE: Record<Locale, ZodMessages> = { sv: sv.zod, en: en.zod };

type Issue = { code?: string; origin?: string; minimum?: unknown; maximum?: unknown; format?: string; expected?: string; input?: unknown };

const fill = (template: string, values: Record<string, unknown>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

/** The message for one zod issue, in Swedish or English. */
export function zodMessage(issue: Issue, locale: Locale): string {
  const m = CATALOGUE[locale];
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null || issue.input === '') return m.required;
      return issue.expected === 'number' ? m.number : m.invalid;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? m.required : fill(m.tooShort, { min: issue.minimum });
      if (issue.origin === 'array' || issue.origin === 'set') return Number(issue.minimum) <= 1 ? m.choose : fill(m.tooSmall, { min: issue.minimum });
      return fill(m.tooSmall, { min: issue.minimum });
    case 'too_big':
      return issue.origin === 'string' ? fill(m.tooLong, { max: issue.maximum }) : fill(m.tooBig, { max: issue.maximum });
    case 'invalid_format':
      return issue.format === 'email' ? m.email : m.invalid;
    case 'invalid_value':
      return m.choose;
    default:
      return m.invalid;
  }
}

/** Makes zod answer in this language from now on (in this JavaScript realm). */
export function installZodMessages(locale: Locale): void {
  z.config({ localeError: (issue) => zodMessage(issue as Issue, locale) });
}
