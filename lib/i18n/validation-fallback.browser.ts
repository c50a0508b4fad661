/**
 * The browser's stand-in for validation-fallback.ts (package.json "imports", condition "browser").
 * In the browser the page's language is always installed before a check runs: every area whose
 * client code runs a schema or names a validation key gives its pages zod's messages, and with
 * them components/layout/zod-locale.tsx sets the translator (tests/i18n/area-messages.test.ts).
 * So the Swedish catalogue stays on the server; were a key ever read without a translator, it
 * would show as the key, as any missing message does.
 */
import type { Translate } from './validation-source';

const asKey: Translate = (key) => key;

export function fallbackTranslator(): Translate {
  return asKey;
}
