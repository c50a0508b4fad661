/**
 * `npm run bench` — speed and memory on a realistic large cycle (bench/generate.ts).
 * Builds and starts the production server on a free port with the bench database,
 * measures each target (HTTP load from a separate autocannon process), prints one
 * table and writes bench/results.json. `--quick` runs every measure briefly (CI uses
 * it to show the harness works; the figures of a quick run are not meant to be read).
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Db } from '@/db/client';
import { createRandom } from '@/lib/domain/random';
import { bootstrapRanking } from '@/lib/domain/engine/bootstrap';
import { rankNominations } from '@/lib/domain/engine/pipeline';
import type { EngineInput } from '@/lib/domain/engine/types';
import { signInOverHttp } from '../tests/helpers/http-sign-in';
import { extractPdfPages } from '@/lib/jobs/extract-pdf-text';
import { filePath } from '@/lib/storage/files';
import { juryReportFixture } from '@/lib/reports/jury-report-fixture';
import { renderJuryReport } from '@/lib/reports/jury-report-pdf';
import { timeScreening } from '@/lib/screening/timing';
import { seedArchive } from '@/seeds/archive';
import { BENCH_DB, BENCH_DIR, BENCH_PASSWORD, ensureBenchDatabase, type BenchFacts } from './generate';

const root = process.cwd();
const quick = process.argv.includes('--quick');
const distDir = process.env.NEXT_DIST_DIR || '.next';
const nextBin = path.join(root, 'node_modules/next/dist/bin/next');
const DURATION = quick ? 2 : 10;
/**
 * `--only=jury,save` runs just those measures (names: engine, extraction, report, screening,
 * coldstart, jury, matrix, shortlist, public, screeningpage, save, upload, js); all of them without it.
 */
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',').filter(Boolean) ?? null;
const want = (name: string) => !only || only.includes(name);

type Row = { measure: string; figure: string; target: string; pass: boolean | null; detail?: Record<string, unknown> };
const rows: Row[] = [];

