/**
 * Profiling aid for the jury report (issue 12): builds the report of the bench cycle from the
 * bench database (bench/generate.ts) the way the route does — data, model, PDF — and prints the
 * time of each step, cold (first call in the process) and warm (median of the next runs).
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/report-profile.ts [--fixture] [runs]
 *
 * `--fixture` renders the bench's fixture model instead (no database). `--prof=file.cpuprofile`
 * writes a CPU profile of the warm runs only (node --cpu-prof also holds the start-up and tsx).
 */
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import Module from 'node:module';
import { performance } from 'node:perf_hooks';

// 'server-only' throws outside Next's server bundle: resolved to an empty module here, as in the tests.
const resolving = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const resolve = resolving._resolveFilename;
resolving._resolveFilename = (request, ...rest) => resolve(request === 'server-only' ? '@/tests/helpers/empty-module' : request, ...rest);

/* eslint-disable @typescript-eslint/no-require-imports -- loaded after the resolver above */
const { openDatabase } = require('@/db/client') as typeof import('@/db/client');
const { gatherJuryReportData } = require('@/lib/reports/jury-report-data') as typeof import('@/lib/reports/jury-report-data');
const { juryReportFixture } = require('@/lib/reports/jury-report-fixture') as typeof import('@/lib/reports/jury-report-fixture');
const { buildJuryReport } = require('@/lib/reports/jury-report-model') as typeof import('@/lib/reports/jury-report-model');
const { renderJuryReport } = require('@/lib/reports/jury-report-pdf') as typeof import('@/lib/reports/jury-report-pdf');
const { BENCH_DB } = require('./generate') as typeof import('./generate');
/* eslint-enable @typescript-eslint/no-require-imports */

const fixture = process.argv.includes('--fixture');
const runs = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 10);
const now = new Date('2027-11-20T10:00:00Z');
const db = fixture ? null : openDatabase(BENCH_DB);
const cycleId = db ? (db.$client.prepare("select id from cycles where name = 'Benchmark 2027'").get() as { id: number }).id : 0;

async function once() {
  const t0 = performance.now();
  let model;
  let t1 = t0;
  if (fixture) {
    model = juryReportFixture();
    t1 = performance.now();
  } else {
    const data = gatherJuryReportData(db!, cycleId, now)!;
    t1 = performance.now();
    model = buildJuryReport(data);
  }
  const t2 = performance.now();
  const pdf = await renderJuryReport(model, now);
  const t3 = performance.now();
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  return { data: t1 - t0, model: t2 - t1, render: t3 - t2, total: t3 - t0, pages, bytes: pdf.length };
}

const fmt = (r: Awaited<ReturnType<typeof once>>) =>
  `data ${r.data.toFixed(0)} ms, model ${r.model.toFixed(0)} ms, pdf ${r.render.toFixed(0)} ms, total ${r.total.toFixed(0)} ms (${r.pages} pages, ${(r.bytes / 1024).toFixed(0)} KB)`;

async function main() {
  const cold = await once();
  console.log(`cold: ${fmt(cold)}`);
  const prof = process.argv.find((a) => a.startsWith('--prof='))?.slice('--prof='.length);
  const heap = process.argv.find((a) => a.startsWith('--heap='))?.slice('--heap='.length);
  const session = new Session();
  if (heap) {
    session.connect();
    await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  }
  if (prof) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const warm = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    warm.push(await once());
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  cpu.sort((a, b) => a - b);
  console.log(`CPU per warm run: min ${cpu[0].toFixed(0)} ms, median ${cpu[Math.floor(runs / 2)].toFixed(0)} ms`);
  if (prof) {
    const { profile } = await session.post('Profiler.stop');
    fs.writeFileSync(prof, JSON.stringify(profile));
  }
  if (heap) {
    const { profile } = await session.post('HeapProfiler.stopSampling');
    fs.writeFileSync(heap, JSON.stringify(profile));
  }
  warm.sort((a, b) => a.total - b.total);
  console.log(`warm median of ${runs}: ${fmt(warm[Math.floor(runs / 2)])}`);
}

void main();
