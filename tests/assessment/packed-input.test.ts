import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeAgreement } from '@/lib/assessment/agreement-view';
import { packEngineInput, packedSheetCount, unpackEngineInput } from '@/lib/assessment/packed-input';
import { computeRankingView } from '@/lib/assessment/ranking-view';
import { computeAreaScores, withAreaScores } from '@/lib/domain/engine/area-scores';
import { bootstrapRanking } from '@/lib/domain/engine/bootstrap';
import { leaveOneOut } from '@/lib/domain/engine/leave-one-out';
import { rankNominations } from '@/lib/domain/engine/pipeline';
import type { EngineInput, Score } from '@/lib/domain/engine/types';
import { createRandom } from '@/lib/domain/random';
import { inputArb, settingsArb } from '../domain/engine/arbitraries';

const rubric = {
  scale: { min: 1, max: 5 },
  areas: [
    { key: 'democracy', weight: 2, criteria: [{ id: 'd1', weight: 1 }, { id: 'd2', weight: 3 }] },
    { key: 'service', weight: 1, criteria: [{ id: 's', weight: 1 }] },
  ],
};
const sheet = (jurorId: string, nominationId: string, d1: number | null, d2: number | null, s: number | null): Score[] => [
  { jurorId, nominationId, criterionId: 'd1', value: d1 },
  { jurorId, nominationId, criterionId: 'd2', value: d2 },
  { jurorId, nominationId, criterionId: 's', value: s },
];
const input: EngineInput = {
  rubric,
  scores: [...sheet('j2', 'A', 5, 4, null), ...sheet('j1', 'A', 3, 3, 2), ...sheet('j1', 'B', null, null, 4), ...sheet('j2', 'B', 1, 2, 3)],
  components: [{ nominationId: 'A', interview: 70, serviceQuality: null, financialStrength: 40 }],
  nominationIds: ['A', 'B', 'C'],
};

describe('the packed engine input the shortlist page sends to the browser', () => {
  it('carries per-juror area scores, not criterion scores, and unpacks to exactly the computed area scores', () => {
    const packed = packEngineInput(input);
    expect(packed.jurorIds).toEqual(['j1', 'j2']);
    expect(packedSheetCount(packed)).toBe(4);
    // j1 on B assessed only the service criterion: democracy null (never zero), 1 criterion in service.
    expect(packed.sheets).toEqual([0, 0, 50, 25, 0, 1, null, 75, 1, 0, (100 * 1 + 75 * 3) / 4, null, 1, 1, (0 + 3 * 25) / 4, 50]);
    expect(JSON.stringify(packed)).not.toContain('criterionId');
    const unpacked = unpackEngineInput(JSON.parse(JSON.stringify(packed)));
    expect(unpacked.areaScores).toEqual(computeAreaScores(rubric, input.scores));
  });

  it('gives the same ranking, uncertainty and leave-one-out as the criterion scores (any panel, any settings)', () => {
    fc.assert(
      fc.property(inputArb({ jurors: [1, 7], nominations: [1, 6] }), settingsArb, fc.integer({ min: 1, max: 1000 }), (raw, settings, seed) => {
        const unpacked = unpackEngineInput(JSON.parse(JSON.stringify(packEngineInput(raw))));
        expect(rankNominations(unpacked, settings)).toEqual(rankNominations(raw, settings));
        expect(bootstrapRanking(unpacked, settings, { random: createRandom(seed), replicates: 30 })).toEqual(
          bootstrapRanking(raw, settings, { random: createRandom(seed), replicates: 30 }),
        );
        expect(leaveOneOut(unpacked, settings)).toEqual(leaveOneOut(raw, settings));
      }),
      { numRuns: 60 },
    );
  });

  it('leaves the shortlist view and the agreement unchanged when computed from the area scores', () => {
    const once = withAreaScores(input);
    expect(once.scores).toEqual([]);
    expect(computeRankingView(once, {}, { replicates: 100 })).toEqual(computeRankingView(input, {}, { replicates: 100 }));
    expect(computeAgreement(once)).toEqual(computeAgreement(input));
  });
});