function record(row: Row) {
  rows.push(row);
  const mark = row.pass === null ? '–' : row.pass ? 'OK' : 'MISS';
  console.log(`  ${mark.padEnd(4)} ${row.measure}: ${row.figure} (mål ${row.target})`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** fetch, tried once more when the connection was closed under it (a kept-alive socket the loaded server had just closed). */
async function fetchOnce(url: string | URL, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    await new Promise((r) => setTimeout(r, 200));
    return fetch(url, init);
  }
}

function ms(x: number | null | undefined): string {
  return x == null ? '–' : `${Math.round(x)} ms`;
}

/**
 * Median wall time and median CPU time (user + system of this process) of fn over n runs,
 * after one warm-up. On a shared machine the wall time includes waiting for a core; the
 * CPU time is what the work itself costs on one core.
 */
function timeIt(fn: () => unknown, n: number): { wall: number; cpu: number } {
  fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < n; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { wall: median(wall), cpu: median(cpu) };
}

/** Pages of a PDF made by pdfkit (its page objects). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** Load average over the last minute per core: above 1, other processes competed for the cores meanwhile. */
function loadPerCore(): string {
  return (os.loadavg()[0] / os.cpus().length).toFixed(1);
}

/** The engine's input for the bench cycle, straight from the submitted score sheets. */
function engineInput(db: Db, cycleId: number): EngineInput {
  const c = db.$client;
  const areas = c.prepare('select id, key, weight from rubric_areas where cycle_id = ? order by position').all(cycleId) as { id: number; key: string; weight: number }[];
  const crit = c.prepare('select id, area_id as areaId, weight from rubric_criteria where area_id in (select id from rubric_areas where cycle_id = ?) order by position').all(cycleId) as { id: number; areaId: number; weight: number }[];
  const scores = c
    .prepare(
      `select s.juror_id as j, s.nomination_id as n, sc.criterion_id as c, sc.value as v
         from scores sc join score_sheets s on s.id = sc.sheet_id join nominations n on n.id = s.nomination_id
        where n.cycle_id = ? and s.status = 'submitted'`,
    )
    .all(cycleId) as { j: number; n: number; c: number; v: number | null }[];
  return {
    rubric: {
      scale: { min: 1, max: 5 },
      areas: areas.map((a) => ({ key: a.key, weight: a.weight, criteria: crit.filter((x) => x.areaId === a.id).map((x) => ({ id: String(x.id), weight: x.weight })) })),
    },
    scores: scores.map((s) => ({ jurorId: String(s.j), nominationId: String(s.n), criterionId: String(s.c), value: s.v })),
    components: [],
  };
}

async function signIn(base: string, email: string): Promise<string> {
  try {
    return await signInOverHttp(base, email, BENCH_PASSWORD);
  } catch {
    // A kept-alive socket the loaded server had just closed: once more on a fresh one.
    await new Promise((r) => setTimeout(r, 200));
    return signInOverHttp(base, email, BENCH_PASSWORD);
  }
}

type Load = { requests: number; rps: number; p50: number | null; p95: number | null; p99: number | null; errors: number; statuses: Record<string, number> };

function load(opts: { url: string; method?: string; headers?: Record<string, string>; body?: string; connections: number }): Load {
  const out = spawnSync(process.execPath, [path.join(root, 'bench/load.mjs'), JSON.stringify({ ...opts, duration: DURATION })], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (out.status !== 0) throw new Error(`autocannon: ${out.stderr}`);
  return JSON.parse(out.stdout) as Load;
}

/** Resident memory (kB) of a process and all its children, from /proc. */
function treeRssKb(pid: number): number {
  let total = 0;
  const visit = (p: number) => {
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const kids = fs.readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim();
      for (const k of kids ? kids.split(/\s+/) : []) visit(Number(k));
    } catch {
      /* the process ended */
    }
  };
  visit(pid);
  return total;
}

async function startServer(port: number): Promise<{ child: ChildProcess; coldStartMs: number }> {
  const env = {
    ...process.env,
    NODE_ENV: 'production' as const,
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_PATH: BENCH_DB,
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'bench-secret-bench-secret-bench-secret-0123456789',
    // The 100 MB upload measure needs room above the default 50 MB per file.
    UPLOAD_MAX_FILE_MB: '200',
    UPLOAD_MAX_TOTAL_MB: '2000',
  };
  const t0 = performance.now();
  // BENCH_PROFILE=dir: the server writes a CPU profile there when it stops (node --cpu-prof).
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const child = spawn(process.execPath, [...profile, nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  for (;;) {
    if (child.exitCode !== null) throw new Error('Servern avslutades under start.');
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) return { child, coldStartMs: performance.now() - t0 };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 20));
    if (performance.now() - t0 > 60_000) throw new Error('Servern startade inte inom 60 s.');
  }
}

/**
 * Gzipped bytes of the JavaScript a page makes the browser load. `nomodule` scripts (Next's
 * polyfills for browsers without ES modules) are counted apart: a current browser never
 * downloads them.
 */
async function pageJsGzip(base: string, pathname: string, cookie: string): Promise<{ modern: number; nomodule: number }> {
  const html = await (await fetchOnce(base + pathname, { headers: { cookie } })).text();
  const tags = new Map([...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)].map((m) => [m[1], /\snomodule(?:=|\s|>)/i.test(m[0])]));
  const out = { modern: 0, nomodule: 0 };
  for (const [src, legacy] of tags) {
    const body = Buffer.from(await (await fetchOnce(new URL(src, base))).arrayBuffer());
    out[legacy ? 'nomodule' : 'modern'] += gzipSync(body).length;
  }
  return out;
}

/** Saving one criterion score, as the score sheet's autosave does (POST /api/jury/poang, components/jury/score-sheet.tsx). */
async function scoreSaving(base: string, facts: BenchFacts, serverPid: number) {
  const measure = 'Spara en kriteriepoäng (autosparning, /api/jury/poang), 20 klienter';
  const target = '≥ 500 req/s, p99 ≤ 150 ms';
  const cookie = await signIn(base, facts.savingJuror.email);
  const { nominationId, criterionId, revision } = facts.savingJuror;
  const request = {
    url: `${base}/api/jury/poang`,
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ nominationId, criterionId, value: 3, cannotAssess: false, comment: '', revision }),
  };
  const probe = await fetchOnce(request.url, { method: 'POST', headers: request.headers, body: request.body });
  const text = await probe.text();
  if (!probe.ok || !text.includes('"ok":true')) return record({ measure, figure: `svaret var inte ett lyckat sparande (${probe.status}): ${text.slice(0, 120)}`, target, pass: false });
  const r = loadWithCpu({ ...request, connections: 20 }, serverPid);
  record({ measure, figure: `${Math.round(r.rps)} req/s, p99 ${ms(r.p99)} (server-CPU ${r.cpuMsPerRequest.toFixed(1)} ms/förfrågan, last ${loadPerCore()}/kärna)`, target, pass: r.statuses['200'] === r.requests && r.rps >= 500 && (r.p99 ?? Infinity) <= 150, detail: r });
}

