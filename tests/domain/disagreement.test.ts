import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { disagreementReasonText, reasonNumber } from '@/lib/assessment/disagreement-text';
import { pdfTranslator } from '@/lib/reports/i18n';
import {
  flagDisagreements,
  leaveOneOutZ,
  type DisagreementCell,
  type DisagreementOptions,
} from '@/lib/domain/disagreement';
import { createRandom, shuffled } from '@/lib/domain/random';

/** A cell with jurors j1, j2, … giving the scores in order. */
function cell(scores: number[], nominationId: string | number = 'n1', areaKey = 'styrning'): DisagreementCell {
  return { nominationId, areaKey, ratings: scores.map((score, i) => ({ jurorId: `j${i + 1}`, score })) };
}

/** The reasons as the shortlist and the jury report say them (the domain returns data). */
function messages(scores: number[], opts?: DisagreementOptions, locale: 'sv' | 'en' = 'sv'): string[] {
  const flagged = flagDisagreements([cell(scores)], opts);
  return flagged.length === 0 ? [] : flagged[0].reasons.map((r) => disagreementReasonText(r, pdfTranslator(locale, 'rankAgreement'), locale));
}

describe('flagDisagreements — hand-computed cases', () => {
  const cases: { name: string; scores: number[]; opts?: DisagreementOptions; expected: string[] }[] = [
    { name: 'a single rating', scores: [10], expected: [] },
    { name: 'two close ratings', scores: [60, 70], expected: [] },
    { name: 'range 55 on 0–100', scores: [20, 75], expected: ['Spridning 55 poäng (≥ 50)'] },
    { name: 'range exactly 50 (boundary)', scores: [30, 80], expected: ['Spridning 50 poäng (≥ 50)'] },
    { name: 'range 49.5 is not enough', scores: [30, 79.5], expected: [] },
    {
      name: 'range 64.1 − 14.1, which is 49.99999999999999 in floating point',
      scores: [14.1, 64.1],
      expected: ['Spridning 50 poäng (≥ 50)'],
    },
    { name: 'a decimal range', scores: [10, 62.5, 40], expected: ['Spridning 52,5 poäng (≥ 50)'] },
    {
      // 60 vs others 40, 42, 44: mean 42, sd 2 → z = 9; 40: others mean 48.67, sd 9.87 → z = −0.88
      name: 'one juror far from three who agree closely',
      scores: [40, 42, 44, 60],
      expected: ['Avvikande bedömning: 60 poäng mot övrigas medel 42 (z = 9, gräns |z| ≥ 2)'],
    },
    { name: 'the same pattern with only 3 ratings (no z rule)', scores: [42, 44, 60], expected: [] },
    {
      // 10 vs 20, 30, 40: mean 30, sd 10 → z = −2; 40 vs 10, 20, 30 → z = 2 (the |z| ≥ 2 boundary)
      name: 'four evenly spaced scores: both ends at |z| = 2 exactly',
      scores: [10, 20, 30, 40],
      expected: [
        'Avvikande bedömning: 10 poäng mot övrigas medel 30 (z = −2, gräns |z| ≥ 2)',
        'Avvikande bedömning: 40 poäng mot övrigas medel 20 (z = 2, gräns |z| ≥ 2)',
      ],
    },
    {
      // 80 vs 50, 50, 50: sd 0 → z undefined, not flagged; 50 vs 50, 50, 80: z = −0.58
      name: 'the others agree exactly (sd 0): no z',
      scores: [50, 50, 50, 80],
      expected: [],
    },
    {
      // 0 vs 100, 50, 50, 50: mean 62.5, sd 25 → z = −2.5; 100 symmetric → z = 2.5; 50s → z = 0
      name: 'range and two outliers',
      scores: [0, 100, 50, 50, 50],
      expected: [
        'Spridning 100 poäng (≥ 50)',
        'Avvikande bedömning: 0 poäng mot övrigas medel 62,5 (z = −2,5, gräns |z| ≥ 2)',
        'Avvikande bedömning: 100 poäng mot övrigas medel 37,5 (z = 2,5, gräns |z| ≥ 2)',
      ],
    },
    {
      // 95 vs 70, 72, 74, 76: mean 73, sd √(20/3) = 2.582 → z = 22 / 2.582 = 8.52
      name: 'five ratings, one outlier',
      scores: [70, 72, 95, 74, 76],
      expected: ['Avvikande bedömning: 95 poäng mot övrigas medel 73 (z = 8,5, gräns |z| ≥ 2)'],
    },
    { name: 'scale 1–5: range 2 is half the scale', scores: [1, 3], opts: { scaleMin: 1, scaleMax: 5 }, expected: ['Spridning 2 poäng (≥ 2)'] },
    { name: 'scale 1–5: range 1.5 is not', scores: [1, 2.5], opts: { scaleMin: 1, scaleMax: 5 }, expected: [] },
    { name: 'own range threshold 30', scores: [40, 70], opts: { rangeThreshold: 30 }, expected: ['Spridning 30 poäng (≥ 30)'] },
    { name: 'own z threshold 3', scores: [10, 20, 30, 40], opts: { zThreshold: 3 }, expected: [] },
    {
      // 60 vs 40, 42: mean 41, sd √2 → z = 13.4; 40 → z = −0.86; 42 → z = −0.57
      name: 'z rule from 3 ratings when asked',
      scores: [40, 42, 60],
      opts: { minRatingsForZ: 3 },
      expected: ['Avvikande bedömning: 60 poäng mot övrigas medel 41 (z = 13,4, gräns |z| ≥ 2)'],
    },
  ];

  it.each(cases)('$name', ({ scores, opts, expected }) => {
    expect(messages(scores, opts)).toEqual(expected);
  });
});

