/**
 * What a municipality may know about its own application, by phase: draft,
 * submitted, in review, finalist or not shortlisted. Never scores, never other
 * municipalities, never the decision before it is public (the public results page
 * tells the winner).
 */
import type { NominationStatus } from '@/db/schema/nominations';
import type { Phase } from './phases';

export type ApplicationStage = 'invited' | 'draft' | 'not_submitted' | 'submitted' | 'in_review' | 'finalist' | 'not_shortlisted' | 'declined' | 'withdrawn';

// Pages name a stage from the catalogue (kommunCommon.stages, cycleApplications.stages).

const AFTER_FINALISTS: readonly Phase[] = ['finalists_named', 'interviews', 'deliberation', 'decided', 'published'];

export function applicationStage(n: { status: NominationStatus; finalist: boolean; phase: Phase }): ApplicationStage {
  if (n.status === 'declined' || n.status === 'withdrawn' || n.status === 'invited') return n.status;
  const pastApplications = n.phase === 'review' || AFTER_FINALISTS.includes(n.phase);
  if (n.status === 'draft') return pastApplications ? 'not_submitted' : 'draft';
  if (AFTER_FINALISTS.includes(n.phase)) return n.finalist ? 'finalist' : 'not_shortlisted';
  if (n.phase === 'review') return 'in_review';
  return 'submitted';
}
