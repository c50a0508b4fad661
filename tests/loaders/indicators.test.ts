import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/session';

const current: { user: CurrentUser | null } = { user: null };
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => current.user }));
vi.mock('next/navigation', () => ({
  forbidden: () => {
    throw new Error('HTTP 403');
  },
  notFound: () => {
    throw new Error('HTTP 404');
  },
  redirect: (to: string) => {
    throw new Error(`redirect ${to}`);
  },
}));

const { loadIndexTable, loadMunicipalityIndicators, loadKpiCatalogue, previewUploadResponse } = await import('@/lib/loaders/indicators');
const { insertImport, upsertValues } = await import('@/db/queries/indicators');
const { cycles, kpis, nominations } = await import('@/db/schema');
const { syncMunicipalities } = await import('@/seeds/municipalities');
const { freshDatabase } = await import('../helpers/db');

const t = freshDatabase('kpi-loaders');
const db = t.db;
const [A, B, C, D] = ['0114', '0115', '0117', '0120'];
const base = { email: 'x@example.org', name: 'X', organisation: null, kommunkod: null, municipalityName: null, isDemo: false };
const organiser: CurrentUser = { ...base, id: 1, role: 'organiser' };
const juror: CurrentUser = { ...base, id: 2, role: 'juror' };

beforeAll(() => {
  syncMunicipalities(db);
  db.insert(kpis)
    .values([
      { id: 'F00001', name: 'Finans upp', unit: '%', direction: 'higher', component: 'financial_strength' },
      { id: 'F00002', name: 'Finans ned', unit: '%', direction: 'lower', component: 'financial_strength' },
      { id: 'S00001', name: 'Service', unit: '%', direction: 'higher', component: 'service_quality' },
    ])
    .run();
  const cycleId = db.insert(cycles).values({ year: 2027, name: 'Testomgång 2027' }).returning({ id: cycles.id }).get().id;
  const at = '2027-01-01T00:00:00.000Z';
  db.insert(nominations).values([A, B, C].map((kommunkod) => ({ cycleId, kommunkod, updatedAt: at, createdAt: at }))).run();
  const importId = insertImport(db, { filename: 'finans.csv', sha256: 'f'.repeat(64), format: 'csv', rowCount: 1, importedBy: null, importedAt: at });
  const v = (kommunkod: string, kpi: string, year: number, value: number, isDemo = false) => ({ kommunkod, kpi, year, value, isDemo, importId: isDemo ? null : importId });
  upsertValues(db, [
    // F00001 (higher): 1,2,3 in 2023 and 2024; reversed in 2025
    ...[2023, 2024].flatMap((y) => [v(A, 'F00001', y, 1), v(B, 'F00001', y, 2, y === 2023), v(C, 'F00001', y, 3)]),
    v(A, 'F00001', 2025, 3), v(B, 'F00001', 2025, 2), v(C, 'F00001', 2025, 1),
    // F00002 (lower): A best, B and C tied; 2025 A is missing
    ...[2023, 2024].flatMap((y) => [v(A, 'F00002', y, 10), v(B, 'F00002', y, 20), v(C, 'F00002', y, 20)]),
    v(B, 'F00002', 2025, 5), v(C, 'F00002', 2025, 6),
    v(A, 'S00001', 2025, 1), v(B, 'S00001', 2025, 2),
  ]);
});

beforeEach(() => {
  current.user = organiser;
});

describe('access', () => {
  it('is for organisers only: a juror gets 403, a signed-out visitor the sign-in page', async () => {
    current.user = juror;
    await expect(loadIndexTable('alla')).rejects.toThrow('HTTP 403');
    await expect(loadMunicipalityIndicators(B, 'alla')).rejects.toThrow('HTTP 403');
    await expect(loadKpiCatalogue()).rejects.toThrow('HTTP 403');
    current.user = null;
    await expect(loadIndexTable('alla')).rejects.toThrow('redirect /logga-in');
  });

  it('answers 404 for an unknown municipality', async () => {
    await expect(loadMunicipalityIndicators('9999', 'alla')).rejects.toThrow('HTTP 404');
    await expect(loadMunicipalityIndicators('../x', 'alla')).rejects.toThrow('HTTP 404');
  });
});

