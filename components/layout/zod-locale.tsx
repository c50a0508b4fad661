'use client';

import { useLocale } from 'next-intl';
import { isLocale } from '@/i18n/config';
import { installZodMessages } from '@/lib/i18n/zod';

/** Lets the forms' zod checks answer in the page's language (for checks without a message of their own). */
export function ZodLocale() {
  const locale = useLocale();
  installZodMessages(isLocale(locale) ? locale : 'sv');
  return null;
}