describe('flagDisagreements — result shape', () => {
  it('gives both ends with their comments', () => {
    const [flagged] = flagDisagreements([
      {
        nominationId: 7,
        areaKey: 'resultat',
        ratings: [
          { jurorId: 1, score: 70, comment: 'Tydliga resultat.' },
          { jurorId: 2, score: 15, comment: 'Saknar mätningar.' },
          { jurorId: 3, score: 40 },
        ],
      },
    ]);
    expect(flagged).toEqual({
      nominationId: 7,
      areaKey: 'resultat',
      range: 55,
      reasons: [{ kind: 'range', range: 55, threshold: 50 }],
      lowest: [{ jurorId: 2, score: 15, comment: 'Saknar mätningar.' }],
      highest: [{ jurorId: 1, score: 70, comment: 'Tydliga resultat.' }],
    });
  });

  it('lists every juror on a tied end', () => {
    const [flagged] = flagDisagreements([cell([10, 80, 10])]);
    expect(flagged.lowest.map((r) => r.jurorId)).toEqual(['j1', 'j3']);
    expect(flagged.highest.map((r) => r.jurorId)).toEqual(['j2']);
  });

  it('reports the outlier juror, z and the others’ mean', () => {
    const [flagged] = flagDisagreements([cell([70, 72, 95, 74, 76])]);
    expect(flagged.reasons).toHaveLength(1);
    const reason = flagged.reasons[0];
    expect(reason.kind).toBe('outlier');
    if (reason.kind !== 'outlier') return;
    expect(reason.jurorId).toBe('j3');
    expect(reason.score).toBe(95);
    expect(reason.othersMean).toBe(73);
    expect(reason.z).toBeCloseTo(22 / Math.sqrt(20 / 3), 12);
    expect(flagged.lowest.map((r) => r.jurorId)).toEqual(['j1']);
    expect(flagged.highest.map((r) => r.jurorId)).toEqual(['j3']);
  });

  it('returns only flagged cells, in input order', () => {
    const result = flagDisagreements([
      cell([0, 90], 'a'),
      cell([50, 55], 'b'),
      cell([], 'c'),
      cell([10, 20, 30, 40], 'd'),
      cell([5, 60], 'e', 'ekonomi'),
    ]);
    expect(result.map((c) => `${c.nominationId}/${c.areaKey}`)).toEqual(['a/styrning', 'd/styrning', 'e/ekonomi']);
  });

  it('rejects scores outside the scale and a bad scale', () => {
    expect(() => flagDisagreements([cell([50, 101])])).toThrow(RangeError);
    expect(() => flagDisagreements([cell([-1, 50])])).toThrow(RangeError);
    expect(() => flagDisagreements([cell([NaN, 50])])).toThrow(RangeError);
    expect(() => flagDisagreements([cell([3, 4])], { scaleMin: 5, scaleMax: 5 })).toThrow(RangeError);
  });
});

describe('helpers', () => {
  it.each([
    [55, '55'],
    [52.5, '52,5'],
    [-2.5, '−2,5'],
    [8.5206, '8,5'],
    [-0.04, '0'],
    [0, '0'],
  ])('reasonNumber(%d, sv) = %s', (x, text) => {
    expect(reasonNumber(x, 'sv')).toBe(text);
  });

  it('says the reasons in English to an English reader, numbers with a decimal point', () => {
    expect(messages([10, 62.5, 40], undefined, 'en')).toEqual(['Spread 52.5 points (≥ 50)']);
    expect(messages([0, 60, 60, 65, 65, 62.5], undefined, 'en').at(-1)).toMatch(/^Outlying score: 0 points against the others’ mean 62.5 \(z = −\d+(\.\d)?, limit \|z\| ≥ 2\)$/);
    expect(messages([10, 20, 30, 40], { zThreshold: 1.5, rangeThreshold: 100 }, 'en')[0]).toMatch(/limit \|z\| ≥ 1.5\)$/);
  });

  it('leaveOneOutZ by hand', () => {
    const zs = leaveOneOutZ([10, 20, 30, 40]);
    expect(zs[0]).toBe(-2);
    expect(zs[3]).toBe(2);
    // 20 vs 10, 30, 40: mean 80/3, sd √(700/3) → z = (20 − 80/3) / 15.275 = −0.436
    expect(zs[1]).toBeCloseTo(-20 / 3 / Math.sqrt(700 / 3), 12);
    expect(leaveOneOutZ([50, 50, 50, 80])[3]).toBeNaN();
    expect(leaveOneOutZ([1, 2])).toEqual([NaN, NaN]);
  });
});

describe('properties', () => {
  const scoresArb = (min: number, max: number) => fc.array(fc.integer({ min: 0, max: 100 }), { minLength: min, maxLength: max });

  it('with fewer than 4 ratings, a cell is flagged exactly when its range is ≥ 50', () => {
    fc.assert(
      fc.property(scoresArb(0, 3), (scores) => {
        const flagged = flagDisagreements([cell(scores)]).length === 1;
        const range = scores.length === 0 ? 0 : Math.max(...scores) - Math.min(...scores);
        expect(flagged).toBe(range >= 50);
      }),
    );
  });

  it('the order of the ratings in a cell does not change what is flagged', () => {
    fc.assert(
      fc.property(scoresArb(0, 8), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (scores, seed) => {
        const original = cell(scores);
        const permuted = { ...original, ratings: shuffled(createRandom(seed), original.ratings) };
        const summary = (c: DisagreementCell) =>
          flagDisagreements([c]).flatMap((f) =>
            f.reasons.map((r) => (r.kind === 'range' ? `range` : `outlier:${r.jurorId}`)).sort(),
          );
        expect(summary(permuted)).toEqual(summary(original));
      }),
    );
  });
});