/** A 100 MB upload streamed to the upload route: how much the server's resident memory grows meanwhile. */
async function uploadMemory(base: string, facts: BenchFacts, serverPid: number) {
  const measure = 'Uppladdning av 100 MB: serverns minnesökning';
  const target = '< 50 MB';
  const cookie = await signIn(base, facts.uploader.email);
  const size = quick ? 20 * 2 ** 20 : 100 * 2 ** 20;
  const pdf = Buffer.alloc(size, 0x20);
  pdf.write('%PDF-1.4\n', 0);
  pdf.write(`${Date.now()}\n`, 16); // a new checksum each run: an identical file would be refused
  pdf.write('\n%%EOF\n', size - 8);
  const form = new FormData();
  form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'stor.pdf');
  const before = treeRssKb(serverPid);
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, treeRssKb(serverPid))), 10);
  const t0 = performance.now();
  const res = await fetch(`${base}/api/upload?${new URLSearchParams({ nominationId: String(facts.uploader.nominationId), type: 'ovrigt', title: 'Stor fil' })}`, { method: 'POST', headers: { cookie }, body: form });
  const took = performance.now() - t0;
  clearInterval(timer);
  peak = Math.max(peak, treeRssKb(serverPid));
  const growthMb = (peak - before) / 1024;
  if (!res.ok) return record({ measure, figure: `uppladdningen svarade ${res.status}: ${(await res.text()).slice(0, 120)}`, target, pass: false });
  record({ measure: quick ? 'Uppladdning av 20 MB (snabbläge): serverns minnesökning' : measure, figure: `${growthMb.toFixed(1)} MB (${(took / 1000).toFixed(1)} s)`, target, pass: quick ? null : growthMb < 50 });
}

/** CPU time (user + system, ms) the server process has used so far, from /proc: what a request costs, however loaded the machine. */
function serverCpuMs(pid: number): number {
  try {
    const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // clock ticks of 10 ms
  } catch {
    return NaN;
  }
}

/** Runs a load and adds the server's CPU milliseconds per answered request to it. */
function loadWithCpu(opts: Parameters<typeof load>[0], serverPid: number): Load & { cpuMsPerRequest: number } {
  const c0 = serverCpuMs(serverPid);
  const r = load(opts);
  return { ...r, cpuMsPerRequest: (serverCpuMs(serverPid) - c0) / Math.max(1, r.requests) };
}

type Users = { juror: string; organiser: string };

/** The Accept header of a browser's page load (a document request asks for HTML; Next's router fetches do not). */
const PAGE_LOAD = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/**
 * Whether a signed-in page load is answered from the cache of rendered pages
 * (lib/cache/private-page-cache.ts): the second of two loads, as the load that follows sees it.
 */
async function cacheState(url: string, cookie: string): Promise<string> {
  await fetchOnce(url, { headers: { cookie, accept: PAGE_LOAD } }).then((r) => r.arrayBuffer());
  const r = await fetchOnce(url, { headers: { cookie, accept: PAGE_LOAD } });
  await r.arrayBuffer();
  return r.headers.get('x-kk-cache') ?? 'ingen';
}

