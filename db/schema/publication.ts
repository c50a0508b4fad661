import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { municipalities } from './municipalities';
import { users } from './people';

/**
 * The public archive of winners per award year. Seeded with the real winners since
 * 2003 (year and winner only); organisers may add the motivation and finalists.
 * A cycle published in the app takes precedence over its year's archive row once
 * its embargo has passed.
 */
export const awardArchive = sqliteTable('award_archive', {
  year: integer('year').primaryKey(),
  kommunkod: text('kommunkod').references(() => municipalities.kommunkod),
  winnerName: text('winner_name').notNull(),
  motivation: text('motivation'),
  /** Names of the other finalists (JSON array), when known. */
  finalists: text('finalists', { mode: 'json' }).$type<string[]>(),
  updatedBy: integer('updated_by').references(() => users.id),
  updatedAt: text('updated_at').notNull(),
});
