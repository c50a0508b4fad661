import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/session';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw new Error(`redirect:${to}`);
  },
  forbidden: () => {
    throw new Error('forbidden');
  },
  notFound: () => {
    throw new Error('notFound');
  },
}));

const { freshDatabase } = await import('../helpers/db');
const { seedSmallCycle, asCurrent } = await import('../mail/fixture');
const schema = await import('@/db/schema');
const { syncKpis } = await import('@/seeds/kpis');
const { loadJurorIndicators } = await import('@/lib/loaders/jury-indicators');

const t = freshDatabase('jury-indicators');
afterAll(() => t.cleanup());
const fx = seedSmallCycle(t.db, { jurors: 3, nominations: 2 });
syncKpis(t.db);
const [assigned, unassigned, conflicted] = fx.jurors;
const nomination = fx.nominations[0];
const at = '2026-11-01T10:00:00.000Z';
t.db.insert(schema.assignments).values({ nominationId: nomination.id, jurorId: assigned.id, createdAt: at }).run();
t.db.insert(schema.conflicts).values({ cycleId: fx.cycle.id, jurorId: conflicted.id, kommunkod: nomination.kommunkod, reason: 'Bor i kommunen', createdAt: at }).run();
t.db.insert(schema.indicatorValues).values({ kommunkod: nomination.kommunkod, kpiId: 'N03102', year: 2025, value: 2.5 }).run();
const setPhase = (phase: 'draft' | 'applications_open' | 'review' | 'published') => t.db.update(schema.cycles).set({ phase }).where(eq(schema.cycles.id, fx.cycle.id)).run();

describe('key figures for a juror', () => {
  it('shows the assigned juror the municipality’s key figures from the review phase', async () => {
    setPhase('review');
    current.user = asCurrent(assigned);
    const { data } = await loadJurorIndicators(String(nomination.id), 'alla');
    expect(data.municipality.kommunkod).toBe(nomination.kommunkod);
    const kpi = data.kpis.find((k) => k.id === 'N03102')!;
    expect(kpi.series.find((p) => p.year === 2025)?.value).toBe(2.5);
  });

  it('hides them before the review, from a juror not assigned, a conflicted juror, and other roles', async () => {
    setPhase('applications_open');
    current.user = asCurrent(assigned);
    await expect(loadJurorIndicators(String(nomination.id), 'alla')).rejects.toThrow('notFound');
    setPhase('review');
    current.user = asCurrent(unassigned);
    await expect(loadJurorIndicators(String(nomination.id), 'alla')).rejects.toThrow(/notFound|forbidden/);
    current.user = asCurrent(conflicted);
    await expect(loadJurorIndicators(String(nomination.id), 'alla')).rejects.toThrow(/notFound|forbidden/);
    current.user = asCurrent(fx.organiser);
    await expect(loadJurorIndicators(String(nomination.id), 'alla')).rejects.toThrow(/forbidden|redirect/);
    current.user = asCurrent(assigned);
    await expect(loadJurorIndicators('abc', 'alla')).rejects.toThrow('notFound');
  });
});
