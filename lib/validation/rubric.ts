import { vk, vt, type ValKey } from '@/lib/i18n/validation';
import { z } from 'zod';

/**
 * The rubric editor's form: the scale, the areas with their weights and the
 * criteria of each area. Used by the editor (react-hook-form) and by the action.
 * Weights may be typed with a decimal comma ("1,5").
 */

export const SCALE_LIMITS = { min: 0, max: 10, minSteps: 3, maxSteps: 11 } as const;
export const WEIGHT_MAX = 100;

const optionalId = z.preprocess(
  (v) => (v === '' || v === null || v === undefined ? undefined : v),
  z.coerce.number().int().positive().optional(),
);

const weight = (of: 'criterion' | 'area') =>
  z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? Number.NaN : Number(v.trim().replace(',', '.'))) : v),
    z
      .number({ error: vk(`valRubric.${of}WeightNumber`) })
      .positive({ error: vk(`valRubric.${of}WeightPositive`) })
      .max(WEIGHT_MAX, { error: vk(`valRubric.${of}WeightMax`, { max: WEIGHT_MAX }) }),
  );

const integer = (of: 'scaleMin' | 'scaleMax') =>
  z.coerce
    .number({ error: vk(`valRubric.${of}Integer`) })
    .int({ error: vk(`valRubric.${of}Integer`) })
    .min(SCALE_LIMITS.min, { error: vk(`valRubric.${of}Min`, { min: SCALE_LIMITS.min }) })
    .max(SCALE_LIMITS.max, { error: vk(`valRubric.${of}Max`, { max: SCALE_LIMITS.max }) });

const text = (max: number, tooLong: ValKey) => z.string().trim().max(max, { error: vk(tooLong) }).default('');

export const criterionSchema = z.object({
  id: optionalId,
  title: z
    .string({ error: vk('valRubric.criterionTitle') })
    .trim()
    .min(3, { error: vk('valRubric.criterionTitleMin') })
    .max(200, { error: vk('valRubric.criterionTitleMax') }),
  guidance: text(2000, 'valRubric.guidanceMax'),
  lowText: text(1000, 'valRubric.lowTextMax'),
  midText: text(1000, 'valRubric.midTextMax'),
  highText: text(1000, 'valRubric.highTextMax'),
  weight: weight('criterion'),
});

export const areaSchema = z.object({
  id: optionalId,
  name: z
    .string({ error: vk('valRubric.areaName') })
    .trim()
    .min(2, { error: vk('valRubric.areaNameMin') })
    .max(80, { error: vk('valRubric.areaNameMax') }),
  description: text(1000, 'valRubric.descriptionMax'),
  weight: weight('area'),
  criteria: z.array(criterionSchema).min(1, { error: vk('valRubric.criteriaMin') }).max(30, {
    error: vk('valRubric.criteriaMax'),
  }),
});

export const rubricSchema = z
  .object({
    cycleId: z.coerce.number().int().positive(),
    scaleMin: integer('scaleMin'),
    scaleMax: integer('scaleMax'),
    areas: z.array(areaSchema).min(1, { error: vk('valRubric.areasMin') }).max(10, { error: vk('valRubric.areasMax') }),
  })
  .superRefine((v, ctx) => {
    const steps = v.scaleMax - v.scaleMin + 1;
    if (v.scaleMax <= v.scaleMin) {
      ctx.addIssue({ code: 'custom', path: ['scaleMax'], message: vt('valRubric.scaleOrder') });
    } else if (steps < SCALE_LIMITS.minSteps) {
      ctx.addIssue({ code: 'custom', path: ['scaleMax'], message: vt('valRubric.scaleStepsMin', { min: SCALE_LIMITS.minSteps }) });
    } else if (steps > SCALE_LIMITS.maxSteps) {
      ctx.addIssue({ code: 'custom', path: ['scaleMax'], message: vt('valRubric.scaleStepsMax', { max: SCALE_LIMITS.maxSteps }) });
    }
    const names = new Map<string, number>();
    v.areas.forEach((a, i) => {
      const key = a.name.toLocaleLowerCase('sv-SE');
      if (names.has(key)) ctx.addIssue({ code: 'custom', path: ['areas', i, 'name'], message: vt('valRubric.areaNameTwice') });
      names.set(key, i);
    });
  });

export type RubricInput = z.input<typeof rubricSchema>;
export type Rubric = z.output<typeof rubricSchema>;

export const unlockRubricSchema = z.object({
  cycleId: z.coerce.number().int().positive(),
  reason: z
    .string({ error: vk('valRubric.unlockReason') })
    .trim()
    .min(10, { error: vk('valRubric.unlockReasonMin') })
    .max(1000, { error: vk('valCommon.reason1000') }),
});
export type UnlockRubricInput = z.input<typeof unlockRubricSchema>;
