import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstPlace, rankScores, topSet } from '@/lib/domain/engine/rank';
import { createRandom, shuffled } from '@/lib/domain/random';

const items = (pairs: [string, number | null][]) => pairs.map(([id, score]) => ({ id, score }));

describe('rankScores', () => {
  it.each([
    {
      name: 'no ties',
      input: items([['a', 10], ['b', 30], ['c', 20]]),
      ranks: [['b', 1], ['c', 2], ['a', 3]],
      ties: [],
    },
    {
      // 90, 80, 80, 70 → 1, 2, 2, 4 ("1224")
      name: 'standard competition ranking',
      input: items([['d', 70], ['c', 80], ['a', 90], ['b', 80]]),
      ranks: [['a', 1], ['b', 2], ['c', 2], ['d', 4]],
      ties: [{ rank: 2, ids: ['b', 'c'] }],
    },
    {
      // differences within 1e-9 are ties; 2e-9 is not
      name: 'tolerance 1e-9',
      input: items([['x', 50 + 5e-10], ['y', 50], ['z', 50 - 2e-9]]),
      ranks: [['x', 1], ['y', 1], ['z', 3]],
      ties: [{ rank: 1, ids: ['x', 'y'] }],
    },
    {
      // nominations without composite: rank null, listed last
      name: 'unranked last',
      input: items([['n', null], ['m', 5], ['k', null]]),
      ranks: [['m', 1], ['k', null], ['n', null]],
      ties: [],
    },
    {
      name: 'all tied',
      input: items([['c', 1], ['a', 1], ['b', 1]]),
      ranks: [['a', 1], ['b', 1], ['c', 1]],
      ties: [{ rank: 1, ids: ['a', 'b', 'c'] }],
    },
  ])('$name', ({ input, ranks, ties }) => {
    const r = rankScores(input);
    expect(r.entries.map((e) => [e.id, e.rank])).toEqual(ranks);
    expect(r.ties).toEqual(ties);
    expect(r.entries.filter((e) => e.tied).map((e) => e.id)).toEqual(ties.flatMap((t) => t.ids));
  });

  it('first place and top-k honour ties', () => {
    const r = rankScores(items([['a', 90], ['b', 90], ['c', 80], ['d', 70], ['e', 70]]));
    expect(firstPlace(r)).toEqual(['a', 'b']);
    // ranks 1, 1, 3, 4, 4: top 3 = a, b, c; top 4 includes both tied at 4
    expect(topSet(r, 3)).toEqual(['a', 'b', 'c']);
    expect(topSet(r, 4)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('rejects duplicate ids', () => {
    expect(() => rankScores(items([['a', 1], ['a', 2]]))).toThrow(/två gånger/);
  });

  it('property: the ranking does not depend on the input order', () => {
    const score = fc.option(fc.integer({ min: 0, max: 6 }).map((x) => x * 10), { freq: 6 });
    fc.assert(
      fc.property(fc.array(score, { minLength: 1, maxLength: 30 }), fc.integer(), (scores, seed) => {
        const list = scores.map((s, i) => ({ id: `n${i}`, score: s }));
        const a = rankScores(list);
        const b = rankScores(shuffled(createRandom(seed), list));
        expect(b).toEqual(a);
        // and ranks are 1 + the number of strictly better scores
        for (const e of a.entries) {
          if (e.score === null) continue;
          expect(e.rank).toBe(1 + list.filter((x) => x.score !== null && x.score > e.score!).length);
        }
      }),
    );
  });
});
