import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { flattenCatalogue } from '@/lib/i18n/catalogue';
import { runInLocale } from '@/lib/i18n/server-locale';
import { setTranslatorSource, translateMessage, translatorFor, vt } from '@/lib/i18n/validation';
import { missingForSubmission, emptyAnswers, uploadMetaSchema, applicationAnswersSchema } from '@/lib/validation/application';
import { readStockholm } from '@/lib/validation/cycle';
import { parseInviteCsv } from '@/lib/validation/invitation';
import { resetPasswordSchema } from '@/lib/validation/password';
import { rubricSchema } from '@/lib/validation/rubric';
import { saveScoreSchema } from '@/lib/validation/scoring';
import { CATALOGUES } from '@/messages';

const root = path.resolve(__dirname, '../..');
const flat = { sv: flattenCatalogue(CATALOGUES.sv), en: flattenCatalogue(CATALOGUES.en) };

/** Every .ts file under a folder of lib/. */
function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => path.join(root, dir, f));
}

/** The keys named in vk('…') and vt('…'); a key built from a template (vk(`valRubric.${of}Max`)) as a pattern. */
function keysUsed(files: string[]): { literal: Set<string>; patterns: Set<string> } {
  const literal = new Set<string>();
  const patterns = new Set<string>();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bv[kt]\(\s*'([^']+)'/g)) literal.add(m[1]);
    for (const m of text.matchAll(/\bv[kt]\(\s*([^,)]*\?[^,)]*)/g)) for (const k of m[1].matchAll(/'(val[A-Z][\w.]+)'/g)) literal.add(k[1]);
    for (const m of text.matchAll(/\bv[kt]\(\s*`([^`]+)`/g)) patterns.add(m[1]);
  }
  return { literal, patterns };
}

const englishSource = translatorFor('en', CATALOGUES.en);
const messagesOf = (r: { success: boolean; error?: { issues: { message: string }[] } }) => (r.error?.issues ?? []).map((i) => i.message);

describe('validation messages from the catalogue', () => {
  afterEach(() => setTranslatorSource(() => undefined));

  it('every key used in lib/validation, lib/actions and lib/loaders exists in Swedish and in English', () => {
    const { literal, patterns } = keysUsed([...sources('lib/validation'), ...sources('lib/actions'), ...sources('lib/loaders'), ...sources('lib/domain')]);
    expect(literal.size).toBeGreaterThan(150);
    const missing = [...literal].flatMap((key) => (['sv', 'en'] as const).filter((l) => !(key in flat[l])).map((l) => `${key} (${l})`));
    expect(missing).toEqual([]);
    for (const pattern of patterns) {
      const re = new RegExp(`^${pattern.replace(/\./g, '\\.').replace(/\$\{[^}]+\}/g, '\\w+')}$`);
      expect(Object.keys(flat.sv).filter((k) => re.test(k)).length, pattern).toBeGreaterThan(0);
      expect(Object.keys(flat.en).filter((k) => re.test(k)).length, pattern).toBeGreaterThan(0);
    }
  });

  it('no Swedish text is left in the schemas’ messages (error options and issues)', () => {
    const offenders = sources('lib/validation').flatMap((file) => {
      const text = fs.readFileSync(file, 'utf8');
      return [...text.matchAll(/(?:error|message):\s*['`][^'`]*['`]/g)].map((m) => `${path.basename(file)}: ${m[0]}`);
    });
    expect(offenders).toEqual([]);
  });

  it('answers in Swedish by default, word for word as before', () => {
    expect(messagesOf(saveScoreSchema.safeParse({ nominationId: 1, criterionId: 1, value: 'x', revision: 0 }))).toEqual(['Välj ett värde på skalan.']);
    expect(messagesOf(uploadMetaSchema.safeParse({ nominationId: 'x', type: 'vision', title: 'T' }))).toEqual(['Ansökan saknas.']);
    const long = applicationAnswersSchema.safeParse({ ...emptyAnswers(), goals: 'x'.repeat(3001) });
    expect(messagesOf(long)).toEqual([`Texten får vara högst ${(3000).toLocaleString('sv-SE')} tecken. Korta den.`]);
  });

  it('answers in English for an English reader on the server (a server action runs in the caller’s language)', () => {
    const bad = { nominationId: 1, criterionId: 1, value: 'x', revision: 0 };
    expect(runInLocale('en', () => messagesOf(saveScoreSchema.safeParse(bad)))).toEqual(['Choose a value on the scale.']);
    expect(runInLocale('sv', () => messagesOf(saveScoreSchema.safeParse(bad)))).toEqual(['Välj ett värde på skalan.']);
    // Outside a call the server answers in Swedish again.
    expect(messagesOf(saveScoreSchema.safeParse(bad))).toEqual(['Välj ett värde på skalan.']);
    const pair = runInLocale('en', () => messagesOf(resetPasswordSchema.safeParse({ token: 'x'.repeat(20), password: 'a sentence of words', confirm: 'another one' })));
    expect(pair).toEqual(['The passwords do not match. Type the same password twice.']);
  });

  it('answers in English in the browser once the page installs English (components/layout/zod-locale.tsx)', () => {
    setTranslatorSource(() => englishSource);
    const rubric = rubricSchema.safeParse({ cycleId: 1, scaleMin: 'x', scaleMax: 3, areas: [] });
    expect(messagesOf(rubric)).toEqual(['Enter the lowest value of the scale as a whole number.', 'The template needs at least one area.']);
    const long = applicationAnswersSchema.safeParse({ ...emptyAnswers(), goals: 'x'.repeat(3001) });
    expect(messagesOf(long)).toEqual(['The text may be at most 3,000 characters. Shorten it.']);
    expect(readStockholm('2030-01-01', '7.30')).toBe('Write the time as HH:MM, e.g. 23:59.');
  });

  it('builds the texts with values (numbers, lists, the pasted value) in the reader’s language', () => {
    const missing = (answers = emptyAnswers()) => missingForSubmission(answers, 0, { present: [], required: ['vision', 'arsredovisning'] }).map((m) => m.message);
    expect(missing()).toContain('Beskriv demokrati med minst 200 tecken (nu 0).');
    expect(missing()).toContain('Ladda upp dokumenttyperna: Vision, Årsredovisning.');
    setTranslatorSource(() => englishSource);
    expect(missing()).toContain('Describe democracy in at least 200 characters (now 0).');
    expect(missing()).toContain('Upload the document types: Vision, Annual report.');
    expect(parseInviteCsv('municipality', 'a@b.se;12x')[0].errors).toEqual(['The municipality code “12x” should be four digits.']);
  });

  it('passes a text that is not a key through unchanged, and translates one that is', () => {
    expect(translateMessage('Något annat gick fel.')).toBe('Något annat gick fel.');
    expect(translateMessage('valScoring.chooseValue')).toBe('Välj ett värde på skalan.');
    setTranslatorSource(() => englishSource);
    expect(translateMessage('valScoring.chooseValue')).toBe('Choose a value on the scale.');
    expect(vt('valPassword.min', { min: 12 })).toBe('Choose a password of at least 12 characters.');
  });
});
