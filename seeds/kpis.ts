import type { Db } from '@/db/client';
import { kpis } from '@/db/schema';

export type KpiSeed = typeof kpis.$inferInsert;

/**
 * The seeded KPI catalogue: Kolada KPI ids with Swedish names, unit, direction
 * and the index component they feed. The organiser may edit every entry; a
 * seed run adds missing entries and never overwrites an edit.
 */
export const KPI_CATALOGUE: readonly KpiSeed[] = [
  // Financial strength (finansiell styrka)
  { id: 'N03102', name: 'Resultat före extraordinära poster i förhållande till skatteintäkter och generella statsbidrag', unit: '%', direction: 'higher', component: 'financial_strength' },
  { id: 'N03106', name: 'Soliditet exklusive pensionsförpliktelser', unit: '%', direction: 'higher', component: 'financial_strength' },
  { id: 'N03002', name: 'Soliditet inklusive pensionsförpliktelser', unit: '%', direction: 'higher', component: 'financial_strength' },
  { id: 'N03103', name: 'Självfinansieringsgrad av investeringar', unit: '%', direction: 'higher', component: 'financial_strength' },
  { id: 'N03105', name: 'Kassalikviditet', unit: '%', direction: 'higher', component: 'financial_strength' },
  { id: 'N03145', name: 'Låneskuld i förhållande till investeringar', unit: '%', direction: 'lower', component: 'financial_strength' },
  { id: 'N00901', name: 'Kommunal skattesats', unit: '%', direction: 'lower', component: 'financial_strength' },
  { id: 'N00097', name: 'Nettokostnadsavvikelse totalt', unit: '%', direction: 'lower', component: 'financial_strength' },
  { id: 'N03139', name: 'Balanskravsresultat', unit: 'kr/inv', direction: 'higher', component: 'financial_strength' },
  // Service quality (kvalitet i servicen till invånarna)
  { id: 'N15428', name: 'Elever i åk 9 som är behöriga till yrkesprogram, hemkommun', unit: '%', direction: 'higher', component: 'service_quality' },
  { id: 'U21468', name: 'Brukarbedömning hemtjänst äldreomsorg – helhetssyn', unit: '%', direction: 'higher', component: 'service_quality' },
  { id: 'U23471', name: 'Brukarbedömning särskilt boende äldreomsorg – helhetssyn', unit: '%', direction: 'higher', component: 'service_quality' },
  { id: 'U07414', name: 'Kommunens webbinformation till medborgarna, informationsindex', unit: '%', direction: 'higher', component: 'service_quality' },
];

/** Adds the catalogue entries that are missing; leaves existing (possibly edited) entries alone. Returns the number added. */
export function syncKpis(db: Db, catalogue: readonly KpiSeed[] = KPI_CATALOGUE): number {
  let added = 0;
  db.$client.transaction(() => {
    for (const kpi of catalogue) {
      const r = db.insert(kpis).values(kpi).onConflictDoNothing({ target: kpis.id }).run();
      added += r.changes;
    }
  })();
  return added;
}

/** The catalogue ids in seed order (used by the demo values). */
export const SEEDED_KPI_IDS = KPI_CATALOGUE.map((k) => k.id);
