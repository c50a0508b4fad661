/**
 * The manifest of a backup: what it holds and the SHA-256 of every file, so a
 * restore can prove the copy is whole and unchanged before touching anything.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_FORMAT = 'kk-backup/1';
export const DATABASE_FILE = 'app.db';
export const FILES_FOLDER = 'files';

export type ManifestEntry = { path: string; sha256: string; bytes: number };

export type Manifest = {
  format: typeof MANIFEST_FORMAT;
  createdAt: string;
  /** The database file, its integrity_check answer and the row count of each table. */
  database: ManifestEntry & { integrity: string; tables: Record<string, number> };
  /** Every stored file (documents, generated PDFs), relative to the backup folder. */
  files: ManifestEntry[];
  /** Files the database refers to that were not on disk when the backup was made. */
  missingFiles: string[];
  durationMs: number;
};

/** SHA-256 of a file, streamed (documents can be large). */
export function sha256OfFile(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    fs.createReadStream(file)
      .on('error', reject)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')));
  });
}

export async function entryOf(root: string, relative: string): Promise<ManifestEntry> {
  const full = path.join(root, relative);
  return { path: relative, sha256: await sha256OfFile(full), bytes: fs.statSync(full).size };
}

export type ManifestProblem = { path: string; problem: 'missing' | 'size' | 'checksum' };

/** Reads and checks a backup folder against its manifest; an empty problem list means whole and unchanged. */
export async function verifyBackupDir(dir: string): Promise<{ manifest: Manifest | null; problems: ManifestProblem[]; error: string | null }> {
  const file = path.join(dir, MANIFEST_FILE);
  if (!fs.existsSync(file)) return { manifest: null, problems: [], error: `${file} saknas (no manifest): det här är ingen säkerhetskopia.` };
  let manifest: Manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  } catch {
    return { manifest: null, problems: [], error: `${file} går inte att läsa (manifest is not valid JSON).` };
  }
  if (manifest.format !== MANIFEST_FORMAT || !manifest.database || !Array.isArray(manifest.files)) {
    return { manifest: null, problems: [], error: `${file} har okänt format (unknown manifest format).` };
  }
  const problems: ManifestProblem[] = [];
  for (const entry of [manifest.database, ...manifest.files]) {
    const full = path.resolve(dir, entry.path);
    if (!full.startsWith(path.resolve(dir) + path.sep)) {
      problems.push({ path: entry.path, problem: 'missing' });
      continue;
    }
    if (!fs.existsSync(full)) problems.push({ path: entry.path, problem: 'missing' });
    else if (fs.statSync(full).size !== entry.bytes) problems.push({ path: entry.path, problem: 'size' });
    else if ((await sha256OfFile(full)) !== entry.sha256) problems.push({ path: entry.path, problem: 'checksum' });
  }
  return { manifest, problems, error: null };
}

const PROBLEM_TEXT: Record<ManifestProblem['problem'], string> = {
  missing: 'saknas (missing)',
  size: 'har fel storlek (wrong size)',
  checksum: 'har fel kontrollsumma (checksum mismatch)',
};

export function describeProblem(p: ManifestProblem): string {
  return `${p.path} ${PROBLEM_TEXT[p.problem]}`;
}
