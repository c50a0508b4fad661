import { vk } from '@/lib/i18n/validation';
import { z } from 'zod';
import { screeningModelSchema } from '@/lib/domain/screening';

/** The model as the organiser pastes or uploads it (the same JSON as `npm run screen --model`). */
export const saveScreeningModelSchema = z.object({
  cycleId: z.coerce.number().int().positive(),
  modelJson: z
    .string()
    .trim()
    .min(2, { error: vk('valScreening.modelJson') })
    .max(100_000, { error: vk('valScreening.modelTooLarge') }),
});

export const runScreeningSchema = z.object({
  cycleId: z.coerce.number().int().positive(),
  topN: z.coerce
    .number({ error: vk('valScreening.topNNumber') })
    .int({ error: vk('valScreening.topNInteger') })
    .min(1, { error: vk('valScreening.topNMin') })
    .max(50, { error: vk('valScreening.topNMax') }),
});

export { screeningModelSchema };
