import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { cookies } from 'next/headers';
import { isLocale, LOCALE_COOKIE, type Locale } from '@/i18n/config';
import { CATALOGUES } from '@/messages';
import { formatDateTime } from './format';
import { userLocale } from './preferences';
import { setTranslatorSource, translatorFor, type Translate } from './validation-source';
import { zodGlobalConfig } from './zod-global';
import { zodMessage } from './zod';

/**
 * The server side of lib/i18n/validation.ts: code run through runInLocale() (every server
 * action, see lib/actions/define-action.ts) gets its validation and action messages, and
 * zod's own messages, in that language. One process serves every language at once, so the
 * language travels with the call (AsyncLocalStorage), not in a global setting.
 */
type Store = { als: AsyncLocalStorage<Locale>; translators: Partial<Record<Locale, Translate>> };
const g = globalThis as { __kk_locale_store?: Store };
const store = (g.__kk_locale_store ??= { als: new AsyncLocalStorage<Locale>(), translators: {} });

/** The language of the code running now, if it runs in runInLocale(). */
export function currentLocale(): Locale | undefined {
  return store.als.getStore();
}

let installed = false;
function install(): void {
  if (installed) return;
  installed = true;
  setTranslatorSource(() => {
    const locale = store.als.getStore();
    if (!locale) return undefined;
    return (store.translators[locale] ??= translatorFor(locale, CATALOGUES[locale]));
  });
}

/** Runs fn (and everything it awaits) with messages in this language. */
export function runInLocale<T>(locale: Locale, fn: () => T): T {
  install();
  // zod's own messages follow the call's language too (set each time: i18n/request.ts installs plain Swedish on load).
  zodGlobalConfig().localeError = serverZodMessage as never;
  return store.als.run(locale, fn);
}

/** zod's messages for checks without their own, in the language of the running call (Swedish outside one). */
export function serverZodMessage(issue: Parameters<typeof zodMessage>[0]): string {
  return zodMessage(issue, currentLocale() ?? 'sv');
}

/**
 * The language of a server action's caller: the kk-locale cookie, else the language the user
 * chose before (users.locale), else Swedish. Never throws (outside a request there is no cookie).
 */
export async function actionLocale(userId: number | null): Promise<Locale> {
  try {
    const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
    if (isLocale(cookie)) return cookie;
  } catch {
    // Not in a request (scripts, tests): fall through to the stored choice.
  }
  if (userId === null) return 'sv';
  try {
    return userLocale(userId);
  } catch {
    return 'sv';
  }
}

/** The language of the running call, Swedish outside one. */
export function localeNow(): Locale {
  return currentLocale() ?? 'sv';
}

/** A phase's name in the running call's language (the core catalogue's "phases"). */
export function phaseName(phase: string): string {
  const names = CATALOGUES[localeNow()].phases as Record<string, string> | undefined;
  return names?.[phase] ?? phase;
}

/** An instant inside a message: the Swedish text as the caller writes it, or English date and time for an English reader. */
export function instantText(when: string | Date | null, swedish: string): string {
  return localeNow() === 'en' && when ? formatDateTime(when, 'en') : swedish;
}

/**
 * For a page's loader or a route handler (async, inside one request): the validation and
 * action messages from here on, in this function and what it awaits, come in this language.
 * Call it synchronously in the loader itself (after its awaits), not in a helper it awaits.
 */
export function enterLocale(locale: Locale): void {
  install();
  store.als.enterWith(locale);
}
