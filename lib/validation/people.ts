import { z } from 'zod';

/** Deactivating and reactivating a person. */
export const personIdSchema = z.object({ userId: z.coerce.number().int().positive() });
export type PersonIdInput = z.input<typeof personIdSchema>;
