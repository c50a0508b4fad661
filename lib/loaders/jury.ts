import 'server-only';
import { getDb } from '@/db/client';
import { rubricOf } from '@/db/queries/cycles';
import { assignmentsForJuror, jurorRelation } from '@/db/queries/jury';
import { documentsOf, nominationById } from '@/db/queries/nominations';
import { enforce, requireArea } from '@/lib/auth/guards';
import { canOnNomination } from '@/lib/domain/policies';
import { notFound } from 'next/navigation';

export type SheetProgress = 'not_started' | 'in_progress' | 'submitted';

export const PROGRESS_LABELS: Record<SheetProgress, string> = {
  not_started: 'Inte påbörjad',
  in_progress: 'Pågår',
  submitted: 'Inskickad',
};

/** "Mina tilldelningar": the juror's nominations with progress and deadline. */
export async function loadMyAssignments() {
  const user = await requireArea('jury');
  const rows = assignmentsForJuror(getDb(), user.id);
  return {
    juror: { name: user.name, organisation: user.organisation },
    assignments: rows.map((r) => {
      const progress: SheetProgress =
        r.sheetStatus === 'submitted' ? 'submitted' : r.scored > 0 ? 'in_progress' : 'not_started';
      return {
        nominationId: r.nominationId,
        municipality: r.municipality,
        county: r.county,
        cycleName: r.cycleName,
        scored: r.scored,
        total: r.total,
        progress,
        deadline: r.deadline,
      };
    }),
  };
}

/** One nomination as an assigned, non-conflicted juror reads it. 404 otherwise. */
export async function loadJurorNomination(nominationId: number) {
  const user = await requireArea('jury');
  if (!Number.isSafeInteger(nominationId) || nominationId <= 0) notFound();
  const db = getDb();
  const facts = jurorRelation(db, user.id, nominationId);
  if (!facts) notFound();
  enforce(canOnNomination(user, 'read', facts));
  const nomination = nominationById(db, nominationId);
  if (!nomination) notFound();
  return {
    nomination: {
      id: nomination.id,
      municipality: nomination.municipality,
      county: nomination.county,
      population: nomination.population,
      cycleName: nomination.cycleName,
      answers: nomination.answers,
    },
    documents: documentsOf(db, nominationId).map((d) => ({
      id: d.id,
      type: d.type,
      title: d.title,
      pageCount: d.pageCount,
      sizeBytes: d.sizeBytes,
      isDemo: d.isDemo,
    })),
    rubric: rubricOf(db, nomination.cycleId).map((a) => ({
      key: a.key,
      name: a.name,
      criteria: a.criteria.map((c) => ({ id: c.id, title: c.title, guidance: c.guidance })),
    })),
    ownSheetSubmitted: facts.ownSheetSubmitted,
  };
}
