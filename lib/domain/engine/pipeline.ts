/**
 * The whole method in readable form: criterion scores → area scores per juror →
 * calibration → aggregation across jurors → document review → composite → ranking.
 * (bootstrap-model.ts is a fast re-implementation of the same steps for resampling.)
 */
import { aggregateCell } from './aggregate';
import { areaScoresOf, type AreaScore } from './area-scores';
import { calibrate, type CalibrationReference, type JurorCalibration } from './calibration';
import { compositeScore, documentReviewScore } from './composite';
import { compareIds } from './ids';
import { rankScores, type Tie } from './rank';
import { resolveSettings } from './settings';
import type {
  Aggregation,
  ComponentKey,
  ComponentValues,
  ComponentWeights,
  EngineInput,
  EngineSettings,
  EngineSettingsInput,
  NominationComponents,
  Rubric,
} from './types';

export type AreaResult = {
  /** Aggregate of the jurors' raw area scores. */
  raw: number | null;
  /** Aggregate after the calibration step (equals raw when calibration is off or nobody qualified); used in the composite. */
  calibrated: number | null;
  jurors: number;
  method: Aggregation;
};

export type RankedRow = {
  nominationId: string;
  rank: number | null;
  tied: boolean;
  composite: number | null;
  /** All four components, documentReview included (null = missing). */
  components: ComponentValues;
  effectiveWeights: ComponentWeights;
  missingComponents: ComponentKey[];
  areaScores: Record<string, AreaResult>;
  effectiveAreaWeights: Record<string, number>;
  missingAreas: string[];
};

export type RankingResult = {
  rows: RankedRow[];
  ties: Tie[];
  settingsUsed: EngineSettings;
  areaKeys: string[];
  calibration: { reference: CalibrationReference; jurors: JurorCalibration[] };
};

/** Context shared by the steps after the area scores. */
export type RankingContext = {
  rubric: Rubric;
  components: readonly NominationComponents[];
  nominationIds: readonly string[];
  settings: EngineSettings;
};

/** The nominations to rank: given ids plus every id seen in scores or components, sorted. */
export function nominationUniverse(input: EngineInput): string[] {
  const ids = new Set<string>(input.nominationIds ?? []);
  for (const s of input.areaScores ?? input.scores) ids.add(s.nominationId);
  for (const c of input.components) ids.add(c.nominationId);
  return [...ids].sort(compareIds);
}

/** Components by nomination, checked: 0–100 or null, at most one row per nomination. */
export function componentsByNomination(components: readonly NominationComponents[]): Map<string, NominationComponents> {
  const out = new Map<string, NominationComponents>();
  for (const c of components) {
    if (out.has(c.nominationId)) throw new Error(`Dubbla komponentvärden för nominering ${c.nominationId}`);
    for (const key of ['interview', 'serviceQuality', 'financialStrength'] as const) {
      const v = c[key];
      if (v !== null && !(Number.isFinite(v) && v >= 0 && v <= 100)) {
        throw new Error(`Komponenten ${key} för ${c.nominationId} måste vara 0–100 eller saknas`);
      }
    }
    out.set(c.nominationId, c);
  }
  return out;
}

/** Rank the nominations. Settings left out take their defaults (see settings.ts). */
export function rankNominations(input: EngineInput, settingsInput: EngineSettingsInput = {}): RankingResult {
  const settings = resolveSettings(input.rubric, settingsInput);
  const areaScores = areaScoresOf(input);
  return rankFromAreaScores(areaScores, {
    rubric: input.rubric,
    components: input.components,
    nominationIds: nominationUniverse(input),
    settings,
  });
}

/** Everything after the area scores (also used by leave-one-out with a juror's scores removed). */
export function rankFromAreaScores(areaScores: readonly AreaScore[], context: RankingContext): RankingResult {
  const { rubric, settings } = context;
  const areaKeys = rubric.areas.map((a) => a.key);
  const calibration = calibrate(areaScores, {
    enabled: settings.calibration,
    minNominations: settings.minNominationsForCalibration,
  });

  // nomination → area → values in juror order (area scores arrive sorted by juror).
  const cells = new Map<string, Map<string, { raw: number[]; calibrated: number[] }>>();
  for (const s of calibration.scores) {
    if (s.value === null || s.calibrated === null) continue;
    let byArea = cells.get(s.nominationId);
    if (!byArea) cells.set(s.nominationId, (byArea = new Map()));
    let cell = byArea.get(s.areaKey);
    if (!cell) byArea.set(s.areaKey, (cell = { raw: [], calibrated: [] }));
    cell.raw.push(s.value);
    cell.calibrated.push(s.calibrated);
  }

  const components = componentsByNomination(context.components);
  const ids = [...new Set([...context.nominationIds, ...cells.keys()])].sort(compareIds);
  const rows = new Map<string, Omit<RankedRow, 'rank' | 'tied'>>();
  for (const id of ids) {
    const areaResults: Record<string, AreaResult> = {};
    const used: Record<string, number | null> = {};
    for (const key of areaKeys) {
      const cell = cells.get(id)?.get(key) ?? { raw: [], calibrated: [] };
      const raw = aggregateCell(cell.raw, settings);
      const cal = aggregateCell(cell.calibrated, settings);
      areaResults[key] = { raw: raw.value, calibrated: cal.value, jurors: raw.jurors, method: raw.method };
      used[key] = cal.value;
    }
    const doc = documentReviewScore(used, settings.areaWeights, areaKeys);
    const c = components.get(id);
    const values: ComponentValues = {
      documentReview: doc.score,
      interview: c?.interview ?? null,
      serviceQuality: c?.serviceQuality ?? null,
      financialStrength: c?.financialStrength ?? null,
    };
    const comp = compositeScore(values, settings.componentWeights);
    rows.set(id, {
      nominationId: id,
      composite: comp.composite,
      components: values,
      effectiveWeights: comp.effectiveWeights,
      missingComponents: comp.missingComponents,
      areaScores: areaResults,
      effectiveAreaWeights: doc.effectiveAreaWeights,
      missingAreas: doc.missingAreas,
    });
  }

  const ranking = rankScores(ids.map((id) => ({ id, score: rows.get(id)!.composite })));
  return {
    rows: ranking.entries.map((e) => ({ ...rows.get(e.id)!, rank: e.rank, tied: e.tied })),
    ties: ranking.ties,
    settingsUsed: settings,
    areaKeys,
    calibration: { reference: calibration.reference, jurors: calibration.jurors },
  };
}
