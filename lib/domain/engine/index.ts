/**
 * The assessment engine (the method) of Sveriges KvalitetsKommun: criterion scores →
 * area scores per juror → calibration → aggregation across jurors → document review →
 * composite with interview, service quality and financial strength → ranking, plus the
 * robustness analyses (bootstrap, weight sensitivity, leave-one-out) and explanations.
 *
 * Entry point: rankNominations(input, settings) → { rows, ties, settingsUsed, … }.
 */
export * from './types';
export * from './settings';
export { compareIds } from './ids';
export { areaScore, areaScoresOf, computeAreaScores, rescale, withAreaScores, type AreaScore } from './area-scores';
export * from './calibration';
export * from './aggregate';
export * from './composite';
export * from './rank';
export {
  componentsByNomination,
  nominationUniverse,
  rankFromAreaScores,
  rankNominations,
  type AreaResult,
  type RankedRow,
  type RankingContext,
  type RankingResult,
} from './pipeline';
export * from './bootstrap';
export { buildEngineModel, type EngineModel } from './bootstrap-model';
export * from './sensitivity';
export * from './explain';
export * from './leave-one-out';
