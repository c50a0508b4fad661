/**
 * The message for one zod issue from a catalogue's "zod" section, through a translator of that
 * section (the build compiles the catalogues, see next.config.ts, so a message is formatted by
 * next-intl, never filled in by hand). Pure and free of imports, so the browser can use it with
 * the messages it already has (see components/layout/zod-locale.tsx) without loading zod or
 * both catalogues.
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

/** One message of the "zod" section, formatted with these values. */
export type ZodTranslate = (key: keyof ZodMessages, values?: Record<string, string>) => string;

export function zodMessageFrom(issue: ZodIssueLike, t: ZodTranslate): string {
  // The limits as zod gives them (digits, no grouping), as the messages have always shown them.
  const fill = (key: keyof ZodMessages, values: Record<string, unknown>) => t(key, Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v ?? '')])));
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null || issue.input === '') return t('required');
      return issue.expected === 'number' ? t('number') : t('invalid');
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? t('required') : fill('tooShort', { min: issue.minimum });
      if (issue.origin === 'array' || issue.origin === 'set') return Number(issue.minimum) <= 1 ? t('choose') : fill('tooSmall', { min: issue.minimum });
      return fill('tooSmall', { min: issue.minimum });
    case 'too_big':
      return issue.origin === 'string' ? fill('tooLong', { max: issue.maximum }) : fill('tooBig', { max: issue.maximum });
    case 'invalid_format':
      return issue.format === 'email' ? t('email') : t('invalid');
    case 'invalid_value':
      return t('choose');
    default:
      return t('invalid');
  }
}
