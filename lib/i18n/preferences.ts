import 'server-only';
import { getDb } from '@/db/client';
import { findUserLocale } from '@/db/queries/preferences';
import type { Locale } from '@/i18n/config';

/** The language a signed-in user chose earlier, on any device. */
export function userLocale(userId: number): Locale {
  return findUserLocale(getDb(), userId);
}
