import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import sv from '@/messages/sv.json';
import { compareCatalogues, flattenCatalogue, placeholdersOf } from '@/lib/i18n/catalogue';
import { MESSAGES } from '@/lib/errors';

describe('the message catalogues', () => {
  it('hold the same keys with the same placeholders in Swedish and English', () => {
    expect(compareCatalogues({ sv, en })).toEqual([]);
    expect(Object.keys(flattenCatalogue(sv)).length).toBeGreaterThan(100);
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
