import { vk } from '@/lib/i18n/validation';
import { z } from 'zod';

const pair = z.object({ jurorId: z.coerce.number().int().positive(), nominationId: z.coerce.number().int().positive() });

/** The assignment preview and save: target per nomination, pins and exclusions set by hand. */
export const assignmentSchema = z.object({
  cycleId: z.coerce.number().int().positive(),
  /** 'all' = every juror without a conflict; otherwise a number of jurors per nomination. */
  jurorsPerNomination: z.union([
    z.literal('all'),
    z.coerce
      .number({ error: vk('valAssignment.perNominationInteger') })
      .int({ error: vk('valAssignment.perNominationInteger') })
      .min(1, { error: vk('valAssignment.perNominationMin') })
      .max(50, { error: vk('valAssignment.perNominationMax') }),
  ]),
  pins: z.array(pair).max(5000).default([]),
  exclusions: z.array(pair).max(5000).default([]),
});
export type AssignmentFormInput = z.input<typeof assignmentSchema>;

export const reminderSchema = z.object({
  cycleId: z.coerce.number().int().positive(),
  jurorIds: z.array(z.coerce.number().int().positive()).min(1, { error: vk('valAssignment.reminderJurors') }).max(500),
});
export type ReminderInput = z.input<typeof reminderSchema>;
