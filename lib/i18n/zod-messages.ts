/**
 * The message for one zod issue from a catalogue's "zod" section. Pure and free of
 * imports, so the browser can use it with the messages it already has (see
 * components/layout/zod-locale.tsx) without loading zod or both catalogues.
 */
export type ZodMessages = {
  required: string;
  tooShort: string;
  tooLong: string;
  tooSmall: string;
  tooBig: string;
  email: string;
  number: string;
  choose: string;
  invalid: string;
};

export type ZodIssueLike = { code?: string; origin?: string; minimum?: unknown; maximum?: unknown; format?: string; expected?: string; input?: unknown };

const fill = (template: string, values: Record<string, unknown>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

export function zodMessageFrom(issue: ZodIssueLike, m: ZodMessages): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null || issue.input === '') return m.required;
      return issue.expected === 'number' ? m.number : m.invalid;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? m.required : fill(m.tooShort, { min: issue.minimum });
      if (issue.origin === 'array' || issue.origin === 'set') return Number(issue.minimum) <= 1 ? m.choose : fill(m.tooSmall, { min: issue.minimum });
      return fill(m.tooSmall, { min: issue.minimum });
    case 'too_big':
      return issue.origin === 'string' ? fill(m.tooLong, { max: issue.maximum }) : fill(m.tooBig, { max: issue.maximum });
    case 'invalid_format':
      return issue.format === 'email' ? m.email : m.invalid;
    case 'invalid_value':
      return m.choose;
    default:
      return m.invalid;
  }
}
