/** The motivation's limits, apart from the schemas (lib/validation/motivation.ts) so that the editor can show them without zod. */
export const MOTIVATION_LIMITS = { sentences: 8, sentenceMax: 600 } as const;
