/**
 * Restores a backup made by createBackup, after checking every checksum in its
 * manifest: on any mismatch nothing is touched. The app must be stopped while
 * restoring. The current database is kept beside the restored one
 * (app.db.before-restore-<time>), never deleted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DATABASE_FILE, describeProblem, FILES_FOLDER, verifyBackupDir, type Manifest } from './manifest';

export type RestoreOptions = { fromDir: string; databaseFile: string; filesDir: string; now?: () => Date };

export class RestoreRefused extends Error {}

function fsyncFile(file: string) {
  const fd = fs.openSync(file, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export async function restoreBackup(opts: RestoreOptions): Promise<{ manifest: Manifest; keptAs: string | null; files: number }> {
  const { manifest, problems, error } = await verifyBackupDir(opts.fromDir);
  if (error || !manifest) throw new RestoreRefused(`Återställningen avbröts, inget ändrades (restore refused): ${error}`);
  if (problems.length > 0) {
    throw new RestoreRefused(
      [
        `Säkerhetskopian i ${opts.fromDir} är skadad eller ändrad; inget återställdes (backup damaged or altered, nothing restored):`,
        ...problems.map((p) => `  - ${describeProblem(p)}`),
      ].join('\n'),
    );
  }
  const stamp = (opts.now ?? (() => new Date()))().toISOString().replace(/[:.]/g, '-');

  // Files first: content-addressed, so adding them is harmless even if the database step failed.
  for (const entry of manifest.files) {
    const relative = path.relative(FILES_FOLDER, entry.path);
    const dest = path.join(opts.filesDir, relative);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.copyFileSync(path.join(opts.fromDir, entry.path), `${dest}.restore.tmp`);
    fs.renameSync(`${dest}.restore.tmp`, dest);
  }

  // The database: copy beside the target, fsync, move the old one (and its WAL) aside, rename into place.
  fs.mkdirSync(path.dirname(opts.databaseFile), { recursive: true });
  const incoming = `${opts.databaseFile}.restore.tmp`;
  fs.copyFileSync(path.join(opts.fromDir, DATABASE_FILE), incoming);
  fsyncFile(incoming);
  let keptAs: string | null = null;
  for (const suffix of ['', '-wal', '-shm']) {
    const current = `${opts.databaseFile}${suffix}`;
    if (!fs.existsSync(current)) continue;
    const aside = `${opts.databaseFile}.before-restore-${stamp}${suffix}`;
    fs.renameSync(current, aside);
    if (suffix === '') keptAs = aside;
  }
  fs.renameSync(incoming, opts.databaseFile);
  return { manifest, keptAs, files: manifest.files.length };
}
