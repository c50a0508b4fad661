import { z } from 'zod';
import { COMPONENT_KEYS } from '@/lib/domain/engine/types';

const percent = z
  .number({ error: 'Ange vikten som ett tal mellan 0 och 100.' })
  .min(0, { error: 'En vikt kan inte vara negativ.' })
  .max(100, { error: 'En vikt kan vara högst 100.' });

const atLeastOne = (w: Record<string, number>) => Object.values(w).some((v) => v > 0);

/** The weight panel: percent weights per area and per component (each group needs one weight above 0). */
export const weightsSchema = z.object({
  cycleId: z.number().int().positive(),
  areaWeights: z
    .record(z.string().min(1).max(60), percent)
    .refine(atLeastOne, { error: 'Minst ett område måste ha en vikt över 0.' }),
  componentWeights: z
    .object(Object.fromEntries(COMPONENT_KEYS.map((k) => [k, percent])) as Record<(typeof COMPONENT_KEYS)[number], typeof percent>)
    .refine(atLeastOne, { error: 'Minst en komponent måste ha en vikt över 0.' }),
});
export type WeightsInput = z.infer<typeof weightsSchema>;

export const snapshotSchema = z.object({
  cycleId: z.number().int().positive(),
  calibrated: z.boolean().default(true),
});

export const finalistsSchema = z.object({
  cycleId: z.number().int().positive(),
  nominationIds: z.array(z.number().int().positive()).max(50).refine((ids) => new Set(ids).size === ids.length, { error: 'Varje kommun kan bara väljas en gång.' }),
});

/** The jury's decision: the winner (a finalist) and the rationale as the jury agreed it. */
export const decisionSchema = z.object({
  cycleId: z.number().int().positive(),
  winnerNominationId: z.number({ error: 'Välj vinnaren.' }).int().positive({ error: 'Välj vinnaren.' }),
  rationale: z
    .string()
    .trim()
    .min(20, { error: 'Skriv juryns motivering till beslutet (minst 20 tecken).' })
    .max(4000, { error: 'Motiveringen får vara högst 4 000 tecken.' }),
});
