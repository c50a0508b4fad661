import { vk, vt } from '@/lib/i18n/validation';
import { z } from 'zod';
import { DOCUMENT_TYPES, type DocumentType } from '@/lib/domain/document-types';

/** The document types, for the upload form (components never import db/ themselves). */
export { DOCUMENT_TYPES, type DocumentType };

/**
 * The municipality's application form: one schema used by the form in the browser
 * (react-hook-form) and by the server actions. A draft may be incomplete; the
 * limits (lengths, number of contacts) always hold. What a submission needs on top
 * of that is listed by missingForSubmission().
 */

// The areas and limits the form shows live apart (zod-free), so the form does not send zod with the page.
export * from './application-limits';
import { APPLICATION_AREAS, LIMITS } from './application-limits';

const tooLong = (max: number) => ({ error: vk('valApplication.textTooLong', { max }) });

const text = (max: number) => z.string().max(max, tooLong(max));

export const contactSchema = z.object({
  name: text(120),
  role: text(120),
  email: z
    .string()
    .trim()
    .max(200, tooLong(200))
    .refine((v) => v === '' || z.email().safeParse(v).success, { error: vk('valCommon.emailFormatMunicipality') }),
  phone: z
    .string()
    .trim()
    .max(40, tooLong(40))
    .refine((v) => v === '' || /^[+0-9 ()-]{5,40}$/.test(v), { error: vk('valApplication.contactPhone') }),
});

export type ContactInput = z.infer<typeof contactSchema>;

export const applicationAnswersSchema = z.object({
  contacts: z.array(contactSchema).max(LIMITS.contactsMax, { error: vk('valApplication.contactsMax', { max: LIMITS.contactsMax }) }),
  selfDescription: z.object({
    democracy: text(LIMITS.areaMax),
    service: text(LIMITS.areaMax),
    work_environment: text(LIMITS.areaMax),
    community_building: text(LIMITS.areaMax),
  }),
  goals: text(LIMITS.goalsMax),
  followUp: text(LIMITS.followUpMax),
  keyFacts: z.object({
    inhabitants: text(LIMITS.keyFactMax),
    employees: text(LIMITS.keyFactMax),
    budget: text(LIMITS.keyFactMax),
    other: text(LIMITS.keyFactsOtherMax),
  }),
});

export type ApplicationAnswers = z.infer<typeof applicationAnswersSchema>;

export function emptyAnswers(): ApplicationAnswers {
  return {
    contacts: [{ name: '', role: '', email: '', phone: '' }],
    selfDescription: { democracy: '', service: '', work_environment: '', community_building: '' },
    goals: '',
    followUp: '',
    keyFacts: { inhabitants: '', employees: '', budget: '', other: '' },
  };
}

/**
 * Reads whatever is stored (older drafts, demo data with other keys) into the
 * current shape, never throwing: unknown keys are dropped, missing ones are empty.
 */
