import { vk } from '@/lib/i18n/validation';
import { z } from 'zod';
import { LOCALES, THEMES } from '@/i18n/config';

/** The language switcher in the header. */
export const localeSchema = z.object({ locale: z.enum(LOCALES, { error: vk('valPreferences.locale') }) });
export type LocaleInput = z.infer<typeof localeSchema>;

/** The light/dark toggle in the header. */
export const themeSchema = z.object({ theme: z.enum(THEMES, { error: vk('valPreferences.theme') }) });
