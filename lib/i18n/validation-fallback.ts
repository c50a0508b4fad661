/**
 * The Swedish validation texts, for a reader whose language no one has set: scripts, tests, a
 * loader outside a request's language (lib/i18n/validation.ts). Outside the browser only: the
 * browser gets validation-fallback.browser.ts instead (package.json "imports", condition
 * "browser"), so the Swedish catalogue (≈ 11 KB gzip) is not sent with every page whose client
 * code names a validation key (the score sheet, each form's schema).
 */
import sv from '@/messages/sv/validation.json';
import { translatorFor, type Translate } from './validation-source';

let swedish: Translate | undefined;

export function fallbackTranslator(): Translate {
  return (swedish ??= translatorFor('sv', sv));
}
