import 'server-only';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { cycleById } from '@/db/queries/cycles';
import type { DevelopmentChoice } from '@/lib/actions/development';
import { requireArea } from '@/lib/auth/guards';
import { DEFAULT_MIN_YEARS, SPREAD_SCALE } from '@/lib/domain/development';
import { computeDevelopment, cycleModel } from '@/lib/screening/development';

export const DEVELOPMENT_TOP = 10;

/** The development view: the ten steadiest positive developers on the cycle's model, and the recorded choice. */
export async function loadDevelopment(cycleId: number) {
  await requireArea('arrangor');
  if (!Number.isSafeInteger(cycleId) || cycleId <= 0) notFound();
  const db = getDb();
  const cycle = cycleById(db, cycleId);
  if (!cycle) notFound();
  const { model, version } = cycleModel(db, cycle.id);
  const base = { cycle: { id: cycle.id, name: cycle.name, mode: cycle.mode, phase: cycle.phase }, modelVersion: version, minYears: DEFAULT_MIN_YEARS, spreadScale: SPREAD_SCALE };
  const choice = ((cycle.settings ?? {}).developmentMunicipality as DevelopmentChoice | undefined) ?? null;
  if (cycle.mode !== 'key_figures') return { ...base, years: [], top: [], candidates: 0, demo: false, choice, componentNames: [] };
  const dev = computeDevelopment(db, model);
  const ranked = dev.rows.filter((r) => r.rank !== null);
  return {
    ...base,
    years: dev.years,
    componentNames: model.components.map((c) => c.name),
    top: ranked.slice(0, DEVELOPMENT_TOP),
    candidates: ranked.length,
    demo: dev.demoValues,
    choice,
  };
}

export type DevelopmentPage = Awaited<ReturnType<typeof loadDevelopment>>;