async function jurorAssignments(base: string, { juror }: Users, serverPid: number) {
  const cache = await cacheState(`${base}/jury`, juror);
  const a = loadWithCpu({ url: `${base}/jury`, headers: { cookie: juror, accept: PAGE_LOAD }, connections: 10 }, serverPid);
  record({
    measure: 'Jurymedlemmens tilldelningar (/jury), 10 klienter',
    figure: `p95 ${ms(a.p95)}, ${Math.round(a.rps)} req/s (server-CPU ${a.cpuMsPerRequest.toFixed(1)} ms/förfrågan, last ${loadPerCore()}/kärna; cache: ${cache})`,
    target: 'p95 ≤ 120 ms, ≥ 150 req/s',
    pass: a.statuses['200'] === a.requests && (a.p95 ?? Infinity) <= 120 && a.rps >= 150,
    detail: a,
  });
  // The same page rendered every time (no Accept: text/html, so the cache is not asked), as after each write.
  const u = loadWithCpu({ url: `${base}/jury`, headers: { cookie: juror }, connections: 10 }, serverPid);
  record({
    measure: 'Jurymedlemmens tilldelningar (/jury) renderad varje gång (som efter varje skrivning), 10 klienter',
    figure: `p95 ${ms(u.p95)}, ${Math.round(u.rps)} req/s (server-CPU ${u.cpuMsPerRequest.toFixed(1)} ms/förfrågan)`,
    target: '(information)',
    pass: null,
    detail: u,
  });
}

async function scoreMatrix(base: string, facts: BenchFacts, { organiser }: Users, serverPid: number) {
  const matrixUrl = `${base}/arrangor/omgang/${facts.cycleId}/framsteg`;
  const probe = await fetchOnce(matrixUrl, { headers: { cookie: organiser } });
  const matrixBytes = (await probe.arrayBuffer()).byteLength;
  if (probe.status === 200) {
    const cache = await cacheState(matrixUrl, organiser);
    const m = loadWithCpu({ url: matrixUrl, headers: { cookie: organiser, accept: PAGE_LOAD }, connections: 10 }, serverPid);
    record({
      measure: 'Arrangörens poängmatris (290 × 30), 10 klienter',
      figure: `${Math.round(m.rps)} req/s, p95 ${ms(m.p95)}, sidan ${(matrixBytes / 1024).toFixed(0)} KB (server-CPU ${m.cpuMsPerRequest.toFixed(1)} ms/förfrågan; cache: ${cache})`,
      target: '≥ 80 req/s',
      pass: m.statuses['200'] === m.requests && m.rps >= 80,
      detail: { ...m, bytes: matrixBytes },
    });
  } else {
    record({ measure: 'Arrangörens poängmatris (290 × 30), 10 klienter', figure: `sidan svarar ${probe.status}`, target: '≥ 80 req/s', pass: null });
  }
}

async function shortlistPage(base: string, facts: BenchFacts, { organiser }: Users, serverPid: number) {
  const shortlistUrl = `${base}/arrangor/omgang/${facts.cycleId}/topplista`;
  const shortlist = await fetchOnce(shortlistUrl, { headers: { cookie: organiser } });
  const shortlistBytes = (await shortlist.arrayBuffer()).byteLength;
  if (shortlist.status === 200) {
    const cache = await cacheState(shortlistUrl, organiser);
    const r = loadWithCpu({ url: shortlistUrl, headers: { cookie: organiser, accept: PAGE_LOAD }, connections: 10 }, serverPid);
    record({
      measure: 'Topplistan (290 × 30), 10 klienter',
      figure: `p95 ${ms(r.p95)}, ${Math.round(r.rps)} req/s, sidan ${(shortlistBytes / 2 ** 20).toFixed(2)} MB (server-CPU ${r.cpuMsPerRequest.toFixed(1)} ms/förfrågan; cache: ${cache})`,
      target: 'p95 ≤ 200 ms',
      pass: r.statuses['200'] === r.requests && (r.p95 ?? Infinity) <= 200,
      detail: { ...r, bytes: shortlistBytes },
    });
  } else {
    record({ measure: 'Topplistan (290 × 30), 10 klienter', figure: `sidan svarar ${shortlist.status}`, target: 'p95 ≤ 200 ms', pass: false });
  }
}

/** The organiser's screening page of a key-figure cycle: model, map of 290, the first table page, stability. */
async function screeningPage(base: string, facts: BenchFacts, { organiser }: Users) {
  const url = `${base}/arrangor/omgang/${facts.keyFigureCycleId}/screening`;
  const measure = 'Screeningsidan (290 kommuner, karta och stabilitet), 1 klient';
  const probe = await fetchOnce(url, { headers: { cookie: organiser } });
  const bytes = (await probe.arrayBuffer()).byteLength;
  if (probe.status !== 200) {
    record({ measure, figure: `sidan svarar ${probe.status}`, target: 'p50 ≤ 100 ms', pass: false });
    return;
  }
  // One connection: the time the server spends on one request, not queueing behind others.
  const r = load({ url, headers: { cookie: organiser }, connections: 1 });
  record({
    measure,
    figure: `p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, ${Math.round(r.rps)} req/s, sidan ${(bytes / 1024).toFixed(0)} KB`,
    target: 'p50 ≤ 100 ms',
    pass: r.statuses['200'] === r.requests && (r.p50 ?? Infinity) <= 100,
    detail: { ...r, bytes },
  });
}

