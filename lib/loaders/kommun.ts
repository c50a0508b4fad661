import 'server-only';
import { getDb } from '@/db/client';
import { documentsOf, nominationById, nominationsOfMunicipality } from '@/db/queries/nominations';
import { requireArea } from '@/lib/auth/guards';
import { applicationStage } from '@/lib/domain/application-status';

/** The municipality contact's own application(s): status and documents, nothing of others. */
export async function loadMyApplication() {
  const user = await requireArea('kommun');
  const db = getDb();
  const ids = user.kommunkod ? nominationsOfMunicipality(db, user.kommunkod) : [];
  const applications = ids.flatMap((id) => {
    const n = nominationById(db, id);
    if (!n) return [];
    return [
      {
        id: n.id,
        cycleName: n.cycleName,
        phase: n.cyclePhase,
        stage: applicationStage({ status: n.status, finalist: n.finalist, phase: n.cyclePhase }),
        submittedAt: n.submittedAt,
        /** A nomination by key figures is answered (accepted) before the application opens. */
        awaitingResponse: n.status === 'invited' && n.cycleMode === 'key_figures',
        documents: documentsOf(db, n.id).map((d) => ({
          id: d.id,
          title: d.title,
          type: d.type,
          pageCount: d.pageCount,
          sizeBytes: d.sizeBytes,
          sha256: d.sha256,
          isDemo: d.isDemo,
        })),
      },
    ];
  });
  return { municipality: user.municipalityName ?? user.kommunkod ?? '', applications };
}
