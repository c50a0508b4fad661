import { and, asc, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { motivationVersions, users } from '@/db/schema';

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

export type MotivationVersionRow = typeof motivationVersions.$inferSelect & { authorName: string | null };

/** Every version of a nomination's motivation, oldest first, with the author's name. */
export function motivationVersionsOf(db: Db, nominationId: number): MotivationVersionRow[] {
  return db
    .select({
      id: motivationVersions.id,
      nominationId: motivationVersions.nominationId,
      version: motivationVersions.version,
      text: motivationVersions.text,
      evidence: motivationVersions.evidence,
      authorId: motivationVersions.authorId,
      createdAt: motivationVersions.createdAt,
      approvedAt: motivationVersions.approvedAt,
      authorName: users.name,
    })
    .from(motivationVersions)
    .leftJoin(users, eq(users.id, motivationVersions.authorId))
    .where(eq(motivationVersions.nominationId, nominationId))
    .orderBy(asc(motivationVersions.version))
    .all();
}

/** The number of versions and the newest approved version per nomination of a cycle. */
export function motivationSummaryOfCycle(db: Db, cycleId: number) {
  return db.$client
    .prepare(
      `select v.nomination_id as nominationId, count(*) as versions, max(v.version) as latest,
              max(case when v.approved_at is not null then v.version end) as approved,
              max(v.created_at) as lastSavedAt
         from motivation_versions v join nominations n on n.id = v.nomination_id
        where n.cycle_id = ? group by v.nomination_id`,
    )
    .all(cycleId) as { nominationId: number; versions: number; latest: number; approved: number | null; lastSavedAt: string }[];
}

/** Inserts the next version of a nomination's motivation (never changes an existing one). In a write transaction. */
export function insertMotivationVersion(
  tx: Db,
  values: { nominationId: number; text: string; evidence: unknown; authorId: number; createdAt: string },
): { id: number; version: number } {
  const last = tx
    .select({ version: sql<number>`coalesce(max(${motivationVersions.version}), 0)` })
    .from(motivationVersions)
    .where(eq(motivationVersions.nominationId, values.nominationId))
    .get();
  const version = (last?.version ?? 0) + 1;
  const row = tx.insert(motivationVersions).values({ ...values, version }).returning({ id: motivationVersions.id }).get();
  return { id: row.id, version };
}

/**
 * Approves (freezes) one version: sets approved_at once. An approved row is never changed
 * again — the update only touches rows not yet approved. Returns whether a row was approved.
 */
export function markMotivationApproved(tx: Db, id: number, at: string): boolean {
  const res = tx
    .update(motivationVersions)
    .set({ approvedAt: at })
    .where(and(eq(motivationVersions.id, id), isNull(motivationVersions.approvedAt)))
    .run();
  return res.changes === 1;
}
