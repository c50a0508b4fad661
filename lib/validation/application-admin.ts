import { vk } from '@/lib/i18n/validation';
import { z } from 'zod';
import { requiredDocumentTypesSchema } from './application';

/** The organiser reopens a submitted application; the reason is told to the municipality and audited. */
export const reopenApplicationSchema = z.object({
  nominationId: z.coerce.number().int().positive(),
  reason: z
    .string()
    .trim()
    .min(5, { error: vk('valApplication.reopenReason') })
    .max(1000, { error: vk('valCommon.max1000') }),
});
export type ReopenApplicationInput = z.input<typeof reopenApplicationSchema>;

/** The organiser chooses which document types an application must include. */
export const requiredDocumentsSchema = z.object({
  cycleId: z.coerce.number().int().positive(),
  types: requiredDocumentTypesSchema,
});
export type RequiredDocumentsInput = z.input<typeof requiredDocumentsSchema>;
