import path from 'node:path';

/** Where the SQLite database lives: DATABASE_PATH, default data/app.db. */
export function databasePath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH ?? path.join('data', 'app.db'));
}

/** Uploaded and generated files live in a folder next to the database. */
export function filesDir(): string {
  return path.join(path.dirname(databasePath()), 'files');
}
