import 'server-only';
import { readLimited } from '@/lib/http/read-limited';
import { notFound } from 'next/navigation';
import { getDb, type Db } from '@/db/client';
import {
  currentCycle,
  cyclesWithNominations,
  importsByIds,
  listImports,
  listKpis,
  municipalityByCode,
  municipalityList,
  nominationsForIndex,
  valueCountsByKpi,
  valuesOf,
  type KpiRow,
  type StoredValue,
  valueCountOf,
} from '@/db/queries/indicators';
import { requireArea } from '@/lib/auth/guards';
import { getCurrentUser } from '@/lib/auth/session';
import { computeFinanceIndex, FINANCE_COMPONENTS, type CatalogueEntry, type FinanceComponent, type FinanceIndexRow } from '@/lib/domain/finance-index';
import { percentileRanks } from '@/lib/domain/percentile';
import { quantile } from '@/lib/domain/stats';
import { MESSAGES } from '@/lib/errors';
import { localeOfRequest } from '@/i18n/request';
import { enterLocale } from '@/lib/i18n/server-locale';
import { vt } from '@/lib/i18n/validation';
import { currentMaxYear, MAX_IMPORT_BYTES, previewKpiImport, type ImportPreview } from '@/lib/import/kpi-import';
import { storeBuffer } from '@/lib/storage/files';
import { formatDateTime } from '@/lib/time';
import { cleanFilename, type ComparisonGroup } from '@/lib/validation/indicators';

const catalogueEntries = (kpis: KpiRow[]): CatalogueEntry[] => kpis.map((k) => ({ id: k.id, direction: k.direction, component: k.component }));

/** The catalogue page: every KPI with how many values it has, and the latest imports. */
export async function loadKpiCatalogue() {
  await requireArea('arrangor');
  const db = getDb();
  const counts = valueCountsByKpi(db);
  return {
    kpis: listKpis(db).map((k) => ({
      ...k,
      values: counts.get(k.id) ?? 0,
    })),
  };
}

/** One catalogue entry for the edit form (404 for an unknown id). */
export async function loadKpiForEdit(id: string) {
  await requireArea('arrangor');
  const db = getDb();
  const kpi = listKpis(db).find((k) => k.id === id);
  if (!kpi) notFound();
  return { ...kpi, valueCount: valueCountOf(db, kpi.id) };
}

/** The import page: the latest imports. */
export async function loadImportPage() {
  await requireArea('arrangor');
  const db = getDb();
  return {
    maxMegabytes: MAX_IMPORT_BYTES / 1024 / 1024,
    imports: listImports(db, 20).map((i) => ({ id: i.id, filename: i.filename, sha256: i.sha256, format: i.format, rowCount: i.rowCount, importedAt: formatDateTime(i.importedAt), importedAtIso: i.importedAt })),
  };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' } });

/** Reads a request body up to `limit` bytes; null when it is larger (reading stops there). */

export type PreviewResponse = { ok: true; preview: ImportPreview } | { ok: false; error: string };

/**
 * The dry run behind the import page (a POST of the raw file): organiser only;
 * streamed with a size limit; the file is kept by its checksum so the commit
 * reads exactly what was previewed. Writes nothing else.
 */
export async function previewUploadResponse(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  // Its refusals in the language of the request (cookie, else the user's choice, else Swedish).
  enterLocale(await localeOfRequest(request, user));
  const tooLarge = () => vt('valKpiUpload.tooLarge', { mb: MAX_IMPORT_BYTES / 1024 / 1024 });
  if (!user) return json(401, { ok: false, error: MESSAGES.signedOut } satisfies PreviewResponse);
  if (user.role !== 'organiser') return json(403, { ok: false, error: MESSAGES.forbidden } satisfies PreviewResponse);
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_IMPORT_BYTES) return json(413, { ok: false, error: tooLarge() } satisfies PreviewResponse);
  const bytes = await readLimited(request.body, MAX_IMPORT_BYTES);
  if (!bytes) return json(413, { ok: false, error: tooLarge() } satisfies PreviewResponse);
  if (bytes.byteLength === 0) return json(422, { ok: false, error: vt('valKpiUpload.empty') } satisfies PreviewResponse);
  const filename = cleanFilename(decodeURIComponent(request.headers.get('x-filename') ?? ''));
  const preview = previewKpiImport(getDb(), bytes, filename, { maxYear: currentMaxYear() });
  storeBuffer(Buffer.from(bytes));
  return json(200, { ok: true, preview } satisfies PreviewResponse);
}