describe('the index table (hand-computed)', () => {
  it('ranks direction-aware with ties, leaves missing values out, marks too little data', async () => {
    const table = await loadIndexTable('alla');
    expect(table.cycle?.name).toBe('Testomgång 2027');
    expect(table.windows.financial_strength).toEqual([2023, 2024, 2025]);
    const fin = (k: string) => table.rows.find((r) => r.kommunkod === k)!.components.find((c) => c.component === 'financial_strength')!;
    // A: 2023 and 2024 (16.67 + 83.33)/2 = 50; 2025 only F00001 = 83.33; 5 cells < 6 → otillräckliga data
    expect(fin(A)).toMatchObject({ insufficient: true, index: null, trend: null, cells: 5 });
    expect(fin(A).yearly.map((y) => y.index)).toEqual([50, 50, expect.closeTo(250 / 3, 9)]);
    // B: (50 + 33.33)/2 = 41.67 twice, then (50 + 75)/2 = 62.5 → mean 48.61; Theil–Sen slope median(0, 10.42, 20.83)
    expect(fin(B).index).toBeCloseTo((125 / 3 + 125 / 3 + 62.5) / 3, 9);
    expect(fin(B).trend).toBeCloseTo((62.5 - 125 / 3) / 2, 9);
    // C: (83.33 + 33.33)/2 = 58.33 twice, then (16.67 + 25)/2 = 20.83 → mean 45.83; slope median(0, −18.75, −37.5)
    expect(fin(C).index).toBeCloseTo((175 / 3 + 175 / 3 + 125 / 6) / 3, 9);
    expect(fin(C).trend).toBeCloseTo(-18.75, 9);
    const service = table.rows.find((r) => r.kommunkod === B)!.components.find((c) => c.component === 'service_quality')!;
    expect(service).toMatchObject({ insufficient: true, index: null, cells: 1 });
  });

  it('counts demo values per municipality so the page can label them', async () => {
    const table = await loadIndexTable('alla');
    expect(table.rows.find((r) => r.kommunkod === B)!.demo).toEqual({ demo: 1, total: 7 });
    expect(table.rows.find((r) => r.kommunkod === A)!.demo).toEqual({ demo: 0, total: 6 });
  });
});

describe('one municipality', () => {
  it('shows each KPI per year with percentile, national median, quartiles and source; demo values say so', async () => {
    const page = await loadMunicipalityIndicators(B, 'alla');
    expect(page.years).toEqual([2023, 2024, 2025]);
    const f1 = page.kpis.find((k) => k.id === 'F00001')!;
    expect(f1.series[0]).toMatchObject({ year: 2023, value: 2, isDemo: true, source: 'Demodata (genererad)', percentile: 50, nationalMedian: 2, q1: 1.5, q3: 2.5, reporting: 3 });
    expect(f1.series[1]).toMatchObject({ isDemo: false, source: expect.stringMatching(/^finans\.csv, importerad /) });
    const f2 = page.kpis.find((k) => k.id === 'F00002')!;
    expect(f2.series.map((p) => p.percentile)).toEqual([expect.closeTo(100 / 3, 9), expect.closeTo(100 / 3, 9), 75]);
    expect(page.hasDemo).toBe(true);
    expect(page.components.find((c) => c.component === 'financial_strength')!.index).toBeCloseTo((125 / 3 + 125 / 3 + 62.5) / 3, 9);
  });

  it('shows a missing value as missing, never as zero', async () => {
    const page = await loadMunicipalityIndicators(A, 'alla');
    const f2 = page.kpis.find((k) => k.id === 'F00002')!.series.find((p) => p.year === 2025)!;
    expect(f2).toMatchObject({ value: null, percentile: null, source: null, nationalMedian: 5.5 });
    const none = await loadMunicipalityIndicators(D, 'nominerade');
    expect(none.groupSize).toBe(4);
    expect(none.kpis.every((k) => k.series.every((p) => p.value === null && p.percentile === null))).toBe(true);
    expect(none.components.every((c) => c.insufficient && c.index === null)).toBe(true);
  });

  it('computes percentiles within the chosen comparison group', async () => {
    // In the nominated group {A, B, C} plus D, the F00001 2025 ranks are the same as nationally (D has no value).
    const page = await loadMunicipalityIndicators(C, 'nominerade');
    expect(page.kpis.find((k) => k.id === 'F00001')!.series[2].percentile).toBeCloseTo(50 / 3, 9);
    expect(page.group).toBe('nominerade');
  });
});

describe('the preview upload', () => {
  const post = (body: BodyInit | ReadableStream<Uint8Array> | null, headers: Record<string, string> = {}) =>
    previewUploadResponse(new Request('http://localhost/arrangor/nyckeltal/import/forhandsgranska', { method: 'POST', body, headers, duplex: 'half' } as RequestInit));

  it('answers the dry run for an organiser and writes no value', async () => {
    const res = await post('kommunkod,kpi,year,value\n0114,F00001,2022,4\n0114,X,2022,1\n', { 'x-filename': encodeURIComponent('mina värden.csv') });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.preview).toMatchObject({ filename: 'mina värden.csv', counts: { new: 1, errors: 1 }, canCommit: false });
    expect(body.preview.errors[0]).toMatchObject({ line: 3, kind: 'unknown_kpi' });
  });

  it('refuses jurors (403) and signed-out visitors (401)', async () => {
    current.user = juror;
    expect((await post('a,b')).status).toBe(403);
    current.user = null;
    expect((await post('a,b')).status).toBe(401);
  });

  it('refuses an empty file', async () => {
    const res = await post('');
    expect(res.status).toBe(422);
    expect((await res.json()).error).toMatch(/tom/);
  });

  it('streams a 200 MB upload only up to the limit and answers 413 with a clear message', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x31);
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 200) return controller.close();
        pulled += 1;
        controller.enqueue(chunk);
      },
    });
    const res = await post(stream);
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatch(/Filen är för stor \(högst 20 MB\)/);
    expect(pulled).toBeLessThan(30);
  });
});
