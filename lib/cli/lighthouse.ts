/**
 * `npm run lighthouse` — Lighthouse (performance and accessibility) against the production
 * build with the demo data, in Chromium: the public results page, the sign-in page, the
 * juror's workspace and the shortlist, each with the desktop and the mobile settings.
 * Prints one table (issue 11's targets: desktop performance ≥ 98 and accessibility 100,
 * mobile performance ≥ 90). `-- --build` rebuilds first. Scores vary with the machine's load.
 *
 * To look at one page: `-- --only=jury` (results, sign-in, jury, shortlist; several with commas),
 * `-- --form=mobile` (or desktop) and `-- --json=DIR` (each full Lighthouse report as JSON in DIR,
 * to compare the main-thread audits before and after a change, not only the score).
 * Each page and form is measured `-- --runs=N` times (3 by default) and the median run is shown,
 * with the range: one mobile run varies by ±15 points on this machine.
 * `-- --floor` also measures an empty Next app built from the same packages (lighthouse-floor.ts):
 * what any App Router page reaches on this machine, the floor under the app's own figures.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import * as chromeLauncher from 'chrome-launcher';
import type { Result } from 'lighthouse';
import { DEMO_PASSWORD } from '@/seeds/demo-content';
import { signInOverHttp } from '@/tests/helpers/http-sign-in';
import { withDemoServer } from './demo-server';
import { withFloorServer } from './lighthouse-floor';

// The same flags as tests/e2e/browser.ts.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

type Target = { key: string; name: string; path: string; who: string | null; floor?: boolean };
type Form = 'desktop' | 'mobile';

/** `--name=value` from the command line, or null. */
function option(name: string): string | null {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3) : null;
}
type Row = { name: string; form: Form; performance: number; range: string; accessibility: number; failing: string[]; metrics: string; floor: boolean };

function demoIds(databasePath: string) {
  const db = new Database(databasePath, { readonly: true });
  try {
    const cycle = db.prepare('select id from cycles where is_demo = 1 and mode = ? order by id limit 1').get('open_application') as { id: number };
    const nomination = db
      .prepare("select a.nomination_id as id from assignments a join users u on u.id = a.juror_id where u.email = 'jury1@example.org' order by a.nomination_id limit 1")
      .get() as { id: number };
    return { cycle: cycle.id, nomination: nomination.id };
  } finally {
    db.close();
  }
}

/**
 * Lighthouse's own CLI in a plain Node process (under tsx, the functions Lighthouse sends into
 * the page carry esbuild's `__name` helper and fail there), against the Chromium already running.
 */
function lighthouseCli(url: string, form: Row['form'], port: number, cookie: string | null): Promise<Result> {
  const args = [
    path.join(process.cwd(), 'node_modules/lighthouse/cli/index.js'),
    url,
    `--port=${port}`,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    '--only-categories=performance,accessibility',
    ...(form === 'desktop' ? ['--preset=desktop'] : []),
    ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
  ];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 256 * 2 ** 20 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(`Lighthouse misslyckades för ${url}: ${stderr || err.message}`));
      resolve(JSON.parse(stdout) as Result);
    });
  });
}

async function audit(url: string, form: Row['form'], port: number, cookie: string | null, jsonPath: string | null) {
  const result = await lighthouseCli(url, form, port, cookie);
  if (jsonPath) fs.writeFileSync(jsonPath, JSON.stringify(result));
  const { categories, audits } = result;
  const failing = (categories.accessibility?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && (audits[ref.id]?.score ?? 1) < 1)
    .map((ref) => ref.id);
  // The metrics behind the performance score, to see what a low score is made of.
  const metric = (id: string) => audits[id]?.displayValue ?? '–';
  const metrics = `FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}, JS-tid ${metric('bootup-time')}, huvudtråd ${metric('mainthread-work-breakdown')}`;
  return { performance: Math.round((categories.performance?.score ?? 0) * 100), accessibility: Math.round((categories.accessibility?.score ?? 0) * 100), failing, metrics };
}

