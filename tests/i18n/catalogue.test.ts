import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import { CATALOGUE_PARTS, CATALOGUES } from '@/messages';
import sv from '@/messages/sv.json';
import { compareCatalogues, flattenCatalogue, placeholdersOf } from '@/lib/i18n/catalogue';
import { MESSAGES } from '@/lib/errors';

describe('the message catalogues', () => {
  it('hold the same keys with the same placeholders in Swedish and English', () => {
    expect(compareCatalogues({ sv: CATALOGUES.sv, en: CATALOGUES.en })).toEqual([]);
    for (const part of Object.keys(CATALOGUE_PARTS.sv)) {
      expect(compareCatalogues({ sv: CATALOGUE_PARTS.sv[part], en: CATALOGUE_PARTS.en[part] }), part).toEqual([]);
    }
    expect(Object.keys(flattenCatalogue(sv)).length).toBeGreaterThan(100);
  });

  it('no two files of a language share a top-level key (one would hide the other)', () => {
    for (const lang of ['sv', 'en'] as const) {
      const seen = new Map<string, string>();
      for (const [part, catalogue] of Object.entries(CATALOGUE_PARTS[lang])) {
        for (const key of Object.keys(catalogue)) {
          expect(seen.get(key), `${lang}: ${key} in ${part} and ${seen.get(key)}`).toBeUndefined();
          seen.set(key, part);
        }
      }
    }
  });

  it('name a key that exists in one language only, and a placeholder that differs', () => {
    const a = { page: { title: 'Hej {name}', lead: 'Läs <link>mer</link>', only: 'bara svenska' }, list: ['ett', 'två'] };
    const b = { page: { title: 'Hello {person}', lead: 'Read more' }, list: ['one'], extra: 'x' };
    expect(compareCatalogues({ sv: a, en: b })).toEqual([
      'extra: missing in sv',
      'list.1: missing in en',
      'page.lead: placeholders differ (sv: <link>; en: none)',
      'page.only: missing in en',
      'page.title: placeholders differ (sv: {name}; en: {person})',
    ]);
  });

  it('reads ICU arguments and rich-text tags', () => {
    expect(placeholdersOf('{count, plural, one {# tecken} other {# tecken}} av {max}, <link>läs</link>')).toEqual(['<link>', '{count}', '{max}']);
  });

  it('keep the Swedish action errors identical to lib/errors MESSAGES, with an English text for each', () => {
    expect(sv.actionErrors).toEqual(MESSAGES);
    expect(Object.keys(en.actionErrors).sort()).toEqual(Object.keys(MESSAGES).sort());
  });
});
