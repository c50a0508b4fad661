/**
 * `npm run import:kpi -- FILE [--dry-run] [--replace]`: imports key figures
 * (Kolada JSON or CSV) through the same importer as the organiser's page.
 * --dry-run shows what would change and every bad line, and writes nothing.
 * --replace replaces stored real values that differ (otherwise they are kept).
 * Exit code 0 on success, 1 on bad lines or a refused file, 2 on usage errors.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadEnvConfig } from '@next/env';
import { closeDb, getDb } from '@/db/client';
import { commitKpiImport, currentMaxYear, ImportRefused, MAX_IMPORT_BYTES, previewKpiImport, tooLargeMessage } from '@/lib/import/kpi-import';
import { nowIso } from '@/lib/time';

export function runImportCli(argv: string[], out: (line: string) => void = console.log): number {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const files = argv.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => f !== '--dry-run' && f !== '--replace');
  if (files.length !== 1 || unknown.length > 0) {
    out('Användning: npm run import:kpi -- FIL [--dry-run] [--replace]');
    return 2;
  }
  const file = files[0];
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    out(`Filen ${file} finns inte.`);
    return 2;
  }
  if (fs.statSync(file).size > MAX_IMPORT_BYTES) {
    out(tooLargeMessage());
    return 1;
  }
  const bytes = new Uint8Array(fs.readFileSync(file));
  if (bytes.byteLength === 0) {
    out('Filen är tom.');
    return 1;
  }
  const db = getDb();
  const filename = path.basename(file);
  const options = { maxYear: currentMaxYear() };
  const p = previewKpiImport(db, bytes, filename, options);
  const c = p.counts;
  out(`${filename} (${p.format ?? 'okänt format'}, SHA-256 ${p.sha256})`);
  out(`  nya: ${c.new}, ersätter demodata: ${c.replacesDemo}, annat värde finns: ${c.conflicts}, oförändrade: ${c.unchanged}, felaktiga rader: ${c.errors}`);
  for (const e of p.errors) out(`  FEL ${e.line > 0 ? `rad ${e.line}` : 'filen'}: ${e.message}`);
  if (c.errors > p.errors.length) out(`  … och ${c.errors - p.errors.length} felaktiga rader till.`);
  for (const n of p.notices) out(`  obs ${n.line > 0 ? `rad ${n.line}` : 'filen'}: ${n.message}`);
  for (const k of p.conflicts) out(`  annat värde: ${k.kommunkod} ${k.kpi} ${k.year}: sparat ${k.current}, i filen ${k.value} (rad ${k.line})`);
  if (p.errors.length > 0) {
    out('Inget importerat: rätta raderna ovan och försök igen.');
    return 1;
  }
  if (flags.has('--dry-run')) {
    out('Provkörning (--dry-run): inget sparat.');
    return 0;
  }
  try {
    const r = commitKpiImport(db, bytes, filename, { ...options, actorId: null, at: nowIso(), replaceConflicts: flags.has('--replace') });
    out(
      r.importId === null
        ? 'Inget ändrat: alla värden fanns redan.'
        : `Importerat (import ${r.importId}): ${r.inserted} nya, ${r.replacedDemo} demovärden ersatta, ${r.replacedConflicts} ersatta, ${r.keptConflicts} behållna.`,
    );
    return 0;
  } catch (err) {
    if (err instanceof ImportRefused) {
      out(err.message);
      return 1;
    }
    throw err;
  }
}

const isMain = process.argv[1] && /import-kpi\.ts$/.test(process.argv[1]);
if (isMain) {
  loadEnvConfig(process.cwd());
  const code = runImportCli(process.argv.slice(2));
  closeDb();
  process.exit(code);
}
