import 'server-only';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { allMunicipalities, keyFigureCycle, kpiCatalogue, latestScreeningModel, latestScreeningRun } from '@/db/queries/screening';
import { requireArea } from '@/lib/auth/guards';
import { PHASE_LABELS, type Phase } from '@/lib/domain/phases';
import { POPULATION_BANDS, populationBand, type PopulationBand, type ScreeningModel, type ScreeningResult } from '@/lib/domain/screening';
import type { StabilityResult } from '@/lib/domain/screening-stability';
import { DEFAULT_SCREENING_MODEL } from '@/lib/screening/compute';

export const SCREENING_PAGE_SIZE = 50;
const SWEDISH = new Intl.Collator('sv');

export type ScreeningFilters = { q?: string; lan?: string; band?: string; sida?: string };

/** The screening page of a key-figure cycle: model, latest run (filtered, paged), map values and stability. */
export async function loadScreening(cycleId: number, filters: ScreeningFilters) {
  await requireArea('arrangor');
  if (!Number.isSafeInteger(cycleId) || cycleId <= 0) notFound();
  const db = getDb();
  const cycle = keyFigureCycle(db, cycleId);
  if (!cycle) notFound();
  const modelRow = latestScreeningModel(db, cycleId);
  const model = (modelRow?.model as ScreeningModel | undefined) ?? DEFAULT_SCREENING_MODEL;
  const kpiNames = Object.fromEntries(kpiCatalogue(db).map((k) => [k.id, k.name]));
  const municipalities = allMunicipalities(db);
  const byCode = new Map(municipalities.map((m) => [m.kommunkod, m]));
  const runRow = latestScreeningRun(db, cycleId);

  const base = {
    cycle: { id: cycle.id, name: cycle.name, mode: cycle.mode, phase: cycle.phase, phaseLabel: PHASE_LABELS[cycle.phase as Phase] },
    model: { version: modelRow?.version ?? null, json: JSON.stringify(model, null, 2), components: model.components.map((c) => ({ ...c, kpis: c.kpis.map((k) => ({ ...k, name: kpiNames[k.id] ?? null })) })), years: model.years, minCoverage: model.minCoverage },
    counties: [...new Set(municipalities.map((m) => m.county))].sort(SWEDISH.compare),
    bands: POPULATION_BANDS.map((b) => ({ id: b.id, label: b.label })),
  };
  if (!runRow) return { ...base, run: null };

  const result = runRow.results as ScreeningResult;
  const stability = runRow.stability as StabilityResult;
  const q = filters.q?.trim().toLocaleLowerCase('sv') ?? '';
  const rows = result.rows.map((r) => {
    const m = byCode.get(r.kommunkod);
    const band: PopulationBand | null = m ? populationBand(m.population) : null;
    return { ...r, county: m?.county ?? '', population: m?.population ?? null, band };
  });
  const filtered = rows.filter(
    (r) =>
      (!q || r.namn.toLocaleLowerCase('sv').includes(q) || r.kommunkod.startsWith(q)) &&
      (!filters.lan || r.county === filters.lan) &&
      (!filters.band || r.band === filters.band),
  );
  const pages = Math.max(1, Math.ceil(filtered.length / SCREENING_PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, Number.parseInt(filters.sida ?? '1', 10) || 1));
  const top = new Set(rows.filter((r) => r.rank !== null && r.rank <= runRow.topN).map((r) => r.kommunkod));

  return {
    ...base,
    run: {
      id: runRow.id,
      createdAt: runRow.createdAt,
      checksum: runRow.inputChecksum.slice(0, 12),
      topN: runRow.topN,
      isDemo: runRow.isDemo,
      years: result.years,
      componentNames: model.components.map((c) => c.name),
      ranked: rows.filter((r) => r.rank !== null).length,
      insufficient: rows.filter((r) => r.insufficient).length,
      total: filtered.length,
      page,
      pages,
      rows: filtered.slice((page - 1) * SCREENING_PAGE_SIZE, page * SCREENING_PAGE_SIZE),
      mapValues: Object.fromEntries(rows.map((r) => [r.kommunkod, r.composite])),
      names: Object.fromEntries(municipalities.map((m) => [m.kommunkod, m.name])),
      top: [...top],
      stability: stability.rows.map((s) => ({ kommunkod: s.kommunkod, namn: s.namn, rank: s.rank, classification: s.classification, share: s.share, explanation: s.explanation })),
      rounds: stability.rounds,
    },
  };
}

export type ScreeningPageData = Awaited<ReturnType<typeof loadScreening>>;
