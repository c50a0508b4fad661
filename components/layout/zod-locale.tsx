'use client';

import { useMessages } from 'next-intl';
import { zodGlobalConfig } from '@/lib/i18n/zod-global';
import { zodMessageFrom, type ZodIssueLike, type ZodMessages } from '@/lib/i18n/zod-messages';

/**
 * Lets the forms' zod checks answer in the page's language (for checks without a message
 * of their own), from the messages the page already has. Sets zod's global configuration
 * without importing zod, so pages without a form do not load it.
 */
export function ZodLocale() {
  const { zod } = useMessages() as unknown as { zod: ZodMessages };
  zodGlobalConfig().localeError = (issue: ZodIssueLike) => zodMessageFrom(issue, zod);
  return null;
}
