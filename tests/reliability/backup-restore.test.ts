/**
 * The restore drill: back up while the app writes, destroy the database and the
 * files, restore, and compare tables and files with what was there. Then the
 * refusals: a backup with a changed, missing or truncated file is not restored.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, writeTransaction, type Db } from '@/db/client';
import { appendAudit } from '@/db/queries/audit';
import { readAuditRows } from '@/lib/audit/read-chain';
import { verifyAuditChain } from '@/lib/audit/verify-chain';
import { sha256OfFile } from '@/lib/backup/manifest';
import { storedFiles } from '@/lib/backup/backup';
import { main as backupMain } from '@/lib/cli/backup';
import { main as restoreMain } from '@/lib/cli/restore';
import { filesDir } from '@/lib/config';
import { seedDemo } from '@/seeds/demo';
import { syncMunicipalities } from '@/seeds/municipalities';
import { dumpAllTables, freshDatabase } from '../helpers/db';

const t = freshDatabase('backup');
let writer: Db;
const backups = path.join(t.dir, 'backups');

async function fileHashes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of storedFiles(dir)) out[f] = await sha256OfFile(path.join(dir, f));
  return out;
}

beforeAll(async () => {
  syncMunicipalities(t.db);
  await seedDemo(t.db);
  writer = openDatabase(t.file); // a second connection, like the running app
}, 120_000);

afterAll(() => {
  writer.$client.close();
  t.cleanup();
});

const quiet = { out: [] as string[], err: [] as string[] };
const log = (s: string) => quiet.out.push(s);
const logErr = (s: string) => quiet.err.push(s);

describe('the restore drill', () => {
  it('backs up while writes happen, restores after the data is destroyed, and everything matches', async () => {
    const before = dumpAllTables(t.db);
    const auditBefore = before.audit_log.length;
    const files = await fileHashes(filesDir());
    expect(Object.keys(files).length).toBeGreaterThan(0);

    // Writes keep coming while the backup runs.
    let writes = 0;
    let writing = true;
    const loop = (async () => {
      while (writing) {
        writeTransaction(writer, (tx) =>
          appendAudit(tx, { actorId: null, action: 'drill.write', entity: 'drill', entityId: writes, after: { n: writes }, at: new Date().toISOString() }),
        );
        writes++;
        await new Promise((r) => setImmediate(r));
      }
    })();
    const dir = path.join(backups, 'drill');
    const backupStarted = performance.now();
    expect(await backupMain([dir], log, logErr)).toBe(0);
    const backupMs = performance.now() - backupStarted;
    writing = false;
    await loop;
    expect(writes).toBeGreaterThan(0);
    const sourceNow = dumpAllTables(t.db);

    // Destroy: the database, its WAL and every stored file.
    t.db.$client.close();
    writer.$client.close();
    for (const f of [t.file, `${t.file}-wal`, `${t.file}-shm`]) fs.rmSync(f, { force: true });
    fs.rmSync(filesDir(), { recursive: true, force: true });

    const restoreStarted = performance.now();
    expect(await restoreMain([dir], log, logErr)).toBe(0);
    const restoreMs = performance.now() - restoreStarted;
    console.log(`Restore drill: backup ${backupMs.toFixed(0)} ms during ${writes} concurrent writes, restore ${restoreMs.toFixed(0)} ms, ${Object.keys(files).length} files.`);

    const restored = openDatabase(t.file);
    try {
      expect((restored.$client.pragma('integrity_check') as { integrity_check: string }[])[0].integrity_check).toBe('ok');
      const after = dumpAllTables(restored);
      // Every table but the audit log is exactly as before (the writer only appended audit rows) …
      for (const name of Object.keys(before)) if (name !== 'audit_log') expect(after[name], name).toEqual(before[name]);
      // … and the audit log is a consistent snapshot: a prefix of what the source ended with, at least what was there before, with an intact chain.
      expect(after.audit_log.length).toBeGreaterThanOrEqual(auditBefore);
      expect(after.audit_log).toEqual(sourceNow.audit_log.slice(0, after.audit_log.length));
      const { rows } = readAuditRows(restored.$client);
      expect(verifyAuditChain(rows).ok).toBe(true);
    } finally {
      restored.$client.close();
    }
    expect(await fileHashes(filesDir())).toEqual(files);
    expect(fs.readdirSync(path.dirname(t.file)).filter((f) => f.includes('.restore.tmp'))).toEqual([]);
  }, 120_000);
});

describe('restore refuses a damaged backup and changes nothing', () => {
  let good: string;
  beforeAll(async () => {
    good = path.join(backups, 'good');
    expect(await backupMain([good], log, logErr)).toBe(0);
  });

  function damagedCopy(name: string, damage: (dir: string) => void): string {
    const dir = path.join(backups, name);
    fs.cpSync(good, dir, { recursive: true });
    damage(dir);
    return dir;
  }

  async function expectRefused(dir: string, message: RegExp) {
    const dbHash = await sha256OfFile(t.file);
    const err: string[] = [];
    expect(await restoreMain([dir], () => {}, (s) => err.push(s))).toBe(1);
    expect(err.join('\n')).toMatch(/inget återställdes|inget ändrades/);
    expect(err.join('\n')).toMatch(message);
    expect(await sha256OfFile(t.file)).toBe(dbHash);
  }

  it('a stored file with one byte changed', async () => {
    const dir = damagedCopy('flipped', (d) => {
      const f = path.join(d, 'files', fs.readdirSync(path.join(d, 'files'))[0]);
      const bytes = fs.readFileSync(f);
      bytes[Math.floor(bytes.length / 2)] ^= 0xff;
      fs.writeFileSync(f, bytes);
    });
    await expectRefused(dir, /files\/[0-9a-f]{64} har fel kontrollsumma/);
  });

  it('a stored file missing', async () => {
    const dir = damagedCopy('missing', (d) => fs.rmSync(path.join(d, 'files', fs.readdirSync(path.join(d, 'files'))[0])));
    await expectRefused(dir, /saknas \(missing\)/);
  });

  it('the database copy truncated', async () => {
    const dir = damagedCopy('truncated', (d) => fs.truncateSync(path.join(d, 'app.db'), 4096));
    await expectRefused(dir, /app\.db har fel storlek/);
  });

  it('a folder without a manifest, and no folder at all', async () => {
    const dir = damagedCopy('nomanifest', (d) => fs.rmSync(path.join(d, 'manifest.json')));
    await expectRefused(dir, /ingen säkerhetskopia/);
    expect(await restoreMain([], () => {}, () => {})).toBe(2);
  });

  it('backup refuses to write into a folder that is not empty', async () => {
    const err: string[] = [];
    expect(await backupMain([good], () => {}, (s) => err.push(s))).toBe(1);
    expect(err[0]).toMatch(/inte tom/);
  });
});
