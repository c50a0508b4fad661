import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { CurrentUser } from '@/lib/auth/session';
import { UserError } from '@/lib/errors';
import { vk, vt } from '@/lib/i18n/validation';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));
// The language a user chose earlier (users.locale): user 2 reads English.
vi.mock('@/lib/i18n/preferences', () => ({ userLocale: (id: number) => (id === 2 ? 'en' : 'sv') }));

const { defineAction } = await import('@/lib/actions/define-action');
const { freshDatabase } = await import('../helpers/db');
freshDatabase('action-language');

const swede: CurrentUser = { id: 1, email: 'a@example.org', name: 'A', role: 'organiser', organisation: null, kommunkod: null, municipalityName: null, isDemo: true };
const english: CurrentUser = { ...swede, id: 2, email: 'b@example.org' };

const score = defineAction({
  name: 'test.language.score',
  roles: ['organiser'],
  schema: z.object({ value: z.number({ error: vk('valScoring.chooseValue') }), name: z.string().min(3) }),
  handler: () => {
    throw new UserError(vt('valCycle.phaseTwice'), 409, { name: vt('valCommon.name120') });
  },
});

describe('a server action answers in its caller’s language', () => {
  it('gives the schema’s field errors, and zod’s own, in Swedish or English', async () => {
    current.user = swede;
    const sv = await score({ value: 'x', name: 'a' });
    expect(sv).toMatchObject({ ok: false, fieldErrors: { value: 'Välj ett värde på skalan.', name: 'Skriv minst 3 tecken.' } });
    current.user = english;
    const en = await score({ value: 'x', name: 'a' });
    expect(en).toMatchObject({ ok: false, fieldErrors: { value: 'Choose a value on the scale.', name: 'Write at least 3 characters.' } });
  });

  it('gives the handler’s own messages in the caller’s language', async () => {
    current.user = english;
    expect(await score({ value: 1, name: 'abc' })).toEqual({ ok: false, error: 'The phase appears twice.', fieldErrors: { name: 'The name may be at most 120 characters.' } });
    current.user = swede;
    expect(await score({ value: 1, name: 'abc' })).toEqual({ ok: false, error: 'Fasen finns två gånger.', fieldErrors: { name: 'Namnet får vara högst 120 tecken.' } });
  });
});

describe('an action’s general answers in the caller’s language', () => {
  it('says "not allowed" and "check the fields" in English to an English user, in Swedish to a Swede', async () => {
    current.user = { ...english, role: 'juror' };
    expect(await score({ value: 1, name: 'abc' })).toEqual({ ok: false, error: 'You are not allowed to do this.' });
    current.user = english;
    expect(await score({ value: 'x', name: 'abc' })).toMatchObject({ ok: false, error: 'Check the marked fields and try again.' });
    current.user = { ...swede, role: 'juror' };
    expect(await score({ value: 1, name: 'abc' })).toEqual({ ok: false, error: 'Du har inte behörighet att göra detta.' });
  });
});

describe('a file route refuses in the language the file was asked for', () => {
  it('says "not signed in" in English for an English request and in Swedish otherwise', async () => {
    const { feedbackLetterFile } = await import('@/lib/loaders/reports');
    expect(await feedbackLetterFile(null, 1, new Date(), 'en')).toEqual({ ok: false, status: 401, error: 'You are not signed in. Sign in and try again.' });
    expect(await feedbackLetterFile(null, 1, new Date(), 'sv')).toEqual({ ok: false, status: 401, error: 'Du är inte inloggad. Logga in och försök igen.' });
  });
});
