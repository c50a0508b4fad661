import 'server-only';
import { getDb } from '@/db/client';
import { applicationsOfCycle } from '@/db/queries/applications-admin';
import { requireArea } from '@/lib/auth/guards';
import { applicationStage } from '@/lib/domain/application-status';
import { cycleOr404 } from '@/lib/loaders/arrangor';
import { requiredDocumentTypesOf } from '@/lib/validation/application';

/** "Ansökningar": every application of a cycle with its status, and whether it can be reopened now. */
export async function loadCycleApplications(rawId: string) {
  await requireArea('arrangor');
  const db = getDb();
  const cycle = cycleOr404(db, rawId);
  const rows = applicationsOfCycle(db, cycle.id);
  const canReopen = cycle.phase === 'applications_open';
  return {
    cycle: { id: cycle.id, name: cycle.name, phase: cycle.phase },
    canReopen,
    requiredDocumentTypes: requiredDocumentTypesOf(cycle.settings),
    requirementsEditable: ['draft', 'screening', 'applications_open'].includes(cycle.phase),
    counts: { total: rows.length, submitted: rows.filter((r) => r.status === 'submitted').length },
    applications: rows.map((r) => ({
      id: r.id,
      municipality: r.municipality,
      county: r.county,
      stage: applicationStage({ status: r.status, finalist: r.finalist, phase: cycle.phase }),
      submittedAt: r.submittedAt,
      documents: r.documents,
      reopenable: canReopen && r.status === 'submitted',
    })),
  };
}
