import { sql } from 'drizzle-orm';
import { integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { CYCLE_MODES, PHASES } from '../../lib/domain/phases';

/** One round of the award (every second year). */
export const cycles = sqliteTable(
  'cycles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    name: text('name').notNull(),
    mode: text('mode', { enum: CYCLE_MODES }).notNull().default('open_application'),
    phase: text('phase', { enum: PHASES }).notNull().default('draft'),
    /** Results become public at this instant (UTC ISO), checked on every request. */
    embargoAt: text('embargo_at'),
    /** The nominees (key-figure cycles) become public at this instant (UTC ISO); null = not announced. */
    nomineesAnnounceAt: text('nominees_announce_at'),
    scaleMin: integer('scale_min').notNull().default(1),
    scaleMax: integer('scale_max').notNull().default(5),
    /** Set when the first score sheet is submitted; changes then need an audited reopen. */
    rubricLockedAt: text('rubric_locked_at'),
    /** Component weights, aggregation and calibration settings (JSON, versioned in weight_sets). */
    settings: text('settings', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default(sql`'{}'`),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [uniqueIndex('cycles_year_name_idx').on(t.year, t.name)],
);

/** Start and deadline of each phase, as UTC instants (entered in Europe/Stockholm). */
export const cyclePhaseDates = sqliteTable(
  'cycle_phase_dates',
  {
    cycleId: integer('cycle_id')
      .notNull()
      .references(() => cycles.id, { onDelete: 'cascade' }),
    phase: text('phase', { enum: PHASES }).notNull(),
    startsAt: text('starts_at'),
    endsAt: text('ends_at'),
  },
  (t) => [primaryKey({ columns: [t.cycleId, t.phase] })],
);

/** Every saved set of weights, so a ranking can name the weights it used. */
export const weightSets = sqliteTable('weight_sets', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  cycleId: integer('cycle_id')
    .notNull()
    .references(() => cycles.id, { onDelete: 'cascade' }),
  version: integer('version').notNull(),
  weights: text('weights', { mode: 'json' }).$type<Record<string, number>>().notNull(),
  createdBy: integer('created_by'),
  createdAt: text('created_at').notNull(),
});

/** The scoring areas of a cycle's rubric (democracy, service, work environment, community building). */
export const rubricAreas = sqliteTable(
  'rubric_areas',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    cycleId: integer('cycle_id')
      .notNull()
      .references(() => cycles.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    weight: real('weight').notNull().default(1),
    position: integer('position').notNull(),
  },
  (t) => [uniqueIndex('rubric_areas_cycle_key_idx').on(t.cycleId, t.key)],
);

export const rubricCriteria = sqliteTable('rubric_criteria', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  areaId: integer('area_id')
    .notNull()
    .references(() => rubricAreas.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  guidance: text('guidance').notNull().default(''),
  lowText: text('low_text').notNull().default(''),
  midText: text('mid_text').notNull().default(''),
  highText: text('high_text').notNull().default(''),
  weight: real('weight').notNull().default(1),
  position: integer('position').notNull(),
});
