/**
 * Small text helpers for the motivation drafts: Swedish number and list formatting,
 * short quotes cut at a word boundary, and the lexicons that recognise a steering model,
 * a way of following up goals, and mentions of politicians, officials and staff.
 * Pure: no database, no clock.
 */

/** 4.66 → "4,7" (one decimal, Swedish comma). */
export function decimalSv(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1).replace('.', ',');
}

/** 86.4 → "86". */
export function wholeSv(value: number): string {
  return String(Math.round(value));
}

/** ["a"] → "a"; ["a","b"] → "a och b"; ["a","b","c"] → "a, b och c". */
export function listSv(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}

/** "Umeå" → "Umeås", "Borås" → "Borås" (no extra s after s, x or z). */
export function genitiveSv(name: string): string {
  return /[sxz]$/iu.test(name) ? name : `${name}s`;
}

/** "Service och verksamheter" → "service och verksamheter" (for use inside a sentence). */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('sv-SE') + text.slice(1);
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A short quote from a longer text: its first sentence, cut at a word boundary after at most
 * `maxWords` words (no ellipsis inside the quotation marks; the quote is what the text says).
 * Trailing punctuation is dropped so the quote can sit inside a sentence. Empty when the text is.
 */
export function shortQuote(text: string, maxWords = 14): string {
  const flat = collapse(text.replace(/[”“"«»]/g, ''));
  if (!flat) return '';
  const first = flat.split(/(?<=[.!?])\s+/)[0];
  const words = first.split(' ');
  const cut = words.slice(0, maxWords).join(' ');
  return cut.replace(/[\s.,;:!?–-]+$/u, '');
}

/**
 * A goal the municipality names itself: "… har som mål att vara X." → "att vara X";
 * otherwise the first sentence as a short quote.
 */
export function namedGoal(goals: string): string {
  const flat = collapse(goals);
  if (!flat) return '';
  const m = /\bmål(?:et|en)?\s+(?:är\s+)?(att\s+[^.!?]+)/iu.exec(flat);
  return shortQuote(m ? m[1] : flat, 16);
}

type Lexeme = { pattern: RegExp; phrase: string };

/** Steering models named in applications, and how a draft names them. */
export const STEERING_MODELS: readonly Lexeme[] = [
  { pattern: /tillitsbaserad/iu, phrase: 'tillitsbaserad styrning' },
  { pattern: /mål- och resultatstyrning|målstyrning|resultatstyrning/iu, phrase: 'mål- och resultatstyrning' },
  { pattern: /balanserade? styrkort/iu, phrase: 'balanserade styrkort' },
  { pattern: /\blean\b/iu, phrase: 'Lean' },
  { pattern: /ledningssystem/iu, phrase: 'ett samlat ledningssystem' },
  { pattern: /ständiga förbättringar|ständig förbättring/iu, phrase: 'ständiga förbättringar' },
  { pattern: /medborgardialog/iu, phrase: 'medborgardialog' },
];

/** Ways of following up goals, and how a draft names them. */
export const FOLLOW_UP_TERMS: readonly Lexeme[] = [
  { pattern: /tertial/iu, phrase: 'varje tertial' },
  { pattern: /kvartal/iu, phrase: 'varje kvartal' },
  { pattern: /månad/iu, phrase: 'varje månad' },
  { pattern: /delår/iu, phrase: 'i delårsrapporterna' },
  { pattern: /nyckeltal|kolada/iu, phrase: 'med nyckeltal' },
  { pattern: /medborgarundersökning|brukarundersökning|enkät/iu, phrase: 'med återkommande undersökningar' },
  { pattern: /årlig|varje år|årsredovisning/iu, phrase: 'årligen' },
  { pattern: /dialog/iu, phrase: 'i återkommande dialoger' },
];

/** The parties of the interplay the jury looks for, and the word a draft uses for each. */
export const INTERPLAY_PARTIES: readonly Lexeme[] = [
  { pattern: /politiker|förtroendevald|politisk/iu, phrase: 'politiker' },
  { pattern: /tjänsteperson|tjänstem[aä]n|förvaltning/iu, phrase: 'tjänstepersoner' },
  { pattern: /medarbetare|personal/iu, phrase: 'medarbetare' },
];

/** The phrases of the lexicon whose pattern occurs in the text, in lexicon order. */
export function phrasesIn(text: string, lexicon: readonly Lexeme[]): string[] {
  return lexicon.filter((l) => l.pattern.test(text)).map((l) => l.phrase);
}

/** Text normalised for the evidence check: lower case, no quotation marks, single spaces. */
export function normaliseForMatch(text: string): string {
  return collapse(text.replace(/[”“"«»]/g, '').toLocaleLowerCase('sv-SE'));
}
