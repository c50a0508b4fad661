import { vk } from '@/lib/i18n/validation';
import { z } from 'zod';

/** The press release's quote (stored in cycles.settings.pressReleaseQuote). Empty text removes the quote. */
export const pressQuoteSchema = z.object({
  cycleId: z.number().int().positive(),
  text: z.string().trim().max(800, { error: vk('valReports.quoteMax') }),
  by: z.string().trim().max(160, { error: vk('valReports.byMax') }),
});
export type PressQuoteInput = z.input<typeof pressQuoteSchema>;

/** Release (or withdraw) the municipalities' feedback letters (cycles.settings.feedbackLettersReleased). */
export const feedbackReleaseSchema = z.object({
  cycleId: z.number().int().positive(),
  released: z.boolean({ error: vk('valReports.release') }),
});