// ---------------------------------------------------------------- the index

export type ComponentSummary = {
  component: FinanceComponent;
  index: number | null;
  trend: number | null;
  insufficient: boolean;
  cells: number;
  yearly: { year: number; index: number | null; kpis: number }[];
};

const summarise = (row: FinanceIndexRow | undefined, component: FinanceComponent): ComponentSummary => ({
  component,
  index: row?.index ?? null,
  trend: row?.trend ?? null,
  insufficient: row?.insufficient ?? true,
  cells: row?.cells ?? 0,
  yearly: row?.yearly ?? [],
});

type Municipality = { kommunkod: string; name: string; countyCode: string; county: string };

/** The reference set of one municipality for a comparison group. */
function referenceSet(group: ComparisonGroup, kommunkod: string, all: Municipality[], nominated: readonly string[]): string[] {
  if (group === 'lan') {
    const county = all.find((m) => m.kommunkod === kommunkod)?.countyCode;
    return all.filter((m) => m.countyCode === county).map((m) => m.kommunkod);
  }
  if (group === 'nominerade') return [...new Set([...nominated, kommunkod])].sort();
  return all.map((m) => m.kommunkod);
}

/** Index rows for `targets`, each computed within its own reference set (cached per distinct set). */
function indexFor(targets: readonly string[], group: ComparisonGroup, values: StoredValue[], catalogue: CatalogueEntry[], all: Municipality[], nominated: readonly string[]) {
  const cache = new Map<string, ReturnType<typeof computeFinanceIndex>>();
  const out = new Map<string, { rows: FinanceIndexRow[]; excluded: ReturnType<typeof computeFinanceIndex>['excluded']; windows: Record<FinanceComponent, number[]> }>();
  for (const k of targets) {
    const set = referenceSet(group, k, all, nominated);
    const key = set.join(',');
    let result = cache.get(key);
    if (!result) {
      const members = new Set(set);
      result = computeFinanceIndex(values.filter((v) => members.has(v.kommunkod)), catalogue, { kommunkoder: set });
      cache.set(key, result);
    }
    out.set(k, { rows: result.rows.filter((r) => r.kommunkod === k), excluded: result.excluded, windows: result.windows });
  }
  return out;
}

/** The comparison table: every nomination of the current cycle on both components. */
/** `cycleId`: the cycle the organiser chose; otherwise the current one (the one in review, else the newest with nominations). */
export async function loadIndexTable(group: ComparisonGroup, cycleId?: number) {
  await requireArea('arrangor');
  const db = getDb();
  const cycles = cyclesWithNominations(db);
  const cycle = cycles.find((c) => c.id === cycleId) ?? currentCycle(db);
  const catalogueRows = listKpis(db);
  const catalogue = catalogueEntries(catalogueRows);
  const noms = cycle ? nominationsForIndex(db, cycle.id) : [];
  const values = valuesOf(db);
  const all = municipalityList(db);
  const nominated = noms.map((n) => n.kommunkod);
  const index = indexFor(nominated, group, values, catalogue, all, nominated);
  const indexKpis = new Set(catalogue.filter((c) => c.direction !== 'neutral' && c.component !== 'screening').map((c) => c.id));
  const demoCount = new Map<string, { demo: number; total: number }>();
  for (const v of values) {
    if (!indexKpis.has(v.kpi)) continue;
    const c = demoCount.get(v.kommunkod) ?? { demo: 0, total: 0 };
    c.total += 1;
    if (v.isDemo) c.demo += 1;
    demoCount.set(v.kommunkod, c);
  }
  const first = nominated.length > 0 ? index.get(nominated[0]) : undefined;
  return {
    cycle: cycle ? { id: cycle.id, name: cycle.name, year: cycle.year } : null,
    cycles: cycles.map((c) => ({ id: c.id, name: c.name })),
    group,
    hasValues: values.length > 0,
    windows: first?.windows ?? { financial_strength: [], service_quality: [] },
    excluded: group === 'lan' ? [] : (first?.excluded ?? []),
    rows: noms.map((n) => {
      const r = index.get(n.kommunkod)!;
      return {
        nominationId: n.id,
        kommunkod: n.kommunkod,
        name: n.name,
        county: n.county,
        finalist: n.finalist,
        components: FINANCE_COMPONENTS.map((c) => summarise(r.rows.find((x) => x.component === c), c)),
        demo: demoCount.get(n.kommunkod) ?? { demo: 0, total: 0 },
      };
    }),
  };
}

