import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { valuesOf } from '@/db/queries/indicators';
import { runImportCli } from '@/lib/cli/import-kpi';
import { syncKpis } from '@/seeds/kpis';
import { syncMunicipalities } from '@/seeds/municipalities';
import { freshDatabase } from '../helpers/db';

const t = freshDatabase('kpi-cli');
syncMunicipalities(t.db);
syncKpis(t.db);
afterAll(() => t.cleanup());

const TAX = path.join(process.cwd(), 'seeds', 'kommunalskatt-2025.csv');

function run(args: string[]) {
  const lines: string[] = [];
  const code = runImportCli(args, (l) => lines.push(l));
  return { code, out: lines.join('\n') };
}

describe('npm run import:kpi', () => {
  it('--dry-run reports what would change and writes nothing', () => {
    const r = run([TAX, '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/nya: 290, ersätter demodata: 0, annat värde finns: 0, oförändrade: 0, felaktiga rader: 0/);
    expect(r.out).toMatch(/inget sparat/);
    expect(valuesOf(t.db)).toEqual([]);
  });

  it('imports, and a second run changes nothing', () => {
    expect(run([TAX])).toMatchObject({ code: 0, out: expect.stringMatching(/Importerat \(import \d+\): 290 nya/) });
    expect(valuesOf(t.db, ['N00901'])).toHaveLength(290);
    expect(run([TAX])).toMatchObject({ code: 0, out: expect.stringMatching(/Inget ändrat/) });
  });

  it('lists bad lines with their numbers and exits 1 without importing', () => {
    const file = path.join(t.dir, 'fel.csv');
    fs.writeFileSync(file, 'kommunkod,kpi,year,value\n0114,N03102,2024,1.5\n0114,N03102,2024,abc\n');
    const r = run([file]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/FEL rad 3: Värdet "abc" är inte ett tal\./);
    expect(valuesOf(t.db, ['N03102'])).toEqual([]);
  });

  it('explains its usage', () => {
    expect(run([]).code).toBe(2);
    expect(run(['/finns/inte.csv']).out).toMatch(/finns inte/);
  });
});
