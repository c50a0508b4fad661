import { vk, vt } from '@/lib/i18n/validation';
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
const id = z.coerce.number({ error: vk('valCommon.invalidId') }).int({ error: vk('valCommon.invalidId') }).positive({ error: vk('valCommon.invalidId') });

export const createCycleSchema = z.object({
  year: z.coerce
    .number({ error: vk('valCycle.yearNumber') })
    .int({ error: vk('valCycle.yearInteger') })
    .min(YEAR_MIN, { error: vk('valCycle.yearMin', { min: YEAR_MIN }) })
    .max(YEAR_MAX, { error: vk('valCycle.yearMax', { max: YEAR_MAX }) }),
  name: z
    .string({ error: vk('valCycle.nameRequired') })
    .trim()
    .min(3, { error: vk('valCycle.nameMin') })
    .max(120, { error: vk('valCommon.name120') }),
  mode: z.enum(CYCLE_MODES, { error: vk('valCycle.mode') }).default('open_application'),
  /** The cycle whose rubric and settings are copied; '' or absent = start from the default rubric. */
  copyFromCycleId: z.preprocess((v) => (v === '' || v === null || v === undefined ? undefined : v), id.optional()),
  /** The rubric template when nothing is copied; absent = the classic one. */
  template: z.enum(RUBRIC_TEMPLATE_KEYS, { error: vk('valCycle.template') }).optional(),
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
  if (!date) return vt('valCycle.dateForTime');
  if (!DATE_RE.test(date)) return vt('valCommon.dateFormat');
  const t = time || '';
  if (!t) return vt('valCycle.timeRequired');
  if (!TIME_RE.test(t)) return vt('valCycle.timeFormat');
  try {
    return stockholmLocalToUtc(date, t);
  } catch {
    return vt('valCommon.noSuchDateTime');
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
      if (seen.has(row.phase)) ctx.addIssue({ code: 'custom', path: ['dates', i, 'phase'], message: vt('valCycle.phaseTwice') });
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
        ctx.addIssue({ code: 'custom', path: ['dates', i, 'endDate'], message: vt('valCycle.endAfterStart') });
      }
      if (start instanceof Date && previousEnd && start.getTime() < previousEnd.at.getTime()) {
        ctx.addIssue({
          code: 'custom',
          path: ['dates', i, 'startDate'],
          message: vt('valCycle.phaseOverlap'),
        });
      }
      if (end instanceof Date) previousEnd = { at: end };
    });
  });
export type PhaseDatesInput = z.input<typeof phaseDatesSchema>;

export const movePhaseSchema = z.object({
  cycleId: id,
  /** The phase the organiser saw; a move from a phase that has changed meanwhile is refused. */
  from: z.enum(PHASES, { error: vk('valCycle.unknownPhase') }),
  to: z.enum(PHASES, { error: vk('valCycle.choosePhase') }),
});
export type MovePhaseInput = z.input<typeof movePhaseSchema>;
