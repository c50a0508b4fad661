import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '@/db/client';

/** A fresh, migrated SQLite file in its own temporary folder (files go next to it). */
export function freshDatabase(label = 'test'): { db: Db; file: string; dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `kk-${label}-`));
  const file = path.join(dir, 'app.db');
  process.env.DATABASE_PATH = file;
  const db = openDatabase(file);
  return {
    db,
    file,
    dir,
    cleanup: () => {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every row of every table, in a stable order, to compare two states of a database (the FTS index, derived from document_pages, left out). */
export function dumpAllTables(db: Db): Record<string, unknown[]> {
  const tables = db.$client
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' and name not like '%_fts%' order by name")
    .all() as { name: string }[];
  const out: Record<string, unknown[]> = {};
  for (const { name } of tables) out[name] = db.$client.prepare(`select * from "${name}" order by rowid`).all();
  return out;
}
