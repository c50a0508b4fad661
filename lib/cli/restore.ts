/**
 * `npm run restore -- DIR` — restores a backup made by `npm run backup` into
 * DATABASE_PATH and the files folder, after verifying every checksum in DIR's
 * manifest (on any mismatch it refuses and changes nothing). Stop the app first.
 * Exit codes: 0 restored, 1 refused or failed, 2 bad usage.
 */
import path from 'node:path';
import { restoreBackup, RestoreRefused } from '@/lib/backup/restore';
import { databasePath, filesDir } from '@/lib/config';

const USAGE = 'Användning (usage): npm run restore -- MAPP   (stoppa appen först / stop the app first)';

export async function main(argv: string[], out: (s: string) => void = console.log, err: (s: string) => void = console.error): Promise<number> {
  const dir = argv.find((a) => !a.startsWith('-'));
  if (!dir) {
    err(USAGE);
    return 2;
  }
  try {
    const r = await restoreBackup({ fromDir: path.resolve(dir), databaseFile: databasePath(), filesDir: filesDir() });
    out(`Återställt från säkerhetskopian ${r.manifest.createdAt} (restored): databasen och ${r.files} filer, alla kontrollsummor stämde.`);
    if (r.keptAs) out(`  Den tidigare databasen ligger kvar som ${r.keptAs}.`);
    return 0;
  } catch (e) {
    err(e instanceof RestoreRefused ? e.message : `Återställningen misslyckades (restore failed): ${(e as Error).message}`);
    return 1;
  }
}

if (process.argv[1] && /restore\.ts$/.test(process.argv[1])) main(process.argv.slice(2)).then((code) => process.exit(code));
