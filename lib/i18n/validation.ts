/**
 * Validation and action messages from the catalogue (messages/{sv,en}/validation.json), in the
 * language of the one reading them. A schema names a key instead of a Swedish text:
 *   z.string().min(10, { error: vk('valScoring.reopenReason') })
 * and zod asks for the text when the check fails, so the message is already in the right
 * language wherever it is shown (field error, error summary, an action's field errors):
 * - in the browser, components/layout/zod-locale.tsx installs the page's language;
 * - on the server, defineAction runs the parse and the handler in the user's language
 *   (lib/i18n/server-locale.ts);
 * - anywhere else (scripts, tests, a loader outside a request language) the text is Swedish.
 * Pure: no Next, no zod. translateMessage() lets a text that is not a key pass through.
 * The Swedish catalogue itself is read only outside the browser (#validation-fallback).
 */
import { fallbackTranslator } from '#validation-fallback';
import type sv from '@/messages/sv/validation.json';
import { currentTranslator, type MessageParams } from './validation-source';

export { setTranslatorSource, translatorFor, type MessageParams, type Translate } from './validation-source';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every key of the validation catalogue, e.g. "valScoring.chooseValue". */
export type ValKey = Leaves<typeof sv>;

/** The text of a validation key in the current reader's language (Swedish when none is known). */
export function vt(key: ValKey, params?: MessageParams): string {
  const t = currentTranslator() ?? fallbackTranslator();
  return t(key, params);
}

/** A zod `error` option that answers with the key's text in the reader's language when the check fails. */
export function vk(key: ValKey, params?: MessageParams): () => string {
  return () => vt(key, params);
}

/** A message as the reader should see it: a validation key is translated, any other text passes unchanged. */
export function translateMessage(message: string, params?: MessageParams): string {
  return isValKey(message) ? vt(message, params) : message;
}

/**
 * Shaped like a key ("valScoring.chooseValue"; a text to show has spaces). Whether the catalogue
 * has it need not be asked: the translator answers a key it lacks with the key itself, as the
 * text would have passed through.
 */
function isValKey(message: string): message is ValKey {
  return /^val[A-Z]\w*(\.\w+)+$/.test(message);
}
