/**
 * An online, consistent backup: the database through SQLite's backup API (the app
 * keeps running and writing), then the stored files, then a manifest with the
 * SHA-256 of everything. Files are content-addressed and never change in place,
 * so copying them after the database snapshot gives every file the snapshot
 * refers to (a file deleted in between is named in missingFiles).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE, entryOf, FILES_FOLDER, MANIFEST_FILE, MANIFEST_FORMAT, type Manifest } from './manifest';

export type BackupOptions = { databaseFile: string; filesDir: string; outDir: string; now?: () => Date };

/** Regular files under dir (relative paths), skipping upload temporaries. */
export function storedFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => !f.split(path.sep).includes('tmp') && !/\.(tmp|part)$/.test(f))
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .sort();
}

function tableCounts(sqlite: Database.Database): Record<string, number> {
  const tables = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '%_fts%' order by name")
    .all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, (sqlite.prepare(`select count(*) as n from "${name}"`).get() as { n: number }).n]));
}

function referencedFiles(sqlite: Database.Database): string[] {
  const hasDocuments = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = 'documents'").get();
  if (!hasDocuments) return [];
  return (sqlite.prepare('select distinct sha256 from documents where sha256 is not null').all() as { sha256: string }[]).map((r) => r.sha256);
}

export async function createBackup(opts: BackupOptions): Promise<Manifest> {
  const started = Date.now();
  const now = opts.now ?? (() => new Date());
  if (!fs.existsSync(opts.databaseFile)) throw new Error(`Databasen ${opts.databaseFile} finns inte (database not found).`);
  if (fs.existsSync(opts.outDir) && fs.readdirSync(opts.outDir).length > 0) {
    throw new Error(`Mappen ${opts.outDir} är inte tom; välj en ny mapp (backup folder not empty).`);
  }
  fs.mkdirSync(path.join(opts.outDir, FILES_FOLDER), { recursive: true });
  const createdAt = now().toISOString();

  // 1. The database, online. Large steps keep the copy short, so concurrent writers rarely force a restart.
  const source = new Database(opts.databaseFile, { fileMustExist: true });
  source.pragma('busy_timeout = 5000');
  const target = path.join(opts.outDir, DATABASE_FILE);
  try {
    await source.backup(target, { progress: () => 10_000 });
  } finally {
    source.close();
  }
  const copy = new Database(target);
  let integrity: string;
  let tables: Record<string, number>;
  let referenced: string[];
  try {
    copy.pragma('journal_mode = DELETE'); // one self-contained file, no -wal beside it
    integrity = (copy.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
    tables = tableCounts(copy);
    referenced = referencedFiles(copy);
  } finally {
    copy.close();
  }
  if (integrity !== 'ok') throw new Error(`Kopian av databasen klarar inte integrity_check: ${integrity}`);

  // 2. The stored files (copy then rename, so a half-copied file never looks whole).
  const names = storedFiles(opts.filesDir);
  for (const name of names) {
    const dest = path.join(opts.outDir, FILES_FOLDER, name);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.copyFileSync(path.join(opts.filesDir, name), `${dest}.tmp`);
    fs.renameSync(`${dest}.tmp`, dest);
  }
  const copied = new Set(names);
  const files = [];
  for (const name of names) files.push(await entryOf(opts.outDir, path.join(FILES_FOLDER, name)));

  // 3. The manifest, written last: a folder without one is an unfinished backup.
  const manifest: Manifest = {
    format: MANIFEST_FORMAT,
    createdAt,
    database: { ...(await entryOf(opts.outDir, DATABASE_FILE)), integrity, tables },
    files,
    missingFiles: referenced.filter((sha) => !copied.has(sha)),
    durationMs: Date.now() - started,
  };
  const manifestPath = path.join(opts.outDir, MANIFEST_FILE);
  fs.writeFileSync(`${manifestPath}.tmp`, JSON.stringify(manifest, null, 2));
  fs.renameSync(`${manifestPath}.tmp`, manifestPath);
  return manifest;
}
