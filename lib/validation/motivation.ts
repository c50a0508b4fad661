import { vk } from '@/lib/i18n/validation';
import { z } from 'zod';

/** Limits of the motivation editor. */
// Shown by the editor, so apart from the schemas (zod-free).
export { MOTIVATION_LIMITS } from './motivation-limits';
import { MOTIVATION_LIMITS } from './motivation-limits';

const nominationId = z.number().int().positive();

/** Sentence ids: the generator's kinds ("omraden", "ekonomi" …) or "egen-N" for a sentence added by hand. */
const sentenceId = z.string().regex(/^[a-z0-9-]{1,40}$/, { error: vk('valMotivation.sentenceId') });

export const motivationSentenceSchema = z.object({
  id: sentenceId,
  text: z
    .string()
    .trim()
    .min(1, { error: vk('valMotivation.sentenceEmpty') })
    .max(MOTIVATION_LIMITS.sentenceMax, { error: vk('valMotivation.sentenceMax', { max: MOTIVATION_LIMITS.sentenceMax }) }),
});

/** "Generate a new draft" for one nomination. */
export const generateMotivationSchema = z.object({ nominationId });

/**
 * "Save as a new version": the sentences as edited, and the version the editor started from
 * (0 = none yet). A save against an older version than the newest is refused. The evidence
 * links are never taken from the browser: each sentence keeps the links its id had in the
 * base version; a new sentence has none.
 */
export const saveMotivationSchema = z.object({
  nominationId,
  baseVersion: z.number().int().min(0),
  sentences: z
    .array(motivationSentenceSchema)
    .min(1, { error: vk('valMotivation.sentencesMin') })
    .max(MOTIVATION_LIMITS.sentences, { error: vk('valMotivation.sentencesMax', { max: MOTIVATION_LIMITS.sentences }) })
    .refine((s) => new Set(s.map((x) => x.id)).size === s.length, { error: vk('valMotivation.sentenceIdsTwice') }),
});
export type SaveMotivationInput = z.infer<typeof saveMotivationSchema>;

/** "Approve" one version: it is frozen and is the one to publish. */
export const approveMotivationSchema = z.object({ nominationId, version: z.number().int().positive() });

/** The stored form of a version's sentences (motivation_versions.evidence), read defensively. */
export const storedSentencesSchema = z.array(
  z.object({
    id: z.string(),
    text: z.string(),
    evidence: z.array(
      z.object({
        kind: z.enum(['area_score', 'criterion_score', 'juror_comment', 'interview_note', 'application', 'finance_index']),
        sourceId: z.string(),
        label: z.string(),
        supports: z.array(z.string()),
      }),
    ),
  }),
);
