/**
 * Where the current reader's translator for validation messages comes from (see
 * lib/i18n/validation.ts). Apart from that module so that the root layout's ZodLocale can
 * install the page's language without loading the Swedish validation catalogue.
 */
import { createTranslator } from 'next-intl';
import { TIME_ZONE, type Locale } from '@/i18n/config';

export type MessageParams = Record<string, string | number | Date>;
export type Translate = (key: string, params?: MessageParams) => string;

/** Where the current reader's translator comes from; kept on globalThis, since Next may load this module more than once. */
type Source = { current?: () => Translate | undefined };
function source(): Source {
  const g = globalThis as { __kk_validation_source?: Source };
  return (g.__kk_validation_source ??= {});
}

/** A translator over a whole catalogue (or just the validation file), for one language. */
export function translatorFor(locale: Locale, messages: Record<string, unknown>): Translate {
  const t = createTranslator({
    locale,
    messages: messages as Record<string, never>,
    timeZone: TIME_ZONE,
    // A missing key shows the key (the catalogue test makes sure none is missing).
    onError: () => {},
    getMessageFallback: ({ key, namespace }) => (namespace ? `${namespace}.${key}` : key),
  });
  return (key, params) => (t as unknown as (k: string, p?: MessageParams) => string)(key, params);
}

/** Sets where the reader's translator comes from (the browser's page language, the server's request language). */
export function setTranslatorSource(current: () => Translate | undefined): void {
  source().current = current;
}

/** The current reader's translator, if one is known. */
export function currentTranslator(): Translate | undefined {
  return source().current?.();
}
