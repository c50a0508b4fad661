/**
 * The engine's input as the shortlist page sends it to the browser: the per-juror area
 * scores (what the engine actually starts from; weight sliders move area and component
 * weights, never criterion weights), packed as flat arrays instead of one object per
 * criterion score. On 290 nominations × 30 jurors × 20 criteria that is 8,700 sheets of
 * four area scores instead of 174,000 score objects (15.8 MB of page became ~0.3 MB).
 * Pure and client-safe; unpack(pack(x)) gives back exactly the same area scores.
 */
import { areaScoresOf, type AreaScore } from '@/lib/domain/engine/area-scores';
import type { EngineInput, NominationComponents, Rubric } from '@/lib/domain/engine/types';

export type PackedEngineInput = {
  rubric: Rubric;
  components: NominationComponents[];
  nominationIds: string[];
  jurorIds: string[];
  /** Nominations referred to by the sheets (by index). */
  sheetNominationIds: string[];
  /** Per sheet (juror × nomination), 2 + A entries: juror index, nomination index, the area scores in rubric order (null = nothing assessed). */
  sheets: (number | null)[];
  /** Per sheet, A entries: how many criteria the juror assessed in each area. */
  assessed: number[];
};

/** Number of juror × nomination sheets in a packed input (0 = nothing submitted yet). */
export function packedSheetCount(packed: PackedEngineInput): number {
  const A = packed.rubric.areas.length;
  return A === 0 ? 0 : packed.assessed.length / A;
}

export function packEngineInput(input: EngineInput): PackedEngineInput {
  const areaKeys = input.rubric.areas.map((a) => a.key);
  const A = areaKeys.length;
  const scores = areaScoresOf(input);
  const jurorIndex = new Map<string, number>();
  const nominationIndex = new Map<string, number>();
  const indexOf = (map: Map<string, number>, id: string) => {
    let i = map.get(id);
    if (i === undefined) map.set(id, (i = map.size));
    return i;
  };
  const sheets: (number | null)[] = [];
  const assessed: number[] = [];
  if (scores.length % Math.max(1, A) !== 0) throw new Error('Områdespoängen går inte jämnt upp i bedömningsmallens områden');
  for (let i = 0; i < scores.length; i += A) {
    const first = scores[i];
    sheets.push(indexOf(jurorIndex, first.jurorId), indexOf(nominationIndex, first.nominationId));
    for (let a = 0; a < A; a++) {
      const s = scores[i + a];
      // computeAreaScores gives every sheet all areas, in rubric order; anything else cannot be packed.
      if (s.jurorId !== first.jurorId || s.nominationId !== first.nominationId || s.areaKey !== areaKeys[a]) {
        throw new Error('Områdespoängen är inte ordnade per jurymedlem, nominering och område');
      }
      sheets.push(s.value);
      assessed.push(s.assessedCriteria);
    }
  }
  return {
    rubric: input.rubric,
    components: [...input.components],
    nominationIds: [...(input.nominationIds ?? [])],
    jurorIds: [...jurorIndex.keys()],
    sheetNominationIds: [...nominationIndex.keys()],
    sheets,
    assessed,
  };
}

export function unpackEngineInput(packed: PackedEngineInput): EngineInput {
  const areaKeys = packed.rubric.areas.map((a) => a.key);
  const A = areaKeys.length;
  const stride = 2 + A;
  const areaScores: AreaScore[] = [];
  for (let i = 0, sheet = 0; i < packed.sheets.length; i += stride, sheet++) {
    const jurorId = packed.jurorIds[packed.sheets[i] as number];
    const nominationId = packed.sheetNominationIds[packed.sheets[i + 1] as number];
    for (let a = 0; a < A; a++) {
      areaScores.push({ jurorId, nominationId, areaKey: areaKeys[a], value: packed.sheets[i + 2 + a], assessedCriteria: packed.assessed[sheet * A + a] });
    }
  }
  return { rubric: packed.rubric, scores: [], areaScores, components: packed.components, nominationIds: packed.nominationIds };
}
