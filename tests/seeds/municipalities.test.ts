import { afterAll, describe, expect, it } from 'vitest';
import { municipalities } from '@/db/schema';
import { readMunicipalities, syncMunicipalities } from '@/seeds/municipalities';
import { freshDatabase } from '../helpers/db';
import { eq } from 'drizzle-orm';

describe('the official municipality list', () => {
  const { db, cleanup } = freshDatabase('kommuner');
  afterAll(cleanup);

  it('has 290 municipalities in 21 counties, codes with leading zeros', () => {
    const rows = readMunicipalities();
    expect(rows).toHaveLength(290);
    expect(new Set(rows.map((r) => r.countyCode)).size).toBe(21);
    expect(rows[0]).toMatchObject({ kommunkod: '0114', name: 'Upplands Väsby', county: 'Stockholms län' });
    expect(rows.reduce((s, r) => s + r.population, 0)).toBe(9_995_153);
  });

  it('is loaded once and kept in sync: names and population updated, never duplicated', () => {
    syncMunicipalities(db);
    syncMunicipalities(db);
    expect(db.select().from(municipalities).all()).toHaveLength(290);
    db.update(municipalities).set({ name: 'Fel namn', population: 1 }).where(eq(municipalities.kommunkod, '0840')).run();
    syncMunicipalities(db);
    const row = db.select().from(municipalities).where(eq(municipalities.kommunkod, '0840')).get();
    expect(row?.name).toBe('Mörbylånga');
    expect(row?.population).toBeGreaterThan(1000);
    expect(db.select().from(municipalities).all()).toHaveLength(290);
  });
});
