/**
 * The key-figure labels and comparison groups, apart from the schemas (lib/validation/indicators.ts
 * re-exports them) so that a page or form that only shows them does not send zod to the browser.
 */
import type { KPI_COMPONENTS, KPI_DIRECTIONS } from '@/lib/domain/kpi-kinds';

export const DIRECTION_LABELS: Record<(typeof KPI_DIRECTIONS)[number], string> = {
  higher: 'Högre är bättre',
  lower: 'Lägre är bättre',
  neutral: 'Neutral (ingår inte i index)',
};

export const COMPONENT_LABELS: Record<(typeof KPI_COMPONENTS)[number], string> = {
  financial_strength: 'Finansiell styrka',
  service_quality: 'Servicekvalitet',
  screening: 'Urval (ingår inte i index)',
};

/** The comparison group for percentiles on the index pages. */
export const COMPARISON_GROUPS = ['alla', 'lan', 'nominerade'] as const;
export type ComparisonGroup = (typeof COMPARISON_GROUPS)[number];
export const COMPARISON_LABELS: Record<ComparisonGroup, string> = {
  alla: 'Alla 290 kommuner',
  lan: 'Kommunerna i samma län',
  nominerade: 'Omgångens nominerade',
};
export function comparisonGroupOf(raw: unknown): ComparisonGroup {
  return COMPARISON_GROUPS.includes(raw as ComparisonGroup) ? (raw as ComparisonGroup) : 'alla';
}
