import { z } from 'zod';

const pair = z.object({ jurorId: z.coerce.number().int().positive(), nominationId: z.coerce.number().int().positive() });

/** The assignment preview and save: target per nomination, pins and exclusions set by hand. */
export const assignmentSchema = z.object({
  cycleId: z.coerce.number().int().positive(),
  /** 'all' = every juror without a conflict; otherwise a number of jurors per nomination. */
  jurorsPerNomination: z.union([
    z.literal('all'),
    z.coerce
      .number({ error: 'Ange antalet jurymedlemmar per nominering som ett heltal.' })
      .int({ error: 'Ange antalet jurymedlemmar per nominering som ett heltal.' })
      .min(1, { error: 'Minst en jurymedlem per nominering.' })
      .max(50, { error: 'Högst 50 jurymedlemmar per nominering.' }),
  ]),
  pins: z.array(pair).max(5000).default([]),
  exclusions: z.array(pair).max(5000).default([]),
});
export type AssignmentFormInput = z.input<typeof assignmentSchema>;

export const reminderSchema = z.object({
  cycleId: z.coerce.number().int().positive(),
  jurorIds: z.array(z.coerce.number().int().positive()).min(1, { error: 'Välj minst en jurymedlem att påminna.' }).max(500),
});
export type ReminderInput = z.input<typeof reminderSchema>;
