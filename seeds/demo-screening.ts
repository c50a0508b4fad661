import { and, eq } from 'drizzle-orm';
import { writeTransaction, type Db } from '@/db/client';
import { insertScreeningModel, insertScreeningRun } from '@/db/queries/screening';
import { cycles } from '@/db/schema';
import { computeScreening, DEFAULT_SCREENING_MODEL } from '@/lib/screening/compute';

export const DEMO_KEY_FIGURE_CYCLE = { year: 2029, name: 'Sveriges KvalitetsKommun 2029 – urval på nyckeltal' };
const SEEDED_AT = '2028-09-01T08:00:00.000Z';
const DEMO_TOP_N = 10;

/**
 * The second demo cycle: nomination by key figures, standing in its screening
 * phase, with the default model and one stored run over the demo KPI values (and
 * the real 2025 tax rates). Idempotent; needs the KPI catalogue and values first.
 */
export function seedDemoScreening(db: Db, organiserId: number | null): boolean {
  const existing = db.select({ id: cycles.id }).from(cycles).where(and(eq(cycles.year, DEMO_KEY_FIGURE_CYCLE.year), eq(cycles.name, DEMO_KEY_FIGURE_CYCLE.name))).get();
  if (existing) return false;
  const computed = computeScreening(db, DEFAULT_SCREENING_MODEL, DEMO_TOP_N);
  writeTransaction(db, (tx) => {
    const cycleId = tx
      .insert(cycles)
      .values({ ...DEMO_KEY_FIGURE_CYCLE, mode: 'key_figures', phase: 'screening', isDemo: true, createdAt: SEEDED_AT })
      .returning({ id: cycles.id })
      .get().id;
    const model = insertScreeningModel(tx, { cycleId, model: DEFAULT_SCREENING_MODEL, createdBy: organiserId, createdAt: SEEDED_AT });
    insertScreeningRun(tx, {
      cycleId,
      modelId: model.id,
      inputChecksum: computed.checksum,
      topN: DEMO_TOP_N,
      results: computed.result,
      stability: computed.stability,
      isDemo: true,
      createdBy: organiserId,
      createdAt: SEEDED_AT,
    });
  });
  return true;
}
