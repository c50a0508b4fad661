import 'server-only';
import type { Db } from '@/db/client';
import { decisionOfCycle, indexIndicatorData, submittedScores, userNames } from '@/db/queries/assessment';
import { conflictsOfCycle } from '@/db/queries/conflicts';
import { rubricOf } from '@/db/queries/cycles';
import { nominationById } from '@/db/queries/nominations';
import { interviewNotesOf } from '@/db/queries/scoring';
import { readAssessmentData } from '@/lib/assessment/data';
import { engineSettings } from '@/lib/assessment/weights';
import { rankNominations } from '@/lib/domain/engine/pipeline';
import { computeFinanceIndex } from '@/lib/domain/finance-index';
import type { AreaEvidence, CommentEvidence, CriterionEvidence, FinanceEvidence, InterviewEvidence, MotivationEvidence } from '@/lib/domain/motivation';
import { phaseOrder, refuse, type Phase, type Verdict } from '@/lib/domain/phases';
import { normalizeAnswers } from '@/lib/validation/application';

/** The facts about one nomination that decide whether it gets a motivation draft. */
export type MotivationTarget = {
  nominationId: number;
  kommunkod: string;
  municipality: string;
  cycleId: number;
  cycleName: string;
  phase: Phase;
  finalist: boolean;
  winner: boolean;
};

/** Motivation drafts exist from the phase "finalists named" onward; once published, they are read only. */
export function motivationPhaseVerdict(t: Pick<MotivationTarget, 'phase'>, mode: 'edit' | 'read'): Verdict {
  const order = phaseOrder('key_figures');
  if (order.indexOf(t.phase) < order.indexOf('finalists_named')) {
    return refuse('motivationPhase', { from: 'finalists_named', phase: t.phase });
  }
  if (mode === 'edit' && t.phase === 'published') {
    return refuse('motivationPublished');
  }
  return { ok: true };
}

/** The nomination as a motivation target, or null when it does not exist. */
export function motivationTarget(db: Db, nominationId: number): MotivationTarget | null {
  const n = nominationById(db, nominationId);
  if (!n) return null;
  const decision = decisionOfCycle(db, n.cycleId);
  return {
    nominationId: n.id,
    kommunkod: n.kommunkod,
    municipality: n.municipality,
    cycleId: n.cycleId,
    cycleName: n.cycleName,
    phase: n.cyclePhase,
    finalist: n.finalist,
    winner: decision?.winnerNominationId === n.id,
  };
}

const rank = (value: number, values: readonly number[]) => 1 + values.filter((v) => v > value).length;

/** The financial-strength index of a municipality and its place among every municipality imported. */
function financeOf(db: Db, kommunkod: string): FinanceEvidence | null {
  const { values, catalogue } = indexIndicatorData(db);
  if (values.length === 0) return null;
  const rows = computeFinanceIndex(values, catalogue).rows.filter((r) => r.component === 'financial_strength' && r.index !== null);
  const own = rows.find((r) => r.kommunkod === kommunkod);
  if (!own || own.index === null) return null;
  const all = rows.map((r) => r.index as number);
  return { kommunkod, index: own.index, rank: rank(own.index, all), of: all.length };
}

/**
 * Everything the draft of one nomination may draw on, read from the database: area scores
 * from the engine (calibrated where used, with the place in the field), criterion means,
 * jurors' comments and interview notes (submitted, never of a conflicted juror), the
 * application's own texts, and the financial-strength index. No access checks here.
 */
export function gatherMotivationEvidence(db: Db, target: MotivationTarget): MotivationEvidence {
  const data = readAssessmentData(db, target.cycleId);
  if (!data) throw new Error(`Omgången ${target.cycleId} finns inte`);
  const id = String(target.nominationId);
  const rubric = rubricOf(db, target.cycleId);

  // Area scores: the engine's aggregated (calibrated where it applies) score per area.
  const areas: AreaEvidence[] = [];
  if (rubric.length > 0) {
    const ranking = rankNominations(data.input, engineSettings(data.weights, data.method, true));
    const own = ranking.rows.find((r) => r.nominationId === id);
    for (const a of rubric) {
      const value = own?.areaScores[a.key]?.calibrated ?? own?.areaScores[a.key]?.raw ?? null;
      if (value === null) continue;
      const field = ranking.rows.map((r) => r.areaScores[a.key]?.calibrated ?? r.areaScores[a.key]?.raw ?? null).filter((v): v is number => v !== null);
      areas.push({ key: a.key, name: a.name, score: value, ownRank: 0, fieldRank: rank(value, field), fieldSize: field.length });
    }
    const scoresOnly = areas.map((a) => a.score);
    for (const a of areas) a.ownRank = rank(a.score, scoresOnly);
  }

  // Criterion means and comments of this nomination's submitted, non-conflicted sheets.
  const rows = submittedScores(db, target.cycleId).filter((r) => r.nominationId === target.nominationId);
  const names = new Map(userNames(db, [...new Set(rows.map((r) => r.jurorId))]).map((u) => [u.id, u.name]));
  const criteria: CriterionEvidence[] = [];
  const comments: CommentEvidence[] = [];
  for (const a of rubric) {
    for (const c of a.criteria) {
      const given = rows.filter((r) => r.criterionId === c.id);
      const values = given.filter((r) => !r.cannotAssess && r.value !== null).map((r) => r.value as number);
      if (values.length > 0) {
        criteria.push({ id: String(c.id), label: c.title, areaKey: a.key, mean: values.reduce((s, v) => s + v, 0) / values.length, scaleMax: data.cycle.scaleMax, jurors: values.length });
      }
      for (const r of given) {
        if (!r.comment.trim()) continue;
        comments.push({
          id: `${r.jurorId}:${c.id}`,
          areaKey: a.key,
          criterionLabel: c.title,
          juror: names.get(r.jurorId) ?? 'Jurymedlem',
          value: r.cannotAssess ? null : r.value,
          text: r.comment.trim(),
        });
      }
    }
  }

  // Interview notes: strengths (else observations), never of a juror with a conflict.
  const conflicted = new Set(conflictsOfCycle(db, target.cycleId).filter((c) => c.kommunkod === target.kommunkod).map((c) => c.jurorId));
  const areaById = new Map(rubric.map((a) => [a.id, a]));
  const interviews: InterviewEvidence[] = interviewNotesOf(db, target.nominationId, null)
    .filter((n) => !conflicted.has(n.jurorId) && areaById.has(n.areaId))
    .map((n) => ({
      id: String(n.id),
      areaKey: areaById.get(n.areaId)!.key,
      areaName: areaById.get(n.areaId)!.name,
      juror: n.jurorName,
      text: (n.strengths.trim() || n.observations.trim()).slice(0, 2000),
    }))
    .filter((n) => n.text.length > 0);

  const nomination = nominationById(db, target.nominationId);
  const answers = normalizeAnswers(nomination?.answers);
  return {
    nominationId: target.nominationId,
    municipality: target.municipality,
    scale: { min: data.cycle.scaleMin, max: data.cycle.scaleMax },
    areas,
    criteria,
    comments,
    interviews,
    answers: { goals: answers.goals, followUp: answers.followUp, selfDescription: { ...answers.selfDescription }, other: answers.keyFacts.other },
    finance: financeOf(db, target.kommunkod),
  };
}
