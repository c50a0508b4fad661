import { z } from 'zod';
import { screeningModelSchema } from '@/lib/domain/screening';

/** The model as the organiser pastes or uploads it (the same JSON as `npm run screen --model`). */
export const saveScreeningModelSchema = z.object({
  cycleId: z.coerce.number().int().positive(),
  modelJson: z
    .string()
    .trim()
    .min(2, { error: 'Klistra in modellen som JSON.' })
    .max(100_000, { error: 'Modellen är för stor (högst 100 000 tecken).' }),
});

export const runScreeningSchema = z.object({
  cycleId: z.coerce.number().int().positive(),
  topN: z.coerce
    .number({ error: 'Ange hur många som ska föreslås, som ett heltal.' })
    .int({ error: 'Ange ett heltal.' })
    .min(1, { error: 'Minst en kommun.' })
    .max(50, { error: 'Högst 50 kommuner.' }),
});

export { screeningModelSchema };