async function run({ baseURL, databasePath }: { baseURL: string; databasePath: string }) {
  const id = demoIds(databasePath);
  const all: Target[] = [
    { key: 'results', name: 'Offentliga resultatsidan', path: '/resultat/2025', who: null },
    { key: 'sign-in', name: 'Inloggningen', path: '/logga-in', who: null },
    { key: 'jury', name: 'Jurymedlemmens arbetsyta', path: `/jury/nominering/${id.nomination}`, who: 'jury1@example.org' },
    { key: 'shortlist', name: 'Topplistan', path: `/arrangor/omgang/${id.cycle}/topplista`, who: 'arrangor@example.org' },
  ];
  const only = option('only')?.split(',');
  const unknown = only?.filter((k) => !all.some((t) => t.key === k)) ?? [];
  if (unknown.length) throw new Error(`Okänd sida i --only: ${unknown.join(', ')} (finns: ${all.map((t) => t.key).join(', ')})`);
  const targets = only ? all.filter((t) => only.includes(t.key)) : all;
  const formOption = option('form');
  const forms: Form[] = formOption === null ? ['desktop', 'mobile'] : formOption === 'desktop' || formOption === 'mobile' ? [formOption] : [];
  if (forms.length === 0) throw new Error('--form ska vara desktop eller mobile');
  const jsonDir = option('json');
  const runs = Number(option('runs') ?? 3);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs ska vara ett heltal ≥ 1');
  if (jsonDir) fs.mkdirSync(jsonDir, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-lighthouse-'));
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: [...FLAGS, `--user-data-dir=${profile}`], userDataDir: false });
  const rows: Row[] = [];
  /** Measures one page in each form, `runs` times each, and keeps the median run. */
  async function measure(target: Target, base: string, port: number) {
    const cookie = target.who ? await signInOverHttp(base, target.who, DEMO_PASSWORD) : null;
    // A first visit warms the server's caches (as a visitor would find it), then both forms are measured.
    await fetch(`${base}${target.path}`, { headers: cookie ? { cookie } : {} });
    for (const form of forms) {
      // Several runs, the median kept (by performance; Lighthouse's own advice, as one run of the
      // slowed mobile CPU varies by ±15 points here), with the range of the others beside it.
      const results: Awaited<ReturnType<typeof audit>>[] = [];
      for (let i = 0; i < runs; i++) {
        const json = jsonDir ? path.join(jsonDir, `${target.key}-${form}${runs > 1 ? `-${i + 1}` : ''}.json`) : null;
        results.push(await audit(`${base}${target.path}`, form, port, cookie, json));
      }
      results.sort((a, b) => a.performance - b.performance);
      const r = results[Math.floor((results.length - 1) / 2)];
      const range = runs > 1 ? ` (${runs} körningar: ${results[0].performance}–${results[results.length - 1].performance})` : '';
      rows.push({ name: target.name, form, ...r, range, floor: target.floor === true });
      console.log(`  ${target.name} (${form}): prestanda ${r.performance}${range}, tillgänglighet ${r.accessibility}`);
    }
  }
  try {
    for (const target of targets) await measure(target, baseURL, chrome.port);
    // The floor: the same measurement of an empty Next app, what any page of this stack reaches on this machine.
    if (process.argv.includes('--floor')) {
      await withFloorServer((floorURL) => measure({ key: 'floor', name: 'Golvet: en tom Next-sida', path: '/', who: null, floor: true }, floorURL, chrome.port));
    }
  } finally {
    chrome.kill();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  console.log(`\n(last per kärna under mätningen: ${(os.loadavg()[0] / os.cpus().length).toFixed(1)})`);
  console.log('\n| Sida | Form | Prestanda | Tillgänglighet | Mätvärden | Mål |\n|---|---|---|---|---|---|');
  for (const r of rows) {
    const target = r.form === 'desktop' ? 'prestanda ≥ 98, tillgänglighet 100' : 'prestanda ≥ 90';
    const met = r.form === 'desktop' ? r.performance >= 98 && r.accessibility === 100 : r.performance >= 90;
    const verdict = r.floor ? '(jämförelse)' : `${target}: ${met ? 'uppfyllt' : 'MISSAT'}`;
    console.log(`| ${r.name} | ${r.form === 'desktop' ? 'dator' : 'mobil'} | ${r.performance}${r.range} | ${r.accessibility}${r.failing.length ? ` (${r.failing.join(', ')})` : ''} | ${r.metrics} | ${verdict} |`);
  }
}

withDemoServer(run).catch((err) => {
  console.error(err);
  process.exit(1);
});