async function publicResults(base: string) {
  // The public results page of a year, signed out: the embargo is checked at every request and
  // the rendered page comes from its embargo-safe cache (lib/public/page-cache.ts) once warm.
  const publicUrl = `${base}/resultat/2025`;
  // As a browser loads the page (a document request asks for HTML).
  const headers = { accept: PAGE_LOAD };
  const publicProbe = await fetchOnce(publicUrl, { headers });
  const cache = (await fetchOnce(publicUrl, { headers })).headers.get('x-kk-cache');
  if (publicProbe.status === 200) {
    const pr = load({ url: publicUrl, headers, connections: 10 });
    // Next's floor on this machine for comparison: the proxy and a route handler with one database read.
    const floor = load({ url: `${base}/api/health`, connections: 10 });
    record({
      measure: 'Offentliga resultatsidan (/resultat/2025), 10 klienter',
      figure: `p50 ${ms(pr.p50)}, ${Math.round(pr.rps)} req/s (cache: ${cache ?? '–'}; golv /api/health: p50 ${ms(floor.p50)}, ${Math.round(floor.rps)} req/s)`,
      target: 'p50 ≤ 20 ms, ≥ 1 000 req/s',
      pass: pr.statuses['200'] === pr.requests && (pr.p50 ?? Infinity) <= 20 && pr.rps >= 1000,
      detail: { ...pr, cache, floor },
    });
  } else {
    record({ measure: 'Offentliga resultatsidan (/resultat/2025), 10 klienter', figure: `sidan svarar ${publicProbe.status}`, target: 'p50 ≤ 20 ms, ≥ 1 000 req/s', pass: false });
  }
}

async function javascriptPerPage(base: string, facts: BenchFacts, { juror, organiser }: Users) {
  let maxJs = 0;
  const perPage: Record<string, number> = {};
  const nomodule: Record<string, number> = {};
  const pages = [
    ['/logga-in', ''],
    ['/jury', juror],
    [`/jury/nominering/${facts.nominationIds[0]}`, juror],
    ['/arrangor', organiser],
    [`/arrangor/omgang/${facts.cycleId}/framsteg`, organiser],
    [`/arrangor/omgang/${facts.cycleId}/topplista`, organiser],
    ['/resultat/2025', ''],
  ] as const;
  for (const [p, cookie] of pages) {
    const js = await pageJsGzip(base, p, cookie);
    perPage[p] = js.modern;
    nomodule[p] = js.nomodule;
    maxJs = Math.max(maxJs, perPage[p]);
  }
  const largest = Object.entries(perPage).sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const legacyKb = (Math.max(0, ...Object.values(nomodule)) / 1024).toFixed(0);
  record({
    measure: 'JavaScript till webbläsaren per sida (gzip, största)',
    figure: `${(maxJs / 1024).toFixed(0)} KB (${largest}; därtill ${legacyKb} KB nomodule-polyfill som moderna webbläsare inte hämtar)`,
    target: '≤ 150 KB',
    pass: maxJs <= 150 * 1024,
    detail: { perPage, nomodule },
  });
}

/**
 * The jury report as an organiser gets it: GET /api/arrangor/omgang/{id}/rapport on the bench cycle
 * (290 nominations × 30 jurors × 20 criteria in the database), from the request to the last byte —
 * session, access check, the data from the database, the ranking, the PDF. Cold: the first report of
 * the server process (the route's code loaded, the fonts parsed, the cycle's ranking and bootstrap
 * computed — they are then kept until the cycle's data changes). Warm: one request at a time after it.
 */
