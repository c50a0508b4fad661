import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { filesDir } from '@/lib/config';

/** The path of a stored file, by its SHA-256 (hex, checked so no path can be smuggled in). */
export function filePath(sha256: string, dir = filesDir()): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('Invalid file hash');
  return path.join(dir, sha256);
}

/** Stores bytes under data/files/<sha256>: a temporary name first, renamed when complete. */
export function storeBuffer(bytes: Buffer, dir = filesDir()): { sha256: string; sizeBytes: number } {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const target = filePath(sha256, dir);
  if (!fs.existsSync(target)) {
    fs.mkdirSync(dir, { recursive: true });
    const tmp = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, target);
  }
  return { sha256, sizeBytes: bytes.length };
}
