import { describe, expect, it } from 'vitest';
import { packRanking, unpackRanking } from '@/components/shortlist/packed-ranking';
import { computeRankingView } from '@/lib/assessment/ranking-view';
import type { EngineInput, Score } from '@/lib/domain/engine';

// Two areas, three jurors; E has no scores (no place), A has an interview, D only one juror.
const rubric = { scale: { min: 1, max: 5 }, areas: [{ key: 'democracy', weight: 1, criteria: [{ id: 'd', weight: 1 }] }, { key: 'service', weight: 2, criteria: [{ id: 's', weight: 1 }] }] };
const sheet = (jurorId: string, nominationId: string, d: number | null, s: number | null): Score[] => [
  { jurorId, nominationId, criterionId: 'd', value: d },
  { jurorId, nominationId, criterionId: 's', value: s },
];
const input: EngineInput = {
  rubric,
  scores: [...sheet('j1', 'A', 5, 5), ...sheet('j2', 'A', 5, 4), ...sheet('j1', 'B', 3, null), ...sheet('j2', 'B', 4, 3), ...sheet('j1', 'C', 2, 3), ...sheet('j3', 'C', 3, 3), ...sheet('j3', 'D', null, 5)],
  components: [{ nominationId: 'A', interview: 80, serviceQuality: null, financialStrength: 55 }],
  nominationIds: ['A', 'B', 'C', 'D', 'E'],
};

describe('the shortlist ranking packed as columns for the browser', () => {
  it('unpacks to exactly the ranking computed on the server, calibrated or not', () => {
    for (const calibration of [true, false]) {
      const view = computeRankingView(input, { calibration, minNominationsForCalibration: 2 }, { replicates: 100 });
      const unpacked = unpackRanking(packRanking(view));
      expect(unpacked).toStrictEqual(view);
      // Same key order in every row's records (the tables iterate them).
      unpacked.rows.forEach((r, i) => {
        expect(Object.keys(r.areas)).toEqual(Object.keys(view.rows[i].areas));
        expect(Object.keys(r.effectiveAreaWeights)).toEqual(Object.keys(view.rows[i].effectiveAreaWeights));
      });
    }
  });

  it('keeps a row whose area records differ from the others', () => {
    const view = computeRankingView(input, { calibration: false }, { replicates: 50 });
    const odd = structuredClone(view);
    odd.rows[1].areas = { service: odd.rows[1].areas.service };
    odd.rows[2].effectiveAreaWeights = { service: 1, democracy: 0 };
    expect(unpackRanking(packRanking(odd))).toStrictEqual(odd);
  });

  it('is smaller than the row objects', () => {
    const view = computeRankingView(input, { calibration: true }, { replicates: 50 });
    expect(JSON.stringify(packRanking(view)).length).toBeLessThan(JSON.stringify(view).length);
  });
});
