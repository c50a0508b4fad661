import 'server-only';
import type { Db } from '@/db/client';
import { decisionOfCycle } from '@/db/queries/assessment';
import type { CycleRow } from '@/db/queries/cycles';
import { latestApprovedMotivation } from '@/db/queries/motivation';
import { nominationsWithMunicipality } from '@/db/queries/publication';
import { permits } from '@/lib/domain/phases';
import { refusalText } from '@/lib/i18n/refusal';
import { vt } from '@/lib/i18n/validation';

export type Readiness = {
  decision: { winnerNominationId: number; winner: string; decidedAt: string } | null;
  motivation: { version: number; text: string; approvedAt: string } | null;
  /** What is missing before the cycle can be published, in Swedish; empty when it can be. */
  missing: string[];
};

/**
 * What publishing a cycle needs: the phase "Beslut fattat", a recorded decision and an
 * approved motivation for the winner. The page lists what is missing; the action refuses with it.
 */
export function publicationReadiness(db: Db, cycle: CycleRow, now: Date): Readiness {
  const missing: string[] = [];
  const phase = permits({ mode: cycle.mode, phase: cycle.phase, dates: {} }, 'publish', now);
  if (!phase.ok) missing.push(refusalText(phase));
  const row = decisionOfCycle(db, cycle.id);
  const winner = row ? nominationsWithMunicipality(db, cycle.id).find((n) => n.id === row.winnerNominationId) : undefined;
  const decision = row ? { winnerNominationId: row.winnerNominationId, winner: winner?.name ?? '', decidedAt: row.decidedAt } : null;
  if (!decision) missing.push(vt('valLoaders.publicationNoDecision'));
  const motivation = decision ? latestApprovedMotivation(db, decision.winnerNominationId) : null;
  if (decision && !motivation) missing.push(vt('valLoaders.publicationNoMotivation', { winner: decision.winner }));
  return { decision, motivation, missing };
}
