import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { cycles, rubricAreas, rubricCriteria } from './cycles';
import { municipalities } from './municipalities';
import { nominations } from './nominations';
import { users } from './people';

/** A juror assigned to read and score a nomination. */
export const assignments = sqliteTable(
  'assignments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    nominationId: integer('nomination_id')
      .notNull()
      .references(() => nominations.id, { onDelete: 'cascade' }),
    jurorId: integer('juror_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    pinned: integer('pinned', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('assignments_nomination_juror_idx').on(t.nominationId, t.jurorId),
    index('assignments_juror_idx').on(t.jurorId),
  ],
);

/** A conflict of interest between a juror and a municipality in a cycle: absolute. */
export const conflicts = sqliteTable(
  'conflicts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    cycleId: integer('cycle_id')
      .notNull()
      .references(() => cycles.id, { onDelete: 'cascade' }),
    jurorId: integer('juror_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kommunkod: text('kommunkod')
      .notNull()
      .references(() => municipalities.kommunkod),
    reason: text('reason').notNull(),
    declaredBy: integer('declared_by').references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('conflicts_cycle_juror_kommun_idx').on(t.cycleId, t.jurorId, t.kommunkod)],
);

/** One juror's scores for one nomination; locked once submitted. */
export const scoreSheets = sqliteTable(
  'score_sheets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    nominationId: integer('nomination_id')
      .notNull()
      .references(() => nominations.id, { onDelete: 'cascade' }),
    jurorId: integer('juror_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['in_progress', 'submitted'] }).notNull().default('in_progress'),
    submittedAt: text('submitted_at'),
    /** Raised on every change, so a stale write (sheet reopened or locked meanwhile) is refused. */
    revision: integer('revision').notNull().default(0),
    reopenedReason: text('reopened_reason'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('score_sheets_nomination_juror_idx').on(t.nominationId, t.jurorId)],
);

/** A score for one criterion; value null with cannotAssess = "kan inte bedöma". */
export const scores = sqliteTable(
  'scores',
  {
    sheetId: integer('sheet_id')
      .notNull()
      .references(() => scoreSheets.id, { onDelete: 'cascade' }),
    criterionId: integer('criterion_id')
      .notNull()
      .references(() => rubricCriteria.id, { onDelete: 'cascade' }),
    value: integer('value'),
    cannotAssess: integer('cannot_assess', { mode: 'boolean' }).notNull().default(false),
    comment: text('comment').notNull().default(''),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.sheetId, t.criterionId] }),
    // Progress counts (/jury, the matrix) read only these columns: a covering index.
    index('scores_sheet_value_idx').on(t.sheetId, t.value, t.cannotAssess),
    // "Last saved" per sheet and the ranking's revision key.
    index('scores_sheet_updated_idx').on(t.sheetId, t.updatedAt),
  ],
);

/** A juror's structured notes from a finalist's interview, per area. */
export const interviewNotes = sqliteTable(
  'interview_notes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    nominationId: integer('nomination_id')
      .notNull()
      .references(() => nominations.id, { onDelete: 'cascade' }),
    jurorId: integer('juror_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    areaId: integer('area_id')
      .notNull()
      .references(() => rubricAreas.id, { onDelete: 'cascade' }),
    interviewedRoles: text('interviewed_roles').notNull().default(''),
    interviewDate: text('interview_date'),
    observations: text('observations').notNull().default(''),
    strengths: text('strengths').notNull().default(''),
    concerns: text('concerns').notNull().default(''),
    score: integer('score'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('interview_notes_nom_juror_area_idx').on(t.nominationId, t.jurorId, t.areaId)],
);
