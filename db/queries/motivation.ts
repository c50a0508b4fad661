import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { motivationVersions } from '@/db/schema';

export type ApprovedMotivation = { version: number; text: string; approvedAt: string };

/**
 * The motivation to publish for a nomination: its latest approved version (an
 * approved version is frozen; approving a later one supersedes it). Null when none
 * is approved yet — callers show nothing rather than a draft.
 */
export function latestApprovedMotivation(db: Db, nominationId: number): ApprovedMotivation | null {
  const row = db
    .select({ version: motivationVersions.version, text: motivationVersions.text, approvedAt: motivationVersions.approvedAt })
    .from(motivationVersions)
    .where(and(eq(motivationVersions.nominationId, nominationId), isNotNull(motivationVersions.approvedAt)))
    .orderBy(desc(motivationVersions.version))
    .limit(1)
    .get();
  return row && row.approvedAt ? { version: row.version, text: row.text, approvedAt: row.approvedAt } : null;
}