export function normalizeAnswers(raw: unknown): ApplicationAnswers {
  const base = emptyAnswers();
  const r = (raw ?? {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const sd = (r.selfDescription ?? {}) as Record<string, unknown>;
  const kf = (r.keyFacts ?? {}) as Record<string, unknown>;
  const contacts = Array.isArray(r.contacts)
    ? (r.contacts as Record<string, unknown>[]).slice(0, LIMITS.contactsMax).map((c) => ({
        name: str(c?.name),
        role: str(c?.role),
        email: str(c?.email),
        phone: str(c?.phone),
      }))
    : base.contacts;
  return {
    contacts: contacts.length > 0 ? contacts : base.contacts,
    selfDescription: {
      democracy: str(sd.democracy),
      service: str(sd.service),
      work_environment: str(sd.work_environment),
      community_building: str(sd.community_building),
    },
    goals: str(r.goals),
    followUp: str(r.followUp),
    keyFacts: { inhabitants: str(kf.inhabitants), employees: str(kf.employees), budget: str(kf.budget), other: str(kf.other) },
  };
}

export const saveDraftSchema = z.object({
  nominationId: z.number().int().positive(),
  /** The nominations.updatedAt the form last saw; a save against a newer version is refused. */
  expectedUpdatedAt: z.string().min(1),
  answers: applicationAnswersSchema,
});

export const submitApplicationSchema = z.object({
  nominationId: z.number().int().positive(),
  expectedUpdatedAt: z.string().min(1),
});

export const deleteDocumentSchema = z.object({
  documentId: z.number().int().positive(),
});

export const uploadMetaSchema = z.object({
  nominationId: z.coerce.number({ error: vk('valApplication.applicationMissing') }).int({ error: vk('valApplication.applicationMissing') }).positive({ error: vk('valApplication.applicationMissing') }),
  type: z.enum(DOCUMENT_TYPES, { error: vk('valApplication.documentType') }),
  title: z
    .string()
    .trim()
    .min(1, { error: vk('valApplication.documentTitle') })
    .max(200, tooLong(200))
    .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), { error: vk('valApplication.titleCharacters') }),
  /** The document this upload replaces, in one step (the old one goes when the new one is stored). */
  replaces: z.coerce.number().int().positive({ error: vk('valApplication.replacedMissing') }).optional(),
});

/** One missing item: the field it concerns (for the error summary's link) and what to do. */
export type Missing = { field: string; message: string };

/**
 * The document types a cycle requires before an application can be submitted
 * (`cycles.settings.requiredDocumentTypes`, set by the organiser); none by default,
 * when at least one document of any type is enough.
 */
export const requiredDocumentTypesSchema = z.array(z.enum(DOCUMENT_TYPES)).max(DOCUMENT_TYPES.length);

export function requiredDocumentTypesOf(settings: Record<string, unknown> | null | undefined): DocumentType[] {
  const parsed = requiredDocumentTypesSchema.safeParse(settings?.requiredDocumentTypes);
  return parsed.success ? [...new Set(parsed.data)] : [];
}

/** Everything a submission still lacks; empty when the application can be submitted. */
export function missingForSubmission(
  answers: ApplicationAnswers,
  documentCount: number,
  documentTypes: { present: readonly DocumentType[]; required: readonly DocumentType[] } = { present: [], required: [] },
): Missing[] {
  const out: Missing[] = [];
  const first = answers.contacts[0];
  if (!first || !first.name.trim()) out.push({ field: 'contacts.0.name', message: vt('valApplication.missingContactName') });
  if (!first || !first.email.trim()) out.push({ field: 'contacts.0.email', message: vt('valApplication.missingContactEmail') });
  for (const area of APPLICATION_AREAS) {
    const len = answers.selfDescription[area.key].trim().length;
    if (len < LIMITS.areaMin)
      out.push({
        field: `selfDescription.${area.key}`,
        message: vt('valApplication.missingArea', { area: vt(`valApplicationAreas.${area.key}`), min: LIMITS.areaMin, length: len }),
      });
  }
  if (answers.goals.trim().length < LIMITS.goalsMin)
    out.push({ field: 'goals', message: vt('valApplication.missingGoals', { min: LIMITS.goalsMin }) });
  if (answers.followUp.trim().length < LIMITS.followUpMin)
    out.push({ field: 'followUp', message: vt('valApplication.missingFollowUp', { min: LIMITS.followUpMin }) });
  if (!answers.keyFacts.inhabitants.trim()) out.push({ field: 'keyFacts.inhabitants', message: vt('valApplication.missingInhabitants') });
  const lacking = documentTypes.required.filter((t) => !documentTypes.present.includes(t));
  if (lacking.length > 0) {
    out.push({ field: 'dokument', message: vt(lacking.length === 1 ? 'valApplication.missingDocumentType' : 'valApplication.missingDocumentTypes', { types: lacking.map((t) => vt(`valDocumentTypes.${t}`)).join(', ') }) });
  } else if (documentCount < 1) out.push({ field: 'dokument', message: vt('valApplication.missingDocument') });
  return out;
}
