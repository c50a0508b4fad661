import type { Locale } from '@/i18n/config';
import { formatDecimal } from '@/lib/i18n/format';

/** "12 kB" / "3,4 MB" (Swedish) or "3.4 MB" (English), as on the status page. */
export function formatSize(bytes: number, locale: Locale = 'sv'): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${formatDecimal(bytes / 1024 / 1024, locale, 1)} MB`;
}
