/**
 * `npm run seed`: syncs the official municipality list and adds the demo cycle
 * when it is missing. Safe to run any number of times.
 */
import { closeDb, getDb } from '@/db/client';
import { seedDemo } from './demo';
import { syncMunicipalities } from './municipalities';

async function main() {
  const db = getDb();
  const count = syncMunicipalities(db);
  console.log(`Kommunlistan synkad: ${count} kommuner.`);
  const created = await seedDemo(db);
  console.log(created ? 'Demoomgången skapad.' : 'Demoomgången fanns redan – inget ändrat.');
  closeDb();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
