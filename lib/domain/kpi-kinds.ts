/**
 * Which way a key figure is better, and which part of the index it belongs to. Kept here, free
 * of the database code, so the key-figure form in the browser does not bundle drizzle:
 * db/schema/indicators.ts declares the columns with its own copy, and
 * tests/bundle/client-imports.test.ts checks that both agree.
 */
export const KPI_DIRECTIONS = ['higher', 'lower', 'neutral'] as const;
export const KPI_COMPONENTS = ['financial_strength', 'service_quality', 'screening'] as const;
