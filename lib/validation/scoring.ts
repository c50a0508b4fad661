import { z } from 'zod';

const id = (what: string) => z.number({ error: `${what} saknas.` }).int({ error: `${what} saknas.` }).positive({ error: `${what} saknas.` });

/**
 * One criterion's score, as autosaved. The scale itself is the cycle's, so the
 * range is checked on the server against the rubric (lib/domain/scoring).
 */
export const saveScoreSchema = z.object({
  nominationId: id('Nomineringen'),
  criterionId: id('Kriteriet'),
  value: z.number({ error: 'Välj ett värde på skalan.' }).int({ error: 'Välj ett värde på skalan.' }).nullable(),
  cannotAssess: z.boolean().default(false),
  comment: z.string().trim().max(4000, { error: 'Kommentaren får vara högst 4 000 tecken.' }).default(''),
  /** The sheet's revision when the page was opened; a different one on the server means stale. */
  revision: z.number().int().min(0),
});
export type SaveScoreInput = z.input<typeof saveScoreSchema>;

export const submitSheetSchema = z.object({
  nominationId: id('Nomineringen'),
  revision: z.number().int().min(0),
});

export const reopenSheetSchema = z.object({
  sheetId: id('Bedömningen'),
  reason: z
    .string()
    .trim()
    .min(10, { error: 'Skriv varför bedömningen öppnas igen (minst 10 tecken); jurymedlemmen får se det.' })
    .max(1000, { error: 'Skälet får vara högst 1 000 tecken.' }),
});
export type ReopenSheetInput = z.input<typeof reopenSheetSchema>;

const text = (label: string) => z.string().trim().max(4000, { error: `${label} får vara högst 4 000 tecken.` }).default('');

/** Interview notes for one area of a finalist's interview. */
export const interviewNoteSchema = z.object({
  nominationId: id('Nomineringen'),
  areaId: id('Området'),
  interviewedRoles: z.string().trim().max(500, { error: 'Skriv högst 500 tecken om vilka som intervjuades.' }).default(''),
  interviewDate: z
    .string()
    .trim()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/, { error: 'Skriv datumet som ÅÅÅÅ-MM-DD.' })
    .default(''),
  observations: text('Iakttagelser'),
  strengths: text('Styrkor'),
  concerns: text('Frågetecken'),
  score: z.number({ error: 'Välj ett värde på skalan.' }).int({ error: 'Välj ett värde på skalan.' }).nullable().default(null),
});
export type InterviewNoteInput = z.input<typeof interviewNoteSchema>;
