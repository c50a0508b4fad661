/**
 * `npm run seed`: syncs the official municipality list and the KPI catalogue, and
 * adds the demo cycles and key figures when they are missing. Safe to run any number of times.
 */
import { closeDb, getDb } from '@/db/client';
import { seedAll } from './all';

async function main() {
  const db = getDb();
  const r = await seedAll(db);
  console.log(`Kommunlistan synkad: ${r.municipalities} kommuner. Nyckeltalskatalogen: ${r.kpisAdded} nya.`);
  console.log(r.demoCycle ? 'Demoomgången skapad.' : 'Demoomgången fanns redan – inget ändrat.');
  console.log(`Nyckeltal: ${r.indicatorValues} nya värden.${r.screeningCycle ? ' Screeningomgången skapad.' : ''}`);
  closeDb();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
