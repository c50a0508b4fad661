/**
 * Shared fast-check generators for the engine tests: a fixed four-area rubric and random
 * juror panels (sparse assignment, "kan inte bedöma", missing components).
 */
import fc from 'fast-check';
import type { EngineInput, EngineSettingsInput, NominationComponents, Rubric, Score } from '@/lib/domain/engine/types';

export const RUBRIC: Rubric = {
  scale: { min: 1, max: 5 },
  areas: [
    { key: 'democracy', weight: 3, criteria: [{ id: 'd1', weight: 1 }, { id: 'd2', weight: 2 }] },
    { key: 'service', weight: 3, criteria: [{ id: 's1', weight: 1 }, { id: 's2', weight: 1 }] },
    { key: 'workEnvironment', weight: 2, criteria: [{ id: 'w1', weight: 1 }] },
    { key: 'communityBuilding', weight: 2, criteria: [{ id: 'c1', weight: 1 }, { id: 'c2', weight: 3 }] },
  ],
};
export const CRITERIA = RUBRIC.areas.flatMap((a) => a.criteria.map((c) => c.id));

export const nominationId = (n: number) => `nom-${String(n).padStart(2, '0')}`;
export const jurorId = (j: number) => `jur-${String(j).padStart(2, '0')}`;

/** One sheet: a value (or null = kan inte bedöma) per criterion. */
export const sheetArb = fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { freq: 6 }), {
  minLength: CRITERIA.length,
  maxLength: CRITERIA.length,
});

export const componentsArb = (id: string): fc.Arbitrary<NominationComponents> =>
  fc.record({
    nominationId: fc.constant(id),
    interview: fc.option(fc.integer({ min: 0, max: 100 }), { freq: 4 }),
    serviceQuality: fc.option(fc.integer({ min: 0, max: 100 }), { freq: 4 }),
    financialStrength: fc.option(fc.integer({ min: 0, max: 100 }), { freq: 4 }),
  });

export function sheetScores(juror: string, nomination: string, sheet: readonly (number | null)[]): Score[] {
  return sheet.map((value, i) => ({ jurorId: juror, nominationId: nomination, criterionId: CRITERIA[i], value }));
}

/** A panel of `jurors` × `nominations`; each juror × nomination sheet present with probability ~ 4/5. */
export function inputArb(limits: { jurors: [number, number]; nominations: [number, number] }): fc.Arbitrary<EngineInput> {
  return fc
    .record({
      jurors: fc.integer({ min: limits.jurors[0], max: limits.jurors[1] }),
      nominations: fc.integer({ min: limits.nominations[0], max: limits.nominations[1] }),
    })
    .chain(({ jurors, nominations }) =>
      fc.record({
        sheets: fc.array(fc.array(fc.option(sheetArb, { freq: 4 }), { minLength: nominations, maxLength: nominations }), {
          minLength: jurors,
          maxLength: jurors,
        }),
        components: fc
          .array(componentsArb(''), { minLength: nominations, maxLength: nominations })
          .map((list) => list.map((c, n) => ({ ...c, nominationId: nominationId(n) }))),
      }),
    )
    .map(({ sheets, components }) => ({
      rubric: RUBRIC,
      scores: sheets.flatMap((row, j) => row.flatMap((sheet, n) => (sheet ? sheetScores(jurorId(j), nominationId(n), sheet) : []))),
      components,
      nominationIds: components.map((c) => c.nominationId),
    }));
}

export const settingsArb: fc.Arbitrary<EngineSettingsInput> = fc.record({
  aggregation: fc.constantFrom('auto', 'mean', 'median', 'trimmed'),
  trimProportion: fc.constantFrom(0, 0.1, 0.2, 0.34),
  minJurorsForTrim: fc.integer({ min: 1, max: 6 }),
  calibration: fc.boolean(),
  minNominationsForCalibration: fc.integer({ min: 1, max: 5 }),
});
