import 'server-only';
import { getDb } from '@/db/client';
import { cyclesWithCounts } from '@/db/queries/cycles';
import { requireArea } from '@/lib/auth/guards';
import { PHASE_LABELS } from '@/lib/domain/phases';

/** The organiser's overview: every cycle with its phase and counts. */
export async function loadCycleOverview() {
  await requireArea('arrangor');
  const cycles = cyclesWithCounts(getDb());
  return {
    cycles: cycles.map((c) => ({
      id: c.id,
      year: c.year,
      name: c.name,
      mode: c.mode,
      phaseLabel: PHASE_LABELS[c.phase],
      isDemo: c.isDemo,
      counts: {
        nominations: c.nominations,
        submittedApplications: c.submittedApplications,
        jurors: c.jurors,
        assignments: c.assignments,
        submittedSheets: c.submittedSheets,
      },
    })),
  };
}
