import 'server-only';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { allMunicipalities, keyFigureCycle, kpiCatalogue, latestScreeningModel, latestScreeningRun } from '@/db/queries/screening';
import { requireArea } from '@/lib/auth/guards';
import { getCurrentUser } from '@/lib/auth/session';
import { canEnterArea } from '@/lib/domain/policies';
import { POPULATION_BANDS, populationBand, type PopulationBand, type ScreeningModel, type ScreeningResult } from '@/lib/domain/screening';
import type { StabilityResult } from '@/lib/domain/screening-stability';
import { DEFAULT_SCREENING_MODEL } from '@/lib/screening/compute';
import { screeningMapSvg } from '@/lib/screening/map-svg';

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
    cycle: { id: cycle.id, name: cycle.name, mode: cycle.mode, phase: cycle.phase },
    model: { version: modelRow?.version ?? null, json: JSON.stringify(model, null, 2), components: model.components.map((c) => ({ ...c, kpis: c.kpis.map((k) => ({ ...k, name: kpiNames[k.id] ?? null })) })), years: model.years, minCoverage: model.minCoverage },
    counties: [...new Set(municipalities.map((m) => m.county))].sort(SWEDISH.compare),
    bands: POPULATION_BANDS.map((b) => ({ id: b.id })),
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
      mapSrc: `/arrangor/omgang/${cycle.id}/screening/karta?korning=${runRow.id}`,
      top: [...top],
      stability: stability.rows.map((s) => ({ kommunkod: s.kommunkod, namn: s.namn, rank: s.rank, classification: s.classification, share: s.share, explanation: s.explanation, leaveOut: s.leaveOut, weights: s.weights, bootstrap: s.bootstrap, mostMovedBy: s.mostMovedBy })),
      rounds: stability.rounds,
    },
  };
}

export type ScreeningPageData = Awaited<ReturnType<typeof loadScreening>>;


/** The last map drawn: a stored run never changes, so its 290 paths are built once, not per request. */
let mapMemo: { runId: number; svg: string } | null = null;

/**
 * The screening page's map as an SVG document: the composite of the cycle's latest run
 * per municipality, the proposed top N outlined. For the map route: a status instead of
 * a redirect (401 signed out, 403 not an organiser, 404 no such run in the cycle).
 */
export async function loadScreeningMapSvg(cycleId: number, runId: number): Promise<{ status: 200; svg: string } | { status: 401 | 403 | 404 }> {
  const user = await getCurrentUser();
  if (!user) return { status: 401 };
  if (!canEnterArea(user, 'arrangor') || user.needsTotpEnrolment) return { status: 403 };
  if (!Number.isSafeInteger(cycleId) || !Number.isSafeInteger(runId)) return { status: 404 };
  const db = getDb();
  const run = latestScreeningRun(db, cycleId);
  if (!run || run.id !== runId) return { status: 404 };
  if (mapMemo?.runId !== run.id) {
    const result = run.results as ScreeningResult;
    const names = Object.fromEntries(allMunicipalities(db).map((m) => [m.kommunkod, m.name]));
    const values = Object.fromEntries(result.rows.map((r) => [r.kommunkod, r.composite]));
    const top = result.rows.filter((r) => r.rank !== null && r.rank <= run.topN).map((r) => r.kommunkod);
    mapMemo = { runId: run.id, svg: screeningMapSvg(values, names, top, 'Samlat index per kommun (percentil 0–100)') };
  }
  return { status: 200, svg: mapMemo.svg };
}
