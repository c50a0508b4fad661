/**
 * `npm run retention -- [--apply]`: lists the cycles whose documents are past their
 * retention time (DOCUMENT_RETENTION_MONTHS after publication, default 24) and, with
 * --apply, deletes those documents and their files. Without --apply nothing changes.
 * Exit code 0 on success, 2 on usage errors.
 */
import { loadEnvConfig } from '@next/env';
import { closeDb, getDb } from '@/db/client';
import { retentionMonthsFrom } from '@/lib/domain/retention';
import { applyRetention, planRetention } from '@/lib/gdpr/retention';

export function runRetentionCli(argv: string[], out: (line: string) => void = console.log, now = new Date()): number {
  const unknown = argv.filter((a) => a !== '--apply');
  if (unknown.length > 0) {
    out('Användning: npm run retention -- [--apply]');
    return 2;
  }
  let months: number;
  try {
    months = retentionMonthsFrom(process.env.DOCUMENT_RETENTION_MONTHS);
  } catch (err) {
    out((err as Error).message);
    return 2;
  }
  const db = getDb();
  const plan = planRetention(db, now, months);
  out(`Gallring: dokument sparas ${months} månader efter publicering.`);
  if (plan.length === 0) {
    out('Inga dokument att gallra.');
    return 0;
  }
  for (const p of plan) out(`- ${p.name}: ${p.documents} dokument, ${(p.bytes / 1e6).toFixed(1)} MB`);
  if (!argv.includes('--apply')) {
    out('Inget raderades. Kör med --apply för att radera.');
    return 0;
  }
  const files = applyRetention(db, plan, { now });
  out(`Raderade dokumenten i ${plan.length} omgångar (${files} filer).`);
  return 0;
}

if (process.argv[1]?.endsWith('retention.ts')) {
  loadEnvConfig(process.cwd());
  const code = runRetentionCli(process.argv.slice(2));
  closeDb();
  process.exit(code);
}
