/**
 * Plain input and settings shapes of the assessment engine (the method). Nothing
 * here knows about the database: loaders map rows into these shapes.
 */
import type { AreaScore } from './area-scores';

/** One criterion of an area; `weight` is relative within its area. */
export type RubricCriterion = { id: string; weight: number };

/** One of the four areas (democracy, service, work environment, community building). */
export type RubricArea = { key: string; weight: number; criteria: RubricCriterion[] };

/** The scoring sheet: areas with criteria, and the scale every criterion is scored on. */
export type Rubric = { areas: RubricArea[]; scale: { min: number; max: number } };

/** One juror's score of one criterion for one nomination; null = "kan inte bedöma". */
export type Score = {
  jurorId: string;
  nominationId: string;
  criterionId: string;
  value: number | null;
};

/** The parts of the composite besides the document review, each on 0–100, null = missing. */
export type NominationComponents = {
  nominationId: string;
  interview: number | null;
  serviceQuality: number | null;
  financialStrength: number | null;
};

export const COMPONENT_KEYS = ['documentReview', 'interview', 'serviceQuality', 'financialStrength'] as const;
export type ComponentKey = (typeof COMPONENT_KEYS)[number];
export type ComponentWeights = Record<ComponentKey, number>;
/** Values of the four components for one nomination (0–100, null = missing). */
export type ComponentValues = Record<ComponentKey, number | null>;

/** How the area scores of several jurors are combined. */
export type Aggregation = 'mean' | 'median' | 'trimmed';
/** 'auto' = trimmed mean when at least `minJurorsForTrim` jurors assessed the cell, else mean. */
export type AggregationSetting = Aggregation | 'auto';

/** Everything the method needs, fully resolved (see settings.ts for defaults and their reasons). */
export type EngineSettings = {
  /** Area weights inside the document review, normalised to sum 1. */
  areaWeights: Record<string, number>;
  /** Weights of the four components in the composite, normalised to sum 1. */
  componentWeights: ComponentWeights;
  aggregation: AggregationSetting;
  /** Share dropped at each end by the trimmed mean (0.2 = 20 %). */
  trimProportion: number;
  /** 'auto' trims only from this many jurors per nomination × area. */
  minJurorsForTrim: number;
  /** Per-juror standardisation on/off. */
  calibration: boolean;
  /** Calibration applies only to jurors who scored at least this many nominations. */
  minNominationsForCalibration: number;
  /** k in "top k" (finalists) for bootstrap, sensitivity and leave-one-out. */
  topK: number;
};

/** What callers may pass; anything left out takes its default. */
export type EngineSettingsInput = Partial<Omit<EngineSettings, 'areaWeights' | 'componentWeights'>> & {
  areaWeights?: Record<string, number>;
  componentWeights?: Partial<ComponentWeights>;
};

/** The whole input of one ranking. */
export type EngineInput = {
  rubric: Rubric;
  scores: readonly Score[];
  /**
   * The per-juror area scores, already computed from `scores` (computeAreaScores: sorted by
   * juror, nomination, rubric area). When given, the engine starts from these and ignores
   * `scores` — the browser gets these (34,800 numbers on 290 × 30) rather than every
   * criterion score (174,000 rows); area and component weights work on them unchanged.
   */
  areaScores?: readonly AreaScore[];
  components: readonly NominationComponents[];
  /** Nominations to rank even if nothing is known about them yet; otherwise those seen in scores/components. */
  nominationIds?: readonly string[];
};
