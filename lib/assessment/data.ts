import 'server-only';
import type { Db } from '@/db/client';
import {
  assessmentRevision,
  cycleForAssessment,
  indexIndicatorData,
  interviewScores,
  latestWeightSet,
  rankableNominations,
  submittedScores,
  userNames,
} from '@/db/queries/assessment';
import { rubricOf } from '@/db/queries/cycles';
import { buildEngineInput, rubricFromRows } from './engine-input';
import { methodSettingsFromCycle, weightsFromStored } from './weights';

/**
 * What the shortlist needs to know before it decides whether a computed ranking is still
 * valid: the cycle, rubric, nominations, weights, method and the data revision. Cheap (no
 * criterion scores), so a cached page never reads the 174,000 scores of a large cycle.
 * Returns null when the cycle does not exist.
 */
export function readAssessmentMeta(db: Db, cycleId: number) {
  const cycle = cycleForAssessment(db, cycleId);
  if (!cycle) return null;
  const rubric = rubricOf(db, cycleId);
  const weightSet = latestWeightSet(db, cycleId) ?? null;
  const scale = { min: cycle.scaleMin, max: cycle.scaleMax };
  return {
    cycle,
    rubric,
    nominations: rankableNominations(db, cycleId),
    areas: rubric.map((a) => ({ key: a.key, name: a.name })),
    weightSet,
    weights: weightsFromStored(weightSet?.weights, rubricFromRows(rubric, scale)),
    method: methodSettingsFromCycle(cycle.settings),
    revision: assessmentRevision(db, cycleId),
  };
}

export type AssessmentMeta = NonNullable<ReturnType<typeof readAssessmentMeta>>;

/** The engine's input (every submitted criterion score, interviews, key figures), the comments and the jurors. */
export function readAssessmentInput(db: Db, meta: AssessmentMeta) {
  const { cycle, rubric, nominations } = meta;
  const cycleId = cycle.id;
  const scoreRows = submittedScores(db, cycleId);
  const indicators = indexIndicatorData(db);
  const scale = { min: cycle.scaleMin, max: cycle.scaleMax };
  const input = buildEngineInput({
    rubric,
    scale,
    nominations,
    scores: scoreRows,
    interviews: interviewScores(db, cycleId),
    indicators,
  });

  // Comments per juror × nomination × area, for the two ends of a flagged cell.
  const areaOfCriterion = new Map<number, string>();
  for (const a of rubric) for (const c of a.criteria) areaOfCriterion.set(c.id, a.key);
  const commentLists = new Map<string, string[]>();
  for (const r of scoreRows) {
    const text = r.comment.trim();
    const area = areaOfCriterion.get(r.criterionId);
    if (!text || !area) continue;
    const key = `${r.jurorId}|${r.nominationId}|${area}`;
    const list = commentLists.get(key) ?? [];
    if (!list.includes(text)) list.push(text);
    commentLists.set(key, list);
  }
  const comments: Record<string, string> = {};
  for (const [k, v] of commentLists) comments[k] = v.join(' · ');

  const jurorIds = [...new Set(scoreRows.map((r) => r.jurorId))].sort((a, b) => a - b);
  return { input, comments, jurors: userNames(db, jurorIds).sort((a, b) => a.id - b.id) };
}

/**
 * Everything the ranking of one cycle is computed from, read from the database and mapped
 * into the engine's shapes. No access checks here: callers (loader, actions) check first.
 * Returns null when the cycle does not exist.
 */
export function readAssessmentData(db: Db, cycleId: number) {
  const meta = readAssessmentMeta(db, cycleId);
  if (!meta) return null;
  return { ...meta, ...readAssessmentInput(db, meta) };
}

export type AssessmentData = NonNullable<ReturnType<typeof readAssessmentData>>;
