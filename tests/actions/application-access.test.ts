import { describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/session';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));

const { freshDatabase } = await import('../helpers/db');
const { applicationFixture, completeAnswers, dumpTables, CREATED } = await import('../helpers/application-fixture');
const { deleteDocument } = await import('@/lib/actions/application');
const { receiptFor } = await import('@/lib/applications/receipt');
const { documents, nominations } = await import('@/db/schema');
const { eq } = await import('drizzle-orm');

const { db } = freshDatabase('application-access');
vi.useFakeTimers({ toFake: ['Date'] });
vi.setSystemTime(new Date('2027-02-10T10:00:00.000Z'));
const fx = applicationFixture(db);
const docId = db
  .insert(documents)
  .values({ nominationId: fx.habo, type: 'vision', title: 'Vision', filename: 'v.pdf', sha256: 'c'.repeat(64), sizeBytes: 10, pageCount: 1, uploadedAt: CREATED })
  .returning({ id: documents.id })
  .get().id;

describe('receipt access', () => {
  it('is 404 (null) before submission, and afterwards for another municipality, a juror or no session', async () => {
    expect(await receiptFor(db, fx.haboContact, fx.habo)).toBeNull();
    db.update(nominations).set({ status: 'submitted', submittedAt: '2027-02-10T10:00:00.000Z', answers: completeAnswers() }).where(eq(nominations.id, fx.habo)).run();
    expect(await receiptFor(db, fx.svedalaContact, fx.habo)).toBeNull();
    expect(await receiptFor(db, fx.juror, fx.habo)).toBeNull();
    expect(await receiptFor(db, null, fx.habo)).toBeNull();
    expect(await receiptFor(db, fx.haboContact, 999999)).toBeNull();
    const own = await receiptFor(db, fx.haboContact, fx.habo);
    expect(own?.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(own?.filename).toBe('kvitto-habo-2027.pdf');
    expect((await receiptFor(db, fx.organiser, fx.habo))?.pdf.length).toBeGreaterThan(1000);
    db.update(nominations).set({ status: 'draft', submittedAt: null }).where(eq(nominations.id, fx.habo)).run();
  });
});

describe('deleteDocument', () => {
  it('refuses another municipality (as not found) and a juror, and deletes the own document with an audit entry', async () => {
    current.user = fx.svedalaContact;
    const before = dumpTables(db);
    expect(await deleteDocument({ documentId: docId })).toEqual({ ok: false, error: 'Dokumentet finns inte.' });
    current.user = fx.juror;
    expect(await deleteDocument({ documentId: docId })).toMatchObject({ ok: false, error: expect.stringMatching(/behörighet/) });
    expect(dumpTables(db)).toEqual(before);
    current.user = fx.haboContact;
    expect(await deleteDocument({ documentId: docId })).toEqual({ ok: true, data: { deleted: docId } });
    expect(db.select().from(documents).where(eq(documents.id, docId)).get()).toBeUndefined();
    expect(dumpTables(db).audit_log.at(-1)).toMatchObject({ action: 'document.delete', entity_id: String(docId) });
  });

  it('refuses to delete from a submitted application', async () => {
    const id = db
      .insert(documents)
      .values({ nominationId: fx.habo, type: 'vision', title: 'V2', filename: 'v.pdf', sha256: 'd'.repeat(64), sizeBytes: 10, uploadedAt: CREATED })
      .returning({ id: documents.id })
      .get().id;
    db.update(nominations).set({ status: 'submitted' }).where(eq(nominations.id, fx.habo)).run();
    current.user = fx.haboContact;
    expect(await deleteDocument({ documentId: id })).toEqual({ ok: false, error: expect.stringMatching(/inskickad och låst/) });
  });
});
