import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';
import { databasePath } from '../lib/config';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const MIGRATIONS = path.join(process.cwd(), 'db', 'migrations');

/**
 * Opens (and creates) a database file, sets the PRAGMAs every connection needs
 * and applies the committed migrations. WAL with synchronous=NORMAL: a commit is
 * durable against a process crash; only an OS crash can lose the last commits.
 */
export function openDatabase(file: string): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite, { schema }) as Db;
  migrate(db, { migrationsFolder: MIGRATIONS });
  return db;
}

const globalForDb = globalThis as unknown as { __kkDb?: { file: string; db: Db } };

/** The one connection of this process, to DATABASE_PATH. */
export function getDb(): Db {
  const file = databasePath();
  const cached = globalForDb.__kkDb;
  if (cached && cached.file === file) return cached.db;
  const db = openDatabase(file);
  globalForDb.__kkDb = { file, db };
  return db;
}

/** Closes the process's connection (tests, scripts). */
export function closeDb(): void {
  globalForDb.__kkDb?.db.$client.close();
  globalForDb.__kkDb = undefined;
}

/**
 * Runs fn in one short, synchronous write transaction (BEGIN IMMEDIATE, so two
 * writers never deadlock on an upgrade from a read lock). fn must not await.
 */
export function writeTransaction<T>(db: Db, fn: (tx: Db) => T): T {
  const run = db.$client.transaction(() => fn(db));
  return run.immediate();
}
