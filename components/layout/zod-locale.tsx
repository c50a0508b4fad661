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
  const messages = useMessages();
  const locale = useLocale();
  const translate = useMemo(() => translatorFor(isLocale(locale) ? locale : 'sv', messages as Record<string, unknown>), [locale, messages]);
  if (typeof window !== 'undefined') {
    const { zod } = messages as unknown as { zod: ZodMessages };
    zodGlobalConfig().localeError = (issue: ZodIssueLike) => zodMessageFrom(issue, zod);
    setTranslatorSource(() => translate);
  }
  return null;
}
