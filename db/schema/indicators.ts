import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { municipalities } from './municipalities';
import { users } from './people';

export const KPI_DIRECTIONS = ['higher', 'lower', 'neutral'] as const;
export const KPI_COMPONENTS = ['financial_strength', 'service_quality', 'screening'] as const;

/** The catalogue of key figures (Kolada KPI ids). */
export const kpis = sqliteTable('kpis', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  unit: text('unit').notNull(),
  direction: text('direction', { enum: KPI_DIRECTIONS }).notNull(),
  component: text('component', { enum: KPI_COMPONENTS }).notNull(),
});

/** A file of key figures imported (Kolada JSON or CSV), with its checksum. */
export const indicatorImports = sqliteTable('indicator_imports', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  filename: text('filename').notNull(),
  sha256: text('sha256').notNull(),
  format: text('format').notNull(),
  rowCount: integer('row_count').notNull(),
  importedBy: integer('imported_by').references(() => users.id),
  importedAt: text('imported_at').notNull(),
});

/** One key figure for one municipality and year. Demo values are labelled as such. */
export const indicatorValues = sqliteTable(
  'indicator_values',
  {
    kommunkod: text('kommunkod')
      .notNull()
      .references(() => municipalities.kommunkod),
    kpiId: text('kpi_id')
      .notNull()
      .references(() => kpis.id),
    year: integer('year').notNull(),
    value: real('value').notNull(),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    importId: integer('import_id').references(() => indicatorImports.id),
  },
  (t) => [primaryKey({ columns: [t.kommunkod, t.kpiId, t.year] }), index('indicator_values_kpi_year_idx').on(t.kpiId, t.year)],
);
