import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { seedArchive } from './archive';
import { seedDemo } from './demo';
import { DEMO_ORGANISER } from './demo-content';
import { seedDemoIndicators } from './demo-indicators';
import { seedDemoScreening } from './demo-screening';
import { syncKpis } from './kpis';
import { syncMunicipalities } from './municipalities';

export type SeedReport = { municipalities: number; kpisAdded: number; demoCycle: boolean; indicatorValues: number; screeningCycle: boolean };

/**
 * Everything the demo needs, in order, each step idempotent: the official list,
 * the KPI catalogue, the 2027 demo cycle, five years of key figures (demo values
 * and the real 2025 tax rates) and the key-figure cycle with a stored screening.
 */
export async function seedAll(db: Db): Promise<SeedReport> {
  const municipalities = syncMunicipalities(db);
  const kpisAdded = syncKpis(db);
  const demoCycle = await seedDemo(db);
  const indicatorValues = seedDemoIndicators(db);
  const organiser = db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_ORGANISER.email)).get();
  const screeningCycle = seedDemoScreening(db, organiser?.id ?? null);
  seedArchive(db);
  return { municipalities, kpisAdded, demoCycle, indicatorValues, screeningCycle };
}
