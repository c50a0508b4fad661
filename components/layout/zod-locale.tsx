'use client';

import { useMessages } from 'next-intl';
import { config } from 'zod';
import { zodMessageFrom, type ZodIssueLike, type ZodMessages } from '@/lib/i18n/zod-messages';

/**
 * Lets the forms' zod checks answer in the page's language (for checks without a message
 * of their own), from the messages the page already has. Imports only zod's `config`, so
 * pages without a form do not load zod.
 */
export function ZodLocale() {
  const { zod } = useMessages() as unknown as { zod: ZodMessages };
  config({ localeError: (issue) => zodMessageFrom(issue as ZodIssueLike, zod) });
  return null;
}
