import { describe, expect, it } from 'vitest';
import {
  LIMITS,
  applicationAnswersSchema,
  emptyAnswers,
  missingForSubmission,
  requiredDocumentTypesOf,
  normalizeAnswers,
  uploadMetaSchema,
} from '@/lib/validation/application';
import { completeAnswers } from '../helpers/application-fixture';

describe('applicationAnswersSchema', () => {
  it('accepts an empty draft and a complete application', () => {
    expect(applicationAnswersSchema.safeParse(emptyAnswers()).success).toBe(true);
    expect(applicationAnswersSchema.safeParse(completeAnswers()).success).toBe(true);
  });

  it('refuses a self-description over the limit with a Swedish message on that field', () => {
    const a = emptyAnswers();
    a.selfDescription.service = 'x'.repeat(LIMITS.areaMax + 1);
    const r = applicationAnswersSchema.safeParse(a);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].path).toEqual(['selfDescription', 'service']);
    expect(r.error?.issues[0].message).toMatch(/högst 4\s000 tecken/);
    a.selfDescription.service = 'x'.repeat(LIMITS.areaMax);
    expect(applicationAnswersSchema.safeParse(a).success).toBe(true);
  });

  it('refuses a malformed e-mail but allows an empty one in a draft', () => {
    const a = emptyAnswers();
    a.contacts[0].email = 'inte-en-adress';
    expect(applicationAnswersSchema.safeParse(a).error?.issues[0].message).toMatch(/namn@kommun\.se/);
    a.contacts[0].email = '';
    expect(applicationAnswersSchema.safeParse(a).success).toBe(true);
  });

  it('refuses more than the allowed number of contacts', () => {
    const a = emptyAnswers();
    a.contacts = Array.from({ length: LIMITS.contactsMax + 1 }, () => ({ name: 'A', role: '', email: '', phone: '' }));
    expect(applicationAnswersSchema.safeParse(a).success).toBe(false);
  });
});

describe('missingForSubmission', () => {
  it('lists every missing part of an empty application, including documents', () => {
    const fields = missingForSubmission(emptyAnswers(), 0).map((m) => m.field);
    expect(fields).toEqual([
      'contacts.0.name',
      'contacts.0.email',
      'selfDescription.democracy',
      'selfDescription.service',
      'selfDescription.work_environment',
      'selfDescription.community_building',
      'goals',
      'followUp',
      'keyFacts.inhabitants',
      'dokument',
    ]);
  });

  it('is empty for a complete application with a document, and names a short area with its length', () => {
    expect(missingForSubmission(completeAnswers(), 1)).toEqual([]);
    const a = completeAnswers();
    a.selfDescription.democracy = 'Kort.';
    expect(missingForSubmission(a, 1)).toEqual([
      { field: 'selfDescription.democracy', message: expect.stringMatching(/minst 200 tecken \(nu 5\)/) },
    ]);
  });
});

describe('normalizeAnswers', () => {
  it('reads the demo shape (selfDescription + goals) and fills the rest with empty values', () => {
    const a = normalizeAnswers({ selfDescription: { democracy: 'Dialog' }, goals: 'Bäst', unknown: 1 });
    expect(a.selfDescription.democracy).toBe('Dialog');
    expect(a.goals).toBe('Bäst');
    expect(a.contacts).toHaveLength(1);
    expect(applicationAnswersSchema.safeParse(a).success).toBe(true);
    expect(normalizeAnswers(null)).toEqual(emptyAnswers());
  });
});

describe('uploadMetaSchema', () => {
  it('requires a known type and a title without control characters', () => {
    expect(uploadMetaSchema.safeParse({ nominationId: '3', type: 'vision', title: 'Vision 2035' }).success).toBe(true);
    expect(uploadMetaSchema.safeParse({ nominationId: '3', type: 'exe', title: 'x' }).success).toBe(false);
    expect(uploadMetaSchema.safeParse({ nominationId: '3', type: 'vision', title: 'a\u0000b' }).success).toBe(false);
    expect(uploadMetaSchema.safeParse({ nominationId: '3', type: 'vision', title: '  ' }).success).toBe(false);
  });
});

describe('required document types', () => {
  it('lists the required types that are missing, in one message', () => {
    const missing = missingForSubmission(completeAnswers(), 1, { present: ['vision'], required: ['vision', 'arsredovisning', 'kvalitetspolicy'] });
    expect(missing).toEqual([{ field: 'dokument', message: 'Ladda upp dokumenttyperna: Årsredovisning, Kvalitetspolicy.' }]);
    expect(missingForSubmission(completeAnswers(), 2, { present: ['vision', 'arsredovisning'], required: ['arsredovisning'] })).toEqual([]);
  });
  it('reads the setting from the cycle, ignoring what is not a known type', () => {
    expect(requiredDocumentTypesOf({ requiredDocumentTypes: ['vision', 'vision', 'arsredovisning'] })).toEqual(['vision', 'arsredovisning']);
    expect(requiredDocumentTypesOf({ requiredDocumentTypes: ['okänd'] })).toEqual([]);
    expect(requiredDocumentTypesOf({})).toEqual([]);
  });
});
