import { vk } from '@/lib/i18n/validation';
import { z } from 'zod';

/** Self-registration of a municipality contact for a cycle whose applications are open. */
export const registrationSchema = z.object({
  cycleId: z.coerce.number({ error: vk('valCommon.chooseCycle') }).int().positive({ error: vk('valCommon.chooseCycle') }),
  kommunkod: z.string().regex(/^\d{4}$/, { error: vk('valRegistration.kommunkod') }),
  name: z.string().trim().min(2, { error: vk('valRegistration.name') }).max(120, { error: vk('valCommon.name120') }),
  title: z.string().trim().min(2, { error: vk('valRegistration.role') }).max(120, { error: vk('valRegistration.roleMax') }),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, { error: vk('valRegistration.email') })
    .max(200, { error: vk('valCommon.emailTooLong') })
    .pipe(z.email({ error: vk('valCommon.emailFormatMunicipality') })),
});

export type RegistrationInput = z.input<typeof registrationSchema>;

export const decideRegistrationSchema = z.object({
  cycleId: z.number().int().positive(),
  registrationId: z.number().int().positive(),
});
