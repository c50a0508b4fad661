'use client';

import { useLocale, useMessages } from 'next-intl';
import { useMemo } from 'react';
import { isLocale } from '@/i18n/config';
import { setTranslatorSource, translatorFor } from '@/lib/i18n/validation-source';
import { zodGlobalConfig } from '@/lib/i18n/zod-global';
import { zodMessageFrom, type ZodIssueLike, type ZodMessages } from '@/lib/i18n/zod-messages';

/**
 * Lets the forms' zod checks answer in the page's language: zod's own messages (checks
 * without a message of their own) and the schemas' catalogue keys (lib/i18n/validation.ts),
 * from the messages the page already has. Sets zod's global configuration without importing
 * zod, so pages without a form do not load it. Only in the browser: on the server one process
 * renders every language, and server actions set their own (lib/i18n/server-locale.ts).
 */
export function ZodLocale() {
  // zod's own messages, and the schemas' val* namespaces (messages/client.ts lists those the browser's schemas use).
  const { zod, ...messages } = useMessages() as unknown as { zod: ZodMessages } & Record<string, unknown>;
  const locale = useLocale();
  const translate = useMemo(() => translatorFor(isLocale(locale) ? locale : 'sv', { zod, ...messages }), [locale, zod, messages]);
  if (typeof window !== 'undefined') {
    zodGlobalConfig().localeError = (issue: ZodIssueLike) => zodMessageFrom(issue, (key, values) => translate(`zod.${key}`, values));
    setTranslatorSource(() => translate);
  }
  return null;
}
