import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leaveOneOut, rankNominations } from '@/lib/domain/engine';
import type { EngineInput, Rubric, Score } from '@/lib/domain/engine/types';
import { inputArb, settingsArb } from './arbitraries';

const ONE_AREA: Rubric = { scale: { min: 0, max: 100 }, areas: [{ key: 'democracy', weight: 1, criteria: [{ id: 'd', weight: 1 }] }] };
const direct = (values: Record<string, Record<string, number>>): Score[] =>
  Object.entries(values).flatMap(([nom, byJuror]) =>
    Object.entries(byJuror).map(([jur, value]) => ({ jurorId: jur, nominationId: nom, criterionId: 'd', value })),
  );

describe('leaveOneOut', () => {
  // X: 80, 80, 20 → 60; Y: 70, 50, 90 → 70; Z only by c: 10. Ranking Y, X, Z.
  // Without a: X (80+20)/2 = 50, Y (50+90)/2 = 70 → Y first.   Without b: X 50, Y 80 → Y first.
  // Without c: X 80, Y (70+50)/2 = 60 → X first; Z has no data left → unranked.
  const input: EngineInput = {
    rubric: ONE_AREA,
    scores: direct({ X: { a: 80, b: 80, c: 20 }, Y: { a: 70, b: 50, c: 90 }, Z: { c: 10 } }),
    components: [],
  };

  it('finds the juror whose removal changes first place', () => {
    const r = leaveOneOut(input, { calibration: false });
    expect(r.firstPlace).toEqual(['Y']);
    expect(r.topKSet).toEqual(['X', 'Y', 'Z']);
    expect(r.jurorsChangingFirstPlace).toEqual(['c']);
    expect(r.jurors.map((j) => [j.jurorId, j.firstPlace, j.changesFirstPlace, j.changesTopK])).toEqual([
      ['a', ['Y'], false, false],
      ['b', ['Y'], false, false],
      ['c', ['X'], true, true],
    ]);
    expect(r.jurors[2].ranks).toEqual({ X: 1, Y: 2, Z: null });
    expect(r.jurors[0].ranks).toEqual({ Y: 1, X: 2, Z: 3 });
  });

  it('property: each row equals the full pipeline run without that juror', () => {
    fc.assert(
      fc.property(inputArb({ jurors: [1, 5], nominations: [1, 7] }), settingsArb, (input, settings) => {
        const r = leaveOneOut(input, settings);
        const base = rankNominations(input, settings);
        expect(r.firstPlace).toEqual(base.rows.filter((x) => x.rank === 1).map((x) => x.nominationId));
        for (const row of r.jurors) {
          const without = rankNominations(
            { ...input, scores: input.scores.filter((s) => s.jurorId !== row.jurorId), nominationIds: input.nominationIds },
            settings,
          );
          expect(row.ranks).toEqual(Object.fromEntries(without.rows.map((x) => [x.nominationId, x.rank])));
          const first = without.rows.filter((x) => x.rank === 1).map((x) => x.nominationId);
          expect(row.firstPlace).toEqual(first);
          expect(row.changesFirstPlace).toBe(first.join() !== r.firstPlace.join());
        }
      }),
      { numRuns: 100 },
    );
  });
});
