import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { cycles } from './cycles';
import { nominations } from './nominations';
import { users } from './people';

/** The jury's decision: the winner, its rationale and the ranking it was based on. */
export const decisions = sqliteTable('decisions', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  cycleId: integer('cycle_id')
    .notNull()
    .references(() => cycles.id, { onDelete: 'cascade' }),
  winnerNominationId: integer('winner_nomination_id')
    .notNull()
    .references(() => nominations.id),
  rationale: text('rationale').notNull(),
  rankingSnapshot: text('ranking_snapshot', { mode: 'json' }).$type<unknown>().notNull(),
  decidedBy: integer('decided_by').references(() => users.id),
  decidedAt: text('decided_at').notNull(),
});

/** Every version of a motivation draft is kept; the approved one is frozen. */
export const motivationVersions = sqliteTable(
  'motivation_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    nominationId: integer('nomination_id')
      .notNull()
      .references(() => nominations.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    text: text('text').notNull(),
    /** Sentences with links to the evidence they came from. */
    evidence: text('evidence', { mode: 'json' }).$type<unknown>().notNull(),
    authorId: integer('author_id').references(() => users.id),
    createdAt: text('created_at').notNull(),
    approvedAt: text('approved_at'),
  },
  (t) => [uniqueIndex('motivation_versions_nom_version_idx').on(t.nominationId, t.version)],
);
