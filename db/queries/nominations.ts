import { asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { cycles, documents, municipalities, nominations } from '../schema';

/** One nomination with its municipality and cycle. */
export function nominationById(db: Db, id: number) {
  return db
    .select({
      id: nominations.id,
      status: nominations.status,
      answers: nominations.answers,
      finalist: nominations.finalist,
      submittedAt: nominations.submittedAt,
      updatedAt: nominations.updatedAt,
      kommunkod: municipalities.kommunkod,
      municipality: municipalities.name,
      county: municipalities.county,
      population: municipalities.population,
      cycleId: cycles.id,
      cycleName: cycles.name,
      cycleYear: cycles.year,
      cyclePhase: cycles.phase,
      cycleMode: cycles.mode,
    })
    .from(nominations)
    .innerJoin(municipalities, eq(municipalities.kommunkod, nominations.kommunkod))
    .innerJoin(cycles, eq(cycles.id, nominations.cycleId))
    .where(eq(nominations.id, id))
    .get();
}

/** A municipality's nominations in every cycle, newest cycle first. */
export function nominationsOfMunicipality(db: Db, kommunkod: string) {
  return db
    .select({ id: nominations.id })
    .from(nominations)
    .innerJoin(cycles, eq(cycles.id, nominations.cycleId))
    .where(eq(nominations.kommunkod, kommunkod))
    .orderBy(desc(cycles.year), desc(cycles.id))
    .all()
    .map((r) => r.id);
}

/** Document metadata (never the file path) of a nomination. */
export function documentsOf(db: Db, nominationId: number) {
  return db
    .select({
      id: documents.id,
      type: documents.type,
      title: documents.title,
      filename: documents.filename,
      sizeBytes: documents.sizeBytes,
      pageCount: documents.pageCount,
      sha256: documents.sha256,
      textStatus: documents.textStatus,
      isDemo: documents.isDemo,
      uploadedAt: documents.uploadedAt,
    })
    .from(documents)
    .where(eq(documents.nominationId, nominationId))
    .orderBy(asc(documents.id))
    .all();
}