async function reportDownload(base: string, facts: BenchFacts, { organiser }: Users, serverPid: number) {
  const url = `${base}/api/arrangor/omgang/${facts.cycleId}/rapport`;
  const target = '≤ 300 ms';
  const get = async () => {
    const c0 = serverCpuMs(serverPid);
    const t0 = performance.now();
    const res = await fetchOnce(url, { headers: { cookie: organiser } });
    const body = Buffer.from(await res.arrayBuffer());
    return { ms: performance.now() - t0, cpuMs: serverCpuMs(serverPid) - c0, status: res.status, type: res.headers.get('content-type'), body };
  };
  const cold = await get();
  if (cold.status !== 200 || cold.type !== 'application/pdf') {
    record({ measure: 'Juryrapporten via routen (arrangör)', figure: `svarade ${cold.status} ${cold.type}: ${cold.body.toString('utf8', 0, 120)}`, target, pass: false });
    return;
  }
  const pages = pdfPages(cold.body);
  const warm: Awaited<ReturnType<typeof get>>[] = [];
  for (let i = 0; i < (quick ? 3 : 15); i++) warm.push(await get());
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const wall = sorted(warm.map((w) => w.ms));
  const cpu = sorted(warm.map((w) => w.cpuMs));
  const p50 = wall[Math.floor(wall.length / 2)];
  const p95 = wall[Math.min(wall.length - 1, Math.ceil(wall.length * 0.95) - 1)];
  const cpu50 = cpu[Math.floor(cpu.length / 2)];
  const ok = warm.every((w) => w.status === 200);
  // The target is for a 40-page report; the bench cycle's random scores flag about 1,000
  // disagreements, so its report is about three times as long: the target scales with the pages.
  const per40 = (x: number) => (x * 40) / Math.max(1, pages);
  record({
    measure: `Juryrapporten via routen (bench-omgången, ${pages} sidor, ${(cold.body.length / 1024).toFixed(0)} KB), arrangör, varm`,
    figure: `p50 ${ms(p50)}, p95 ${ms(p95)} till sista byte, ${ms(per40(p50))} per 40 sidor (server-CPU ${ms(cpu50)}/förfrågan, ${ms(per40(cpu50))} per 40 sidor; last ${loadPerCore()}/kärna)`,
    target: `${target} per 40 sidor`,
    pass: ok && per40(p50) <= 300,
    detail: { wall, cpu, pages, bytes: cold.body.length },
  });
  record({
    measure: 'Juryrapporten via routen, första efter serverstart (kall: kod, typsnitt, rangordning med bootstrap)',
    figure: `${ms(cold.ms)} (server-CPU ${ms(cold.cpuMs)})`,
    target: '(information)',
    pass: null,
    detail: { ms: cold.ms, cpuMs: cold.cpuMs },
  });
}

async function httpMeasures(base: string, facts: BenchFacts, serverPid: number) {
  const users: Users = { juror: await signIn(base, facts.jurorEmails[1]), organiser: await signIn(base, facts.organiserEmail) };
  // First, so that its cold figure is the first report of the server process.
  if (want('report')) await reportDownload(base, facts, users, serverPid);
  if (want('jury')) await jurorAssignments(base, users, serverPid);
  if (want('matrix')) await scoreMatrix(base, facts, users, serverPid);
  if (want('shortlist')) await shortlistPage(base, facts, users, serverPid);
  if (want('public')) await publicResults(base);
  if (want('screeningpage')) await screeningPage(base, facts, users);
  if (want('save')) await scoreSaving(base, facts, serverPid);
  if (want('upload')) await uploadMemory(base, facts, serverPid);
  if (want('js')) await javascriptPerPage(base, facts, users);
}

