import { vk } from '@/lib/i18n/validation';
import { z } from 'zod';
import { COMPONENT_KEYS } from '@/lib/domain/engine/types';

const percent = z
  .number({ error: vk('valWeights.weightNumber') })
  .min(0, { error: vk('valWeights.weightNegative') })
  .max(100, { error: vk('valWeights.weightMax') });

const atLeastOne = (w: Record<string, number>) => Object.values(w).some((v) => v > 0);

/** The weight panel: percent weights per area and per component (each group needs one weight above 0). */
export const weightsSchema = z.object({
  cycleId: z.number().int().positive(),
  areaWeights: z
    .record(z.string().min(1).max(60), percent)
    .refine(atLeastOne, { error: vk('valWeights.areaWeights') }),
  componentWeights: z
    .object(Object.fromEntries(COMPONENT_KEYS.map((k) => [k, percent])) as Record<(typeof COMPONENT_KEYS)[number], typeof percent>)
    .refine(atLeastOne, { error: vk('valWeights.componentWeights') }),
});
export type WeightsInput = z.infer<typeof weightsSchema>;

export const snapshotSchema = z.object({
  cycleId: z.number().int().positive(),
  calibrated: z.boolean().default(true),
});

export const finalistsSchema = z.object({
  cycleId: z.number().int().positive(),
  nominationIds: z.array(z.number().int().positive()).max(50).refine((ids) => new Set(ids).size === ids.length, { error: vk('valWeights.finalistsTwice') }),
});

/** The jury's decision: the winner (a finalist) and the rationale as the jury agreed it. */
export const decisionSchema = z.object({
  cycleId: z.number().int().positive(),
  winnerNominationId: z.number({ error: vk('valWeights.winner') }).int().positive({ error: vk('valWeights.winner') }),
  rationale: z
    .string()
    .trim()
    .min(20, { error: vk('valWeights.rationale') })
    .max(4000, { error: vk('valCommon.motivation4000') }),
});
