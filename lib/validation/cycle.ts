import { z } from 'zod';
import { RUBRIC_TEMPLATE_KEYS } from '@/lib/domain/rubric-templates';
import { CYCLE_MODES, PHASES, stockholmLocalToUtc } from '@/lib/domain/phases';

/**
 * The organiser's cycle forms: create a cycle, set the phase dates, move the phase.
 * One schema per form, used by react-hook-form in the browser and by the actions.
 * Form values are strings (as the inputs give them); the schemas turn them into numbers.
 */

export const YEAR_MIN = 2003;
export const YEAR_MAX = 2100;

/** An id from a form: a positive integer, also when it comes as a string. */
const id = z.coerce.number({ error: 'Ogiltigt id.' }).int({ error: 'Ogiltigt id.' }).positive({ error: 'Ogiltigt id.' });

export const createCycleSchema = z.object({
  year: z.coerce
    .number({ error: 'Ange året som ett tal, t.ex. 2029.' })
    .int({ error: 'Ange året som ett heltal, t.ex. 2029.' })
    .min(YEAR_MIN, { error: `Året kan inte vara tidigare än ${YEAR_MIN}.` })
    .max(YEAR_MAX, { error: `Året kan inte vara senare än ${YEAR_MAX}.` }),
  name: z
    .string({ error: 'Ange ett namn.' })
    .trim()
    .min(3, { error: 'Namnet behöver minst tre tecken.' })
    .max(120, { error: 'Namnet får vara högst 120 tecken.' }),
  mode: z.enum(CYCLE_MODES, { error: 'Välj hur kommunerna kommer med.' }).default('open_application'),
  /** The cycle whose rubric and settings are copied; '' or absent = start from the default rubric. */
  copyFromCycleId: z.preprocess((v) => (v === '' || v === null || v === undefined ? undefined : v), id.optional()),
  /** The rubric template when nothing is copied; absent = the classic one. */
  template: z.enum(RUBRIC_TEMPLATE_KEYS, { error: 'Välj en bedömningsmall.' }).optional(),
});
export type CreateCycleInput = z.input<typeof createCycleSchema>;

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_RE = /^\d{2}:\d{2}$/;

const phaseDateRow = z.object({
  phase: z.enum(PHASES),
  startDate: z.string().trim().default(''),
  startTime: z.string().trim().default(''),
  endDate: z.string().trim().default(''),
  endTime: z.string().trim().default(''),
});
export type PhaseDateRow = z.infer<typeof phaseDateRow>;

/** A date and a time entered in Stockholm, as a UTC instant; null if both are empty; a message if wrong. */
export function readStockholm(date: string, time: string): Date | null | string {
  if (!date && !time) return null;
  if (!date) return 'Ange ett datum till klockslaget.';
  if (!DATE_RE.test(date)) return 'Skriv datumet som ÅÅÅÅ-MM-DD.';
  const t = time || '';
  if (!t) return 'Ange ett klockslag, t.ex. 23:59.';
  if (!TIME_RE.test(t)) return 'Skriv klockslaget som TT:MM, t.ex. 23:59.';
  try {
    return stockholmLocalToUtc(date, t);
  } catch {
    return 'Datumet eller klockslaget finns inte. Kontrollera dem.';
  }
}

export const phaseDatesSchema = z
  .object({
    cycleId: id,
    dates: z.array(phaseDateRow).max(PHASES.length),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    let previousEnd: { at: Date } | null = null;
    value.dates.forEach((row, i) => {
      if (seen.has(row.phase)) ctx.addIssue({ code: 'custom', path: ['dates', i, 'phase'], message: 'Fasen finns två gånger.' });
      seen.add(row.phase);
      const start = readStockholm(row.startDate, row.startTime);
      const end = readStockholm(row.endDate, row.endTime);
      if (typeof start === 'string') {
        const field = row.startDate && DATE_RE.test(row.startDate) ? 'startTime' : 'startDate';
        ctx.addIssue({ code: 'custom', path: ['dates', i, field], message: start });
      }
      if (typeof end === 'string') {
        const field = row.endDate && DATE_RE.test(row.endDate) ? 'endTime' : 'endDate';
        ctx.addIssue({ code: 'custom', path: ['dates', i, field], message: end });
      }
      if (start instanceof Date && end instanceof Date && end.getTime() <= start.getTime()) {
        ctx.addIssue({ code: 'custom', path: ['dates', i, 'endDate'], message: 'Slutet måste komma efter början.' });
      }
      if (start instanceof Date && previousEnd && start.getTime() < previousEnd.at.getTime()) {
        ctx.addIssue({
          code: 'custom',
          path: ['dates', i, 'startDate'],
          message: 'Fasen kan inte börja innan en tidigare fas slutar.',
        });
      }
      if (end instanceof Date) previousEnd = { at: end };
    });
  });
export type PhaseDatesInput = z.input<typeof phaseDatesSchema>;

export const movePhaseSchema = z.object({
  cycleId: id,
  /** The phase the organiser saw; a move from a phase that has changed meanwhile is refused. */
  from: z.enum(PHASES, { error: 'Okänd fas.' }),
  to: z.enum(PHASES, { error: 'Välj en fas.' }),
});
export type MovePhaseInput = z.input<typeof movePhaseSchema>;
