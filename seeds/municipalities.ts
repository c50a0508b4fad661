import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { municipalities } from '@/db/schema';

export type MunicipalityRow = typeof municipalities.$inferInsert;

export const MUNICIPALITIES_CSV = path.join(process.cwd(), 'seeds', 'municipalities.csv');

/** Reads the official list (UTF-8, comma separated, no quoting; codes kept as text). */
export function readMunicipalities(file = MUNICIPALITIES_CSV): MunicipalityRow[] {
  const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
  const header = lines[0].split(',');
  const expected = ['kommunkod', 'namn', 'lanskod', 'lan', 'invanare', 'invanare_ar'];
  if (header.join(',') !== expected.join(',')) throw new Error(`Unexpected header in ${file}: ${lines[0]}`);
  return lines.slice(1).map((line, i) => {
    const [kommunkod, namn, lanskod, lan, invanare, ar] = line.split(',');
    if (!/^\d{4}$/.test(kommunkod) || !namn) throw new Error(`Bad line ${i + 2} in ${file}: ${line}`);
    return {
      kommunkod,
      name: namn,
      countyCode: lanskod,
      county: lan,
      population: Number(invanare),
      populationYear: Number(ar),
    };
  });
}

/** Inserts or updates all 290 municipalities by kommunkod; never duplicates. Returns the count. */
export function syncMunicipalities(db: Db, rows = readMunicipalities()): number {
  db.$client.transaction(() => {
    for (const row of rows) {
      db.insert(municipalities)
        .values(row)
        .onConflictDoUpdate({
          target: municipalities.kommunkod,
          set: {
            name: sql`excluded.name`,
            countyCode: sql`excluded.county_code`,
            county: sql`excluded.county`,
            population: sql`excluded.population`,
            populationYear: sql`excluded.population_year`,
          },
        })
        .run();
    }
  })();
  return rows.length;
}
