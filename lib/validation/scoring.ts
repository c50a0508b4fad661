import { vk, type ValKey } from '@/lib/i18n/validation';
import { z } from 'zod';

const id = (key: ValKey) => z.number({ error: vk(key) }).int({ error: vk(key) }).positive({ error: vk(key) });

/**
 * One criterion's score, as autosaved. The scale itself is the cycle's, so the
 * range is checked on the server against the rubric (lib/domain/scoring).
 */
export const saveScoreSchema = z.object({
  nominationId: id('valCommon.nominationMissing'),
  criterionId: id('valScoring.criterionMissing'),
  value: z.number({ error: vk('valScoring.chooseValue') }).int({ error: vk('valScoring.chooseValue') }).nullable(),
  cannotAssess: z.boolean().default(false),
  comment: z.string().trim().max(4000, { error: vk('valScoring.commentMax') }).default(''),
  /** The sheet's revision when the page was opened; a different one on the server means stale. */
  revision: z.number().int().min(0),
});
export type SaveScoreInput = z.input<typeof saveScoreSchema>;

export const submitSheetSchema = z.object({
  nominationId: id('valCommon.nominationMissing'),
  revision: z.number().int().min(0),
});

export const reopenSheetSchema = z.object({
  sheetId: id('valScoring.sheetMissing'),
  reason: z
    .string()
    .trim()
    .min(10, { error: vk('valScoring.reopenReason') })
    .max(1000, { error: vk('valCommon.reason1000') }),
});
export type ReopenSheetInput = z.input<typeof reopenSheetSchema>;

const text = (key: ValKey) => z.string().trim().max(4000, { error: vk(key) }).default('');

/** Interview notes for one area of a finalist's interview. */
export const interviewNoteSchema = z.object({
  nominationId: id('valCommon.nominationMissing'),
  areaId: id('valScoring.areaMissing'),
  interviewedRoles: z.string().trim().max(500, { error: vk('valScoring.interviewedMax') }).default(''),
  interviewDate: z
    .string()
    .trim()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/, { error: vk('valCommon.dateFormat') })
    .default(''),
  observations: text('valScoring.observationsMax'),
  strengths: text('valScoring.strengthsMax'),
  concerns: text('valScoring.concernsMax'),
  score: z.number({ error: vk('valScoring.chooseValue') }).int({ error: vk('valScoring.chooseValue') }).nullable().default(null),
});
export type InterviewNoteInput = z.input<typeof interviewNoteSchema>;
