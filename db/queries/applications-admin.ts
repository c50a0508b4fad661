import { and, asc, count, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { documents, municipalities, nominations, users } from '@/db/schema';

/** Every application of a cycle for the organiser: municipality, status, submission time, number of documents. */
export function applicationsOfCycle(db: Db, cycleId: number) {
  const docCounts = db
    .select({ nominationId: documents.nominationId, n: count().as('n') })
    .from(documents)
    .groupBy(documents.nominationId)
    .as('doc_counts');
  return db
    .select({
      id: nominations.id,
      kommunkod: nominations.kommunkod,
      municipality: municipalities.name,
      county: municipalities.county,
      status: nominations.status,
      finalist: nominations.finalist,
      submittedAt: nominations.submittedAt,
      updatedAt: nominations.updatedAt,
      documents: docCounts.n,
    })
    .from(nominations)
    .innerJoin(municipalities, eq(municipalities.kommunkod, nominations.kommunkod))
    .leftJoin(docCounts, eq(docCounts.nominationId, nominations.id))
    .where(eq(nominations.cycleId, cycleId))
    .orderBy(asc(municipalities.name))
    .all()
    .map((r) => ({ ...r, documents: r.documents ?? 0 }));
}

/** The active contacts of a municipality (who are told when their application is reopened). */
export function municipalityContacts(db: Db, kommunkod: string) {
  return db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(and(eq(users.kommunkod, kommunkod), eq(users.role, 'municipality'), eq(users.active, true)))
    .all();
}
