import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Sweden's 290 municipalities, from the official list in seeds/municipalities.csv. */
export const municipalities = sqliteTable('municipalities', {
  kommunkod: text('kommunkod').primaryKey(),
  name: text('name').notNull(),
  countyCode: text('county_code').notNull(),
  county: text('county').notNull(),
  population: integer('population').notNull(),
  populationYear: integer('population_year').notNull(),
});
