import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@/messages';

// The export page names each dataset from the catalogue (cycleExport.datasets), so an English
// organiser reads English names and descriptions; the datasets themselves carry no text.
const { DATASET_KEYS } = await import('@/lib/exports/datasets');
type Named = { label: string; description: string };
const datasetsIn = (locale: 'sv' | 'en') => (CATALOGUES[locale].cycleExport as { datasets: Record<string, Named> }).datasets;

describe('export dataset names', () => {
  it('every dataset has a name and a description in Swedish and in English', () => {
    for (const locale of ['sv', 'en'] as const) {
      const named = datasetsIn(locale);
      expect(Object.keys(named).sort()).toEqual([...DATASET_KEYS].sort());
      for (const key of DATASET_KEYS) {
        expect(named[key].label.length).toBeGreaterThan(3);
        expect(named[key].description.length).toBeGreaterThan(10);
      }
    }
  });

  it('the English ones are English (no Swedish letters), the Swedish ones as before', () => {
    for (const key of DATASET_KEYS) expect(`${datasetsIn('en')[key].label} ${datasetsIn('en')[key].description}`).not.toMatch(/[åäöÅÄÖ]/);
    expect(datasetsIn('sv').poang.label).toBe('Poäng per kriterium (råa)');
    expect(datasetsIn('en').poang.label).not.toBe(datasetsIn('sv').poang.label);
  });
});
