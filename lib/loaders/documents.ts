import 'server-only';
import { getDb } from '@/db/client';
import { jurorRelation } from '@/db/queries/jury';
import { documentForAccess } from '@/db/queries/scoring';
import { getCurrentUser } from '@/lib/auth/session';
import { canOnNomination } from '@/lib/domain/policies';

export type DocumentAccess =
  | { status: 401 | 404 }
  | { status: 200; document: { id: number; filename: string; title: string; sha256: string; sizeBytes: number } };

/**
 * Whether the signed-in user may read one stored document: the organiser always;
 * a juror assigned to its nomination without a conflict; a contact of the
 * municipality it belongs to. Everyone else gets 404, so nothing leaks.
 */
export async function loadDocumentAccess(documentId: number): Promise<DocumentAccess> {
  const user = await getCurrentUser();
  if (!user) return { status: 401 };
  if (!Number.isSafeInteger(documentId) || documentId <= 0) return { status: 404 };
  const db = getDb();
  const document = documentForAccess(db, documentId);
  if (!document) return { status: 404 };
  const facts = jurorRelation(db, user.id, document.nominationId);
  if (!facts) return { status: 404 };
  const decision = canOnNomination(user, 'read_documents', {
    kommunkod: facts.kommunkod,
    // Assignment and conflict are a juror's relation; for other roles they mean nothing.
    assigned: user.role === 'juror' && facts.assigned,
    conflicted: user.role === 'juror' && facts.conflicted,
    ownSheetSubmitted: user.role === 'juror' && facts.ownSheetSubmitted,
  });
  if (!decision.ok) return { status: 404 };
  return {
    status: 200,
    document: { id: document.id, filename: document.filename, title: document.title, sha256: document.sha256, sizeBytes: document.sizeBytes },
  };
}
