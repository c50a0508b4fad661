/**
 * The shortlist's ranking as column arrays for the trip to the browser: one array per field
 * instead of one object per row (290 rows repeat the same dozen keys, and the nested records
 * of components, weights and areas, 290 times). unpackRanking gives back exactly the object
 * computeRankingView made (same fields, same key order, same numbers). Client-safe, pure.
 */
import type { RankingView, RankingViewRow } from '@/lib/assessment/ranking-view';
import { COMPONENT_KEYS, type ComponentKey } from '@/lib/domain/engine/types';

type Col<T> = T[];
export type PackedRanking = Omit<RankingView, 'rows'> & {
  rows: {
    ids: Col<string>;
    rank: Col<number | null>;
    /** 1 = shared place. */
    tied: Col<0 | 1>;
    rankLabel: Col<string>;
    composite: Col<number | null>;
    components: Record<ComponentKey, Col<number | null>>;
    effectiveWeights: Record<ComponentKey, Col<number>>;
    missingComponents: Col<ComponentKey[]>;
    /** The area keys of each row's `areas` record, in its order (as an index into areaKeys), when a row differs from areaKeys. */
    areaKeys: string[];
    areas: Record<string, { raw: Col<number | null>; calibrated: Col<number | null>; jurors: Col<number | null> }>;
    /** Rows whose `areas` keys are not exactly areaKeys in order: row index → its keys. */
    areaOrder: Record<number, string[]>;
    effectiveAreaWeightKeys: string[];
    effectiveAreaWeights: Record<string, Col<number | null>>;
    effectiveAreaOrder: Record<number, string[]>;
    missingAreas: Col<string[]>;
    pFirst: Col<number>;
    pTopK: Col<number>;
    low: Col<number>;
    high: Col<number>;
  };
};

const sameKeys = (a: string[], b: string[]) => a.length === b.length && a.every((k, i) => k === b[i]);

export function packRanking(view: RankingView): PackedRanking {
  const { rows, ...rest } = view;
  const areaKeys = [...new Set(rows.flatMap((r) => Object.keys(r.areas)))];
  const weightKeys = [...new Set(rows.flatMap((r) => Object.keys(r.effectiveAreaWeights)))];
  const areaOrder: Record<number, string[]> = {};
  const effectiveAreaOrder: Record<number, string[]> = {};
  rows.forEach((r, i) => {
    const a = Object.keys(r.areas);
    if (!sameKeys(a, areaKeys)) areaOrder[i] = a;
    const w = Object.keys(r.effectiveAreaWeights);
    if (!sameKeys(w, weightKeys)) effectiveAreaOrder[i] = w;
  });
  return {
    ...rest,
    rows: {
      ids: rows.map((r) => r.nominationId),
      rank: rows.map((r) => r.rank),
      tied: rows.map((r) => (r.tied ? 1 : 0)),
      rankLabel: rows.map((r) => r.rankLabel),
      composite: rows.map((r) => r.composite),
      components: Object.fromEntries(COMPONENT_KEYS.map((k) => [k, rows.map((r) => r.components[k])])) as PackedRanking['rows']['components'],
      effectiveWeights: Object.fromEntries(COMPONENT_KEYS.map((k) => [k, rows.map((r) => r.effectiveWeights[k])])) as PackedRanking['rows']['effectiveWeights'],
      missingComponents: rows.map((r) => r.missingComponents),
      areaKeys,
      areas: Object.fromEntries(
        areaKeys.map((k) => [
          k,
          { raw: rows.map((r) => r.areas[k]?.raw ?? null), calibrated: rows.map((r) => r.areas[k]?.calibrated ?? null), jurors: rows.map((r) => r.areas[k]?.jurors ?? null) },
        ]),
      ),
      areaOrder,
      effectiveAreaWeightKeys: weightKeys,
      effectiveAreaWeights: Object.fromEntries(weightKeys.map((k) => [k, rows.map((r) => r.effectiveAreaWeights[k] ?? null)])),
      effectiveAreaOrder,
      missingAreas: rows.map((r) => r.missingAreas),
      pFirst: rows.map((r) => r.pFirst),
      pTopK: rows.map((r) => r.pTopK),
      low: rows.map((r) => r.rankInterval.low),
      high: rows.map((r) => r.rankInterval.high),
    },
  };
}

export function unpackRanking(packed: PackedRanking): RankingView {
  const { rows: c, ...rest } = packed;
  const rows: RankingViewRow[] = c.ids.map((nominationId, i) => {
    const areas: RankingViewRow['areas'] = {};
    for (const k of c.areaOrder[i] ?? c.areaKeys) areas[k] = { raw: c.areas[k].raw[i], calibrated: c.areas[k].calibrated[i], jurors: c.areas[k].jurors[i] as number };
    const effectiveAreaWeights: RankingViewRow['effectiveAreaWeights'] = {};
    for (const k of c.effectiveAreaOrder[i] ?? c.effectiveAreaWeightKeys) effectiveAreaWeights[k] = c.effectiveAreaWeights[k][i] as number;
    return {
      nominationId,
      rank: c.rank[i],
      tied: c.tied[i] === 1,
      rankLabel: c.rankLabel[i],
      composite: c.composite[i],
      components: Object.fromEntries(COMPONENT_KEYS.map((k) => [k, c.components[k][i]])) as RankingViewRow['components'],
      effectiveWeights: Object.fromEntries(COMPONENT_KEYS.map((k) => [k, c.effectiveWeights[k][i]])) as RankingViewRow['effectiveWeights'],
      missingComponents: c.missingComponents[i],
      areas,
      effectiveAreaWeights,
      missingAreas: c.missingAreas[i],
      pFirst: c.pFirst[i],
      pTopK: c.pTopK[i],
      rankInterval: { low: c.low[i], high: c.high[i] },
    };
  });
  return { ...rest, rows };
}
