import { describe, expect, it } from 'vitest';
import { areaScore, computeAreaScores, rescale } from '@/lib/domain/engine/area-scores';
import type { Rubric, Score } from '@/lib/domain/engine/types';

const SCALE = { min: 1, max: 5 };

describe('rescale', () => {
  it.each([
    [1, 0], // (1 − 1)/4·100
    [2, 25], // (2 − 1)/4·100
    [3, 50],
    [5, 100],
  ])('%d on 1–5 → %d', (v, expected) => expect(rescale(v, SCALE)).toBe(expected));
});

describe('areaScore', () => {
  it.each([
    // weights 1 and 3, values 5 and 3 → (1·100 + 3·50) / 4 = 62.5
    { items: [{ value: 5, weight: 1 }, { value: 3, weight: 3 }], expected: 62.5 },
    // second criterion "kan inte bedöma" → only the first: 100·1/1 = 100 (not (100 + 0)/4 = 25)
    { items: [{ value: 5, weight: 1 }, { value: null, weight: 3 }], expected: 100 },
    // first left out → 50
    { items: [{ value: null, weight: 1 }, { value: 3, weight: 3 }], expected: 50 },
    // nothing assessed → null, never 0
    { items: [{ value: null, weight: 1 }, { value: null, weight: 3 }], expected: null },
    // weights 2, 1, 1; values 1, 2, 5 → (2·0 + 25 + 100) / 4 = 31.25
    { items: [{ value: 1, weight: 2 }, { value: 2, weight: 1 }, { value: 5, weight: 1 }], expected: 31.25 },
    // only a weight-0 criterion assessed → nothing counts → null
    { items: [{ value: 4, weight: 0 }, { value: null, weight: 1 }], expected: null },
  ])('$items → $expected', ({ items, expected }) => {
    expect(areaScore(items, SCALE)).toBe(expected);
  });
});

describe('computeAreaScores', () => {
  const rubric: Rubric = {
    scale: SCALE,
    areas: [
      { key: 'democracy', weight: 1, criteria: [{ id: 'd1', weight: 1 }, { id: 'd2', weight: 3 }] },
      { key: 'service', weight: 1, criteria: [{ id: 's1', weight: 1 }] },
    ],
  };
  const s = (jurorId: string, nominationId: string, criterionId: string, value: number | null): Score => ({
    jurorId,
    nominationId,
    criterionId,
    value,
  });

  it('gives one score per juror × nomination × area, sorted, with nulls where nothing was assessed', () => {
    const out = computeAreaScores(rubric, [
      s('j2', 'A', 's1', null),
      s('j1', 'A', 'd2', 3),
      s('j1', 'A', 'd1', 5),
      s('j2', 'A', 'd1', 4),
    ]);
    expect(out).toEqual([
      // j1/A democracy (1·100 + 3·50)/4 = 62.5; service: no score given → null
      { jurorId: 'j1', nominationId: 'A', areaKey: 'democracy', value: 62.5, assessedCriteria: 2 },
      { jurorId: 'j1', nominationId: 'A', areaKey: 'service', value: null, assessedCriteria: 0 },
      // j2/A democracy: only d1 = 4 → 75; service "kan inte bedöma" → null
      { jurorId: 'j2', nominationId: 'A', areaKey: 'democracy', value: 75, assessedCriteria: 1 },
      { jurorId: 'j2', nominationId: 'A', areaKey: 'service', value: null, assessedCriteria: 0 },
    ]);
  });

  it.each([
    [[s('j1', 'A', 'x9', 3)], /Okänt kriterium/],
    [[s('j1', 'A', 'd1', 6)], /utanför skalan/],
    [[s('j1', 'A', 'd1', 0)], /utanför skalan/],
    [[s('j1', 'A', 'd1', 3), s('j1', 'A', 'd1', 4)], /Dubbel poäng/],
  ])('rejects invalid scores %#', (scores, message) => {
    expect(() => computeAreaScores(rubric, scores)).toThrow(message);
  });
});
