/**
 * The comparison groups of the key-figure pages, apart from the schemas (lib/validation/indicators.ts
 * re-exports them) so that a page or form that only shows them does not send zod to the browser.
 * Their names, and those of the directions and components, are in the orgLabels catalogue.
 */
/** The comparison group for percentiles on the index pages. */
export const COMPARISON_GROUPS = ['alla', 'lan', 'nominerade'] as const;
export type ComparisonGroup = (typeof COMPARISON_GROUPS)[number];
export function comparisonGroupOf(raw: unknown): ComparisonGroup {
  return COMPARISON_GROUPS.includes(raw as ComparisonGroup) ? (raw as ComparisonGroup) : 'alla';
}
