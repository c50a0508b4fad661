import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/db';
import { seedSmallCycle } from '../mail/fixture';
import * as schema from '@/db/schema';
import { applyRetention, planRetention } from '@/lib/gdpr/retention';
import { storeBuffer } from '@/lib/storage/files';

const t = freshDatabase('retention');
afterAll(() => t.cleanup());
const filesDir = path.join(t.dir, 'files');

describe('deleting the documents of cycles past retention', () => {
  const fx = seedSmallCycle(t.db, { nominations: 2 });
  const at = '2025-01-01T00:00:00.000Z';
  const shared = storeBuffer(Buffer.from('%PDF-1.4 shared'), filesDir);
  const own = storeBuffer(Buffer.from('%PDF-1.4 own'), filesDir);
  const doc = (nominationId: number, file: { sha256: string; sizeBytes: number }) =>
    t.db.insert(schema.documents).values({ nominationId, type: 'vision', title: 'Vision', filename: 'v.pdf', ...file, uploadedAt: at }).run();
  // The old cycle, published 2025-11-14: one document of its own and one whose file another cycle also uses.
  t.db.update(schema.cycles).set({ phase: 'published', embargoAt: '2025-11-14T19:00:00.000Z' }).where(eq(schema.cycles.id, fx.cycle.id)).run();
  doc(fx.nominations[0].id, own);
  doc(fx.nominations[1].id, shared);
  const newer = t.db.insert(schema.cycles).values({ year: 2031, name: 'Ny omgång', phase: 'review', createdAt: at }).returning().get();
  const newerNom = t.db.insert(schema.nominations).values({ cycleId: newer.id, kommunkod: '0180', updatedAt: at, createdAt: at }).returning().get();
  doc(newerNom.id, shared);

  it('plans nothing before the time has passed', () => {
    expect(planRetention(t.db, new Date('2027-11-14T18:59:59Z'), 24)).toEqual([]);
  });

  it('deletes the old cycle’s documents, keeps a file another cycle still uses, and audits it', () => {
    const plan = planRetention(t.db, new Date('2027-11-15T00:00:00Z'), 24);
    expect(plan).toEqual([{ cycleId: fx.cycle.id, name: fx.cycle.name, documents: 2, bytes: own.sizeBytes + shared.sizeBytes }]);
    expect(applyRetention(t.db, plan, { filesDir })).toBe(1);
    expect(fs.existsSync(path.join(filesDir, own.sha256))).toBe(false);
    expect(fs.existsSync(path.join(filesDir, shared.sha256))).toBe(true);
    expect(t.db.select().from(schema.documents).all().map((d) => d.nominationId)).toEqual([newerNom.id]);
    expect(t.db.select().from(schema.auditLog).all().at(-1)).toMatchObject({ action: 'documents.retention_deleted', cycleId: fx.cycle.id });
    expect(planRetention(t.db, new Date('2027-11-15T00:00:00Z'), 24)).toEqual([]);
  });
});
