/**
 * `npm run backup [-- DIR]` — an online, consistent backup of the database
 * (DATABASE_PATH) and the stored files into DIR (default backups/<UTC time>/),
 * with manifest.json holding the SHA-256 of every file. The app keeps running.
 * Exit codes: 0 done, 1 failed (a message on stderr).
 */
import path from 'node:path';
import { createBackup } from '@/lib/backup/backup';
import { databasePath, filesDir } from '@/lib/config';

export function defaultBackupDir(now: Date, root = process.cwd()): string {
  return path.join(root, 'backups', now.toISOString().replace(/[:.]/g, '-'));
}

export async function main(argv: string[], out: (s: string) => void = console.log, err: (s: string) => void = console.error): Promise<number> {
  const outDir = path.resolve(argv.find((a) => !a.startsWith('-')) ?? defaultBackupDir(new Date()));
  try {
    const m = await createBackup({ databaseFile: databasePath(), filesDir: filesDir(), outDir });
    const rows = Object.values(m.database.tables).reduce((a, b) => a + b, 0);
    out(`Säkerhetskopian är klar (backup done): ${outDir}`);
    out(`  databas: ${m.database.bytes} byte, ${rows} rader i ${Object.keys(m.database.tables).length} tabeller, integrity_check ${m.database.integrity}`);
    out(`  filer: ${m.files.length}; tid: ${m.durationMs} ms`);
    if (m.missingFiles.length > 0) err(`  Varning: ${m.missingFiles.length} filer som databasen hänvisar till saknades redan: ${m.missingFiles.join(', ')}`);
    return 0;
  } catch (e) {
    err(`Säkerhetskopieringen misslyckades (backup failed): ${(e as Error).message}`);
    return 1;
  }
}

if (process.argv[1] && /backup\.ts$/.test(process.argv[1])) main(process.argv.slice(2)).then((code) => process.exit(code));
