import { vk } from '@/lib/i18n/validation';
import { z } from 'zod';

/** Erasing a person: the organiser types the person's name to confirm. */
export const erasePersonSchema = z.object({
  userId: z.coerce.number().int().positive(),
  confirmName: z.string().trim().min(1, { error: vk('valGdpr.confirmName') }).max(200),
});
export type ErasePersonInput = z.input<typeof erasePersonSchema>;