export type SeriesPoint = {
  year: number;
  value: number | null;
  isDemo: boolean;
  source: string | null;
  percentile: number | null;
  nationalMedian: number | null;
  q1: number | null;
  q3: number | null;
  reporting: number;
};

/** One municipality: each KPI over the years against the nation and the reference set, and both component indices. Organisers. */
export async function loadMunicipalityIndicators(kommunkod: string, group: ComparisonGroup) {
  await requireArea('arrangor');
  return buildMunicipalityIndicators(getDb(), kommunkod, group);
}

/** The same, without a guard: callers (the organiser's and the juror's loaders) check who may see it. */
export function buildMunicipalityIndicators(db: Db, kommunkod: string, group: ComparisonGroup) {
  if (!/^\d{4}$/.test(kommunkod)) notFound();
  const municipality = municipalityByCode(db, kommunkod);
  if (!municipality) notFound();
  const catalogueRows = listKpis(db);
  const catalogue = catalogueEntries(catalogueRows);
  const cycle = currentCycle(db);
  const noms = cycle ? nominationsForIndex(db, cycle.id) : [];
  const nomination = noms.find((n) => n.kommunkod === kommunkod) ?? null;
  const all = municipalityList(db);
  const values = valuesOf(db);
  const reference = new Set(referenceSet(group, kommunkod, all, noms.map((n) => n.kommunkod)));
  const index = indexFor([kommunkod], group, values, catalogue, all, noms.map((n) => n.kommunkod)).get(kommunkod)!;

  const importIds = [...new Set(values.filter((v) => v.kommunkod === kommunkod && v.importId !== null).map((v) => v.importId!))];
  const imports = new Map(importsByIds(db, importIds).map((i) => [i.id, i]));
  // the charts show the last ten years with any value
  const years = [...new Set(values.map((v) => v.year))].sort((a, b) => a - b).slice(-10);

  // kpi → year → values of everyone / of the reference set
  const byKpiYear = new Map<string, Map<number, StoredValue[]>>();
  for (const v of values) {
    let byYear = byKpiYear.get(v.kpi);
    if (!byYear) byKpiYear.set(v.kpi, (byYear = new Map()));
    const list = byYear.get(v.year) ?? [];
    list.push(v);
    byYear.set(v.year, list);
  }

  const kpis = catalogueRows.map((k) => {
    const series: SeriesPoint[] = years.map((year) => {
      const everyone = byKpiYear.get(k.id)?.get(year) ?? [];
      const refs = everyone.filter((v) => reference.has(v.kommunkod));
      const own = everyone.find((v) => v.kommunkod === kommunkod) ?? null;
      let percentile: number | null = null;
      if (own && k.direction !== 'neutral') {
        const ranks = percentileRanks(refs.map((v) => v.value), k.direction);
        percentile = ranks[refs.indexOf(own)] ?? null;
      }
      const source = own ? (own.isDemo ? 'Demodata (genererad)' : own.importId !== null && imports.has(own.importId) ? `${imports.get(own.importId)!.filename}, importerad ${formatDateTime(imports.get(own.importId)!.importedAt)}` : 'Importerad') : null;
      const refValues = refs.map((v) => v.value);
      return {
        year,
        value: own?.value ?? null,
        isDemo: own?.isDemo ?? false,
        source,
        percentile,
        nationalMedian: everyone.length > 0 ? quantile(everyone.map((v) => v.value), 0.5) : null,
        q1: refValues.length > 0 ? quantile(refValues, 0.25) : null,
        q3: refValues.length > 0 ? quantile(refValues, 0.75) : null,
        reporting: refs.length,
      };
    });
    return { id: k.id, name: k.name, unit: k.unit, direction: k.direction, component: k.component, series };
  });

  return {
    municipality: { kommunkod: municipality.kommunkod, name: municipality.name, county: municipality.county },
    nomination: nomination ? { id: nomination.id, cycleName: cycle!.name } : null,
    group,
    groupSize: reference.size,
    years,
    components: FINANCE_COMPONENTS.map((c) => ({
      ...summarise(index.rows.find((r) => r.component === c), c),
      window: index.windows[c],
      excluded: index.excluded.filter((e) => e.component === c),
    })),
    kpis,
    hasDemo: kpis.some((k) => k.series.some((p) => p.isDemo)),
  };
}

export type MunicipalityIndicators = Awaited<ReturnType<typeof loadMunicipalityIndicators>>;
export type IndexTable = Awaited<ReturnType<typeof loadIndexTable>>;
