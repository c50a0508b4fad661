import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentPages, documents, nominations } from '@/db/schema';
import { searchNominationPages, toFtsQuery } from '@/db/queries/search';
import { syncMunicipalities } from '@/seeds/municipalities';
import { freshDatabase } from '../helpers/db';

describe('document search', () => {
  const t = freshDatabase('search');
  let own: number;
  let other: number;
  let docId: number;

  beforeAll(() => {
    syncMunicipalities(t.db);
    t.db.$client.prepare("insert into cycles (year, name, mode, phase, created_at) values (2027, 'T', 'open_application', 'review', '2027-01-01')").run();
    const now = '2027-01-01T00:00:00Z';
    [own, other] = ['0114', '0115'].map(
      (k) => t.db.insert(nominations).values({ cycleId: 1, kommunkod: k, updatedAt: now, createdAt: now }).returning().get().id,
    );
    const doc = (nominationId: number, title: string) =>
      t.db.insert(documents).values({ nominationId, type: 'ovrigt', title, filename: 'a.pdf', sha256: title, sizeBytes: 1, uploadedAt: now }).returning().get().id;
    docId = doc(own, 'Mål och budget');
    t.db.insert(documentPages).values([
      { documentId: docId, pageNo: 1, text: 'Kommunfullmäktige fastställer målen för välfärden.' },
      { documentId: docId, pageNo: 2, text: 'Medarbetarenkäten visar ett högt hållbart medarbetarengagemang (HME).' },
    ]).run();
    t.db.insert(documentPages).values({ documentId: doc(other, 'Annan kommun'), pageNo: 1, text: 'Medarbetarenkäten i en annan kommun.' }).run();
  });
  afterAll(() => t.cleanup());

  it('finds words with å ä ö, case-folded, with page and snippet', () => {
    const hits = searchNominationPages(t.db, own, 'KOMMUNFULLMÄKTIGE');
    expect(hits).toEqual([{ documentId: docId, documentTitle: 'Mål och budget', pageNo: 1, snippet: expect.stringContaining('[[Kommunfullmäktige]]') }]);
  });

  it('matches the last word as a prefix and never returns another nomination\'s pages', () => {
    const hits = searchNominationPages(t.db, own, 'medarbetar');
    expect(hits.map((h) => h.pageNo)).toEqual([2]);
  });

  it('treats operators and quotes as plain text instead of failing', () => {
    expect(() => searchNominationPages(t.db, own, 'mål" OR NEAR( * -')).not.toThrow();
    expect(toFtsQuery('  "  ')).toBe('');
    expect(searchNominationPages(t.db, own, '"')).toEqual([]);
  });

  it('keeps the index in step when pages are deleted', () => {
    t.db.$client.prepare('delete from document_pages where document_id = ? and page_no = 2').run(docId);
    expect(searchNominationPages(t.db, own, 'medarbetarenkäten')).toEqual([]);
  });
});
