import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { cycles } from './cycles';
import { users } from './people';

/** Every saved version of a cycle's screening model (components, KPIs, weights, window, coverage). */
export const screeningModels = sqliteTable(
  'screening_models',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    cycleId: integer('cycle_id')
      .notNull()
      .references(() => cycles.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /** The model exactly as `npm run screen --model` reads it. */
    model: text('model', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('screening_models_cycle_version_idx').on(t.cycleId, t.version)],
);

/** A stored screening run: which model, a checksum of the input values, the results and their stability. */
export const screeningRuns = sqliteTable('screening_runs', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  cycleId: integer('cycle_id')
    .notNull()
    .references(() => cycles.id, { onDelete: 'cascade' }),
  modelId: integer('model_id')
    .notNull()
    .references(() => screeningModels.id),
  /** SHA-256 over the sorted input values the run read, so a rerun can be checked. */
  inputChecksum: text('input_checksum').notNull(),
  topN: integer('top_n').notNull(),
  results: text('results', { mode: 'json' }).$type<unknown>().notNull(),
  stability: text('stability', { mode: 'json' }).$type<unknown>().notNull(),
  isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
  createdBy: integer('created_by').references(() => users.id),
  createdAt: text('created_at').notNull(),
});
