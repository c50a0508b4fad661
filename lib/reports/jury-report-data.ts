import 'server-only';
import type { Db } from '@/db/client';
import { userNames } from '@/db/queries/assessment';
import { latestApprovedMotivation } from '@/db/queries/motivation';
import { cycleById } from '@/db/queries/cycles';
import { developmentHonourOf } from '@/lib/domain/development-choice';
import { interviewNotesOfCycle, juryOfCycle } from '@/db/queries/reports';
import { nowIso } from '@/lib/time';
import type { JuryReportData } from './jury-report-model';
import { reportRankingOfMeta } from './report-ranking';

/**
 * Gathers everything the jury report shows from the database, through the assessment
 * code the shortlist uses. No access checks here: the caller (loader) checks first.
 * Null for an unknown cycle or a cycle without a rubric.
 */
export function gatherJuryReportData(db: Db, cycleId: number, now: Date = new Date()): JuryReportData | null {
  const r = reportRankingOfMeta(db, cycleId);
  if (!r) return null;
  const { meta: data, decision } = r;
  const byNomination = new Map<number, JuryReportData['interviews'][number]['notes']>();
  for (const n of interviewNotesOfCycle(db, cycleId)) {
    const list = byNomination.get(n.nominationId) ?? [];
    list.push({ areaKey: n.areaKey, juror: n.juror, roles: n.roles, date: n.date, score: n.score, strengths: n.strengths, concerns: n.concerns, observations: n.observations });
    byNomination.set(n.nominationId, list);
  }
  const decidedBy = decision?.decidedBy ? (userNames(db, [decision.decidedBy])[0]?.name ?? null) : null;
  return {
    cycle: { id: data.cycle.id, name: data.cycle.name, year: data.cycle.year, mode: data.cycle.mode, phase: data.cycle.phase, scaleMin: data.cycle.scaleMin, scaleMax: data.cycle.scaleMax },
    generatedAt: nowIso(now),
    jury: juryOfCycle(db, cycleId),
    areas: data.areas,
    nominations: data.nominations,
    weightSet: r.weightSet ? { version: r.weightSet.version, createdAt: r.weightSet.createdAt } : null,
    method: data.method,
    ranking: r.ranking,
    agreement: r.agreement,
    interviews: [...byNomination].map(([nominationId, notes]) => ({ nominationId, notes })),
    decision: decision
      ? { winnerNominationId: decision.winnerNominationId, rationale: decision.rationale, decidedAt: decision.decidedAt, decidedBy, staleData: r.staleSinceDecision }
      : null,
    motivation: decision ? latestApprovedMotivation(db, decision.winnerNominationId) : null,
    development: developmentHonourOf(cycleById(db, cycleId)?.settings),
  };
}
