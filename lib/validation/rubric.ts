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

const weight = (what: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? Number.NaN : Number(v.trim().replace(',', '.'))) : v),
    z
      .number({ error: `Ange ${what} som ett tal, t.ex. 1 eller 1,5.` })
      .positive({ error: `${capitalise(what)} måste vara större än 0.` })
      .max(WEIGHT_MAX, { error: `${capitalise(what)} får vara högst ${WEIGHT_MAX}.` }),
  );

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const integer = (what: string) =>
  z.coerce
    .number({ error: `Ange ${what} som ett heltal.` })
    .int({ error: `Ange ${what} som ett heltal.` })
    .min(SCALE_LIMITS.min, { error: `${capitalise(what)} kan inte vara mindre än ${SCALE_LIMITS.min}.` })
    .max(SCALE_LIMITS.max, { error: `${capitalise(what)} kan inte vara större än ${SCALE_LIMITS.max}.` });

const text = (max: number, tooLong: string) => z.string().trim().max(max, { error: tooLong }).default('');

export const criterionSchema = z.object({
  id: optionalId,
  title: z
    .string({ error: 'Ange en rubrik för kriteriet.' })
    .trim()
    .min(3, { error: 'Kriteriets rubrik behöver minst tre tecken.' })
    .max(200, { error: 'Kriteriets rubrik får vara högst 200 tecken.' }),
  guidance: text(2000, 'Vägledningen får vara högst 2 000 tecken.'),
  lowText: text(1000, 'Texten för låg poäng får vara högst 1 000 tecken.'),
  midText: text(1000, 'Texten för mellanpoäng får vara högst 1 000 tecken.'),
  highText: text(1000, 'Texten för hög poäng får vara högst 1 000 tecken.'),
  weight: weight('kriteriets vikt'),
});

export const areaSchema = z.object({
  id: optionalId,
  name: z
    .string({ error: 'Ange ett namn på området.' })
    .trim()
    .min(2, { error: 'Områdets namn behöver minst två tecken.' })
    .max(80, { error: 'Områdets namn får vara högst 80 tecken.' }),
  description: text(1000, 'Beskrivningen får vara högst 1 000 tecken.'),
  weight: weight('områdets vikt'),
  criteria: z.array(criterionSchema).min(1, { error: 'Varje område behöver minst ett kriterium.' }).max(30, {
    error: 'Ett område får ha högst 30 kriterier.',
  }),
});

export const rubricSchema = z
  .object({
    cycleId: z.coerce.number().int().positive(),
    scaleMin: integer('skalans lägsta värde'),
    scaleMax: integer('skalans högsta värde'),
    areas: z.array(areaSchema).min(1, { error: 'Mallen behöver minst ett område.' }).max(10, { error: 'Mallen får ha högst tio områden.' }),
  })
  .superRefine((v, ctx) => {
    const steps = v.scaleMax - v.scaleMin + 1;
    if (v.scaleMax <= v.scaleMin) {
      ctx.addIssue({ code: 'custom', path: ['scaleMax'], message: 'Skalans högsta värde måste vara större än det lägsta.' });
    } else if (steps < SCALE_LIMITS.minSteps) {
      ctx.addIssue({ code: 'custom', path: ['scaleMax'], message: `Skalan behöver minst ${SCALE_LIMITS.minSteps} steg (låg, mellan och hög).` });
    } else if (steps > SCALE_LIMITS.maxSteps) {
      ctx.addIssue({ code: 'custom', path: ['scaleMax'], message: `Skalan får ha högst ${SCALE_LIMITS.maxSteps} steg.` });
    }
    const names = new Map<string, number>();
    v.areas.forEach((a, i) => {
      const key = a.name.toLocaleLowerCase('sv-SE');
      if (names.has(key)) ctx.addIssue({ code: 'custom', path: ['areas', i, 'name'], message: 'Två områden kan inte heta likadant.' });
      names.set(key, i);
    });
  });

export type RubricInput = z.input<typeof rubricSchema>;
export type Rubric = z.output<typeof rubricSchema>;

export const unlockRubricSchema = z.object({
  cycleId: z.coerce.number().int().positive(),
  reason: z
    .string({ error: 'Skriv varför mallen behöver ändras.' })
    .trim()
    .min(10, { error: 'Skriv varför mallen behöver ändras (minst tio tecken).' })
    .max(1000, { error: 'Skälet får vara högst 1 000 tecken.' }),
});
export type UnlockRubricInput = z.input<typeof unlockRubricSchema>;
