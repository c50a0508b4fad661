import type { Db } from '../client';

export type SearchHit = { documentId: number; documentTitle: string; pageNo: number; snippet: string };

/**
 * Turns what a person typed into a safe FTS5 query: every word quoted (so
 * operators and punctuation are plain text), all words required, the last one
 * as a prefix so results appear while typing. Empty when nothing searchable.
 */
export function toFtsQuery(input: string): string {
  const words = input
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

/**
 * Pages of one nomination's documents matching the query, best first, with a
 * snippet where the hit is wrapped in [[ ]]. The caller has already checked
 * that the user may read this nomination.
 */
export function searchNominationPages(db: Db, nominationId: number, input: string, limit = 50): SearchHit[] {
  const query = toFtsQuery(input);
  if (!query) return [];
  return db.$client
    .prepare(
      `select d.id as documentId, d.title as documentTitle, p.page_no as pageNo,
              snippet(document_pages_fts, 0, '[[', ']]', ' … ', 16) as snippet
         from document_pages_fts
         join document_pages p on p.id = document_pages_fts.rowid
         join documents d on d.id = p.document_id
        where document_pages_fts match ? and d.nomination_id = ?
        order by bm25(document_pages_fts), d.id, p.page_no
        limit ?`,
    )
    .all(query, nominationId, limit) as SearchHit[];
}