async function main() {
  console.log(`Benchmark ${quick ? '(snabbläge) ' : ''}– ${os.cpus().length} kärnor, Node ${process.version}`);
  const { db, facts } = await ensureBenchDatabase();

  if (want('engine')) {
    const input = engineInput(db, facts.cycleId);
    // The engine runs single-threaded: CPU time is its cost on one core; wall time is shown beside it
    // with the load per core (this machine is shared, so the wall time also holds the waiting).
    const point = timeIt(() => rankNominations(input), quick ? 3 : 9);
    record({
      measure: `Rangordning, punktskattning (${input.scores.length} poäng)`,
      figure: `${ms(point.cpu)} CPU (vägg ${ms(point.wall)}, last ${loadPerCore()}/kärna)`,
      target: '≤ 100 ms',
      pass: point.cpu <= 100,
      detail: point,
    });
    const reps = quick ? 1000 : 10_000;
    const boot = timeIt(() => bootstrapRanking(input, {}, { random: createRandom(1), replicates: reps }), quick ? 1 : 3);
    record({
      measure: `${reps.toLocaleString('sv-SE')} bootstrap-replikat, en kärna`,
      figure: `${ms(boot.cpu)} CPU (vägg ${ms(boot.wall)}, last ${loadPerCore()}/kärna)`,
      target: quick ? '(snabbläge)' : '≤ 1 500 ms',
      pass: quick ? null : boot.cpu <= 1500,
      detail: boot,
    });
  }
  // The public results pages read the archive of winners (the real years since 2003).
  seedArchive(db);
  db.$client.close();

  if (want('extraction')) {
    const t1 = performance.now();
    const pages = await extractPdfPages(filePath(facts.largeDocumentSha, path.join(BENCH_DIR, 'files')));
    const extraction = performance.now() - t1;
    record({ measure: `Textutdrag ur en pdf på ${pages.length} sidor (utanför förfrågan)`, figure: ms(extraction), target: '≤ 3 000 ms', pass: extraction <= 3000 });
  }

  // The jury report: a realistic model of about 40 pages (290 ranked, 30 jurors) rendered in this
  // process — the PDF alone, without the database. Cold: the first document of the process (modules,
  // fonts parsed); warm: the median of the next ones, CPU beside wall time (the machine is shared).
  // What an organiser waits for is measured over HTTP below (reportDownload).
  if (want('report')) {
    const reportModel = juryReportFixture();
    const t2 = performance.now();
    const first = await renderJuryReport(reportModel);
    const coldMs = performance.now() - t2;
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < (quick ? 3 : 9); i++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await renderJuryReport(reportModel);
      wall.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const reportPages = pdfPages(first);
    record({
      measure: `Juryrapporten som pdf (${reportPages} sidor, modell utan databas), varm`,
      figure: `${ms(median(cpu))} CPU (vägg ${ms(median(wall))}; kall ${ms(coldMs)}; last ${loadPerCore()}/kärna)`,
      target: '≤ 300 ms',
      pass: median(cpu) <= 300,
      detail: { coldMs, wall, cpu, pages: reportPages },
    });
  }

  // Key-figure screening of all 290 municipalities (30 KPIs × 5 years), its stability and the development view.
  if (want('screening')) {
    const screening = timeScreening({ rounds: 1000 });
    record({ measure: 'Screening av 290 kommuner × 30 nyckeltal × 5 år', figure: ms(screening.runMs), target: '≤ 150 ms', pass: screening.runMs <= 150 });
    record({ measure: 'Screeningens stabilitet (utelämnanden, viktvarianter, 1 000 bootstrap-rundor)', figure: ms(screening.stabilityMs), target: '≤ 2 000 ms', pass: screening.stabilityMs <= 2000 });
  }

  if (!fs.existsSync(path.join(root, distDir, 'BUILD_ID')) || process.argv.includes('--build')) {
    console.log('Bygger appen (next build) …');
    execFileSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  }
  const port = await freePort();
  const { child, coldStartMs } = await startServer(port);
  try {
    if (want('coldstart')) record({ measure: 'Kallstart till första svar', figure: ms(coldStartMs), target: '≤ 2 000 ms', pass: coldStartMs <= 2000 });
    const rssBefore = treeRssKb(child.pid!);
    await httpMeasures(`http://127.0.0.1:${port}`, facts, child.pid!);
    record({ measure: 'Serverns minne efter lasten (RSS)', figure: `${Math.round(treeRssKb(child.pid!) / 1024)} MB (före ${Math.round(rssBefore / 1024)} MB)`, target: '(information)', pass: null });
  } finally {
    child.kill('SIGTERM');
  }

  const results = {
    loadAveragePerCore: Number(loadPerCore()),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), platform: `${os.platform()} ${os.release()}` },
    node: process.version,
    date: new Date().toISOString(),
    quick,
    figures: rows,
  };
  fs.writeFileSync(path.join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

  console.log('\n| Mått | Värde | Mål | Utfall |\n|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.measure} | ${r.figure} | ${r.target} | ${r.pass === null ? '–' : r.pass ? 'uppfyllt' : 'MISSAT'} |`);
  console.log('\nSkrivet: bench/results.json');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
