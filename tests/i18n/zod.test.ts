import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { installZodMessages, zodMessage } from '@/lib/i18n/zod';

const messages = (schema: z.ZodType, input: unknown) => (schema.safeParse(input).error?.issues ?? []).map((i) => i.message);

describe('zod messages in the reader’s language', () => {
  afterAll(() => z.config({ localeError: undefined }));

  it('answers common checks in Swedish and in English', () => {
    const schema = z.object({ name: z.string().min(1).max(5), email: z.email(), age: z.number().min(18), role: z.enum(['a', 'b']) });
    const input = { name: 'för långt namn', email: 'nope', age: 3, role: 'c' };
    installZodMessages('sv');
    expect(messages(schema, input)).toEqual(['Skriv högst 5 tecken.', 'Skriv e-postadressen i formen namn@exempel.se.', 'Värdet måste vara minst 18.', 'Välj ett av alternativen.']);
    installZodMessages('en');
    expect(messages(schema, input)).toEqual(['Write at most 5 characters.', 'Write the e-mail address as name@example.com.', 'The value must be at least 18.', 'Choose one of the options.']);
    expect(messages(schema, { ...input, name: '' })[0]).toBe('Fill in the field.');
  });

  it('says "fill in" for a missing value and never overrides a schema’s own message', () => {
    installZodMessages('sv');
    expect(messages(z.object({ a: z.string() }), {})).toEqual(['Fyll i fältet.']);
    expect(messages(z.string().min(3, { error: 'Egen text.' }), 'x')).toEqual(['Egen text.']);
    expect(zodMessage({ code: 'too_small', origin: 'string', minimum: 3 }, 'en')).toBe('Write at least 3 characters.');
  });
});
