/**
 * `npm run audit:verify [-- --db FILE]` — recomputes the audit log's hash chain and
 * names the first changed or deleted row. Opens the database read-only (safe while
 * the app runs). Exit codes: 0 intact, 1 broken chain, 2 the database cannot be read.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { readAuditRows } from '@/lib/audit/read-chain';
import { firstProblem, verifyAuditChain, type ChainReport } from '@/lib/audit/verify-chain';
import { databasePath } from '@/lib/config';

export function verifyDatabaseFile(file: string): ChainReport {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const { rows, lastIssuedId } = readAuditRows(sqlite);
    return verifyAuditChain(rows, lastIssuedId);
  } finally {
    sqlite.close();
  }
}

export function main(argv: string[], out: (s: string) => void = console.log, err: (s: string) => void = console.error): number {
  const { values } = parseArgs({ args: argv, options: { db: { type: 'string' } } });
  const file = values.db ?? databasePath();
  if (!fs.existsSync(file)) {
    err(`Databasen ${file} finns inte (database not found).`);
    return 2;
  }
  let report: ChainReport;
  try {
    report = verifyDatabaseFile(file);
  } catch (e) {
    err(`Databasen ${file} kunde inte läsas: ${(e as Error).message}`);
    return 2;
  }
  if (report.ok) {
    out(`Granskningsloggen är obruten: ${report.checked} rader kontrollerade (audit chain intact). Senaste hash: ${report.head}`);
    return 0;
  }
  const first = firstProblem(report)!;
  err(`Granskningsloggen är BRUTEN (audit chain broken): ${report.problems.length} fel bland ${report.checked} rader.`);
  err(`Första felet: ${first.message}`);
  for (const p of report.problems) err(`  - ${p.message}`);
  return 1;
}

if (process.argv[1] && /audit-verify\.ts$/.test(process.argv[1])) process.exit(main(process.argv.slice(2)));
