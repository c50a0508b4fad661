/**
 * Takes the README's screenshots from a running, seeded production server:
 *   npm run build && npm run seed && npm start   (or any server with the demo data)
 *   BASE_URL=http://localhost:3000 DATABASE_PATH=data/app.db npx tsx docs/screenshots/capture.ts
 * Chromium as in tests/e2e/browser.ts, 1280 px wide, Swedish, Stockholm time;
 * the PNGs land next to this file. Look at each one before committing it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { chromium, type Page } from 'playwright-core';

const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';
const DATABASE_PATH = process.env.DATABASE_PATH ?? 'data/app.db';
const OUT = path.dirname(new URL(import.meta.url).pathname);
const PASSWORD = process.env.DEMO_PASSWORD ?? 'kvalitet2027';
// The same flags as tests/e2e/browser.ts.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** `from`: a heading to start the picture at (the rest of the page above it is left out). */
type Shot = { file: string; who: string | null; path: string; theme?: 'light' | 'dark'; height?: number; from?: string };

function ids() {
  const db = new Database(DATABASE_PATH, { readonly: true });
  try {
    const cycle = db.prepare('select id from cycles where is_demo = 1 order by id limit 1').get() as { id: number };
    const jurorNomination = db
      .prepare(
        `select a.nomination_id as id from assignments a join users u on u.id = a.juror_id
          left join score_sheets s on s.nomination_id = a.nomination_id and s.juror_id = a.juror_id
          where u.email = 'jury1@example.org' order by (s.status = 'submitted'), a.nomination_id limit 1`,
      )
      .get() as { id: number };
    const application = db
      .prepare("select n.id from nominations n join users u on u.kommunkod = n.kommunkod where u.email = 'kommun1@example.org' order by n.id desc limit 1")
      .get() as { id: number };
    return { cycle: cycle.id, jurorNomination: jurorNomination.id, application: application.id };
  } finally {
    db.close();
  }
}

async function signIn(page: Page, email: string) {
  await page.goto('/logga-in');
  await page.getByLabel('E-post').fill(email);
  await page.getByLabel('Lösenord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/logga-in') && url.pathname !== '/');
}

async function main() {
  const id = ids();
  const shots: Shot[] = [
    { file: 'logga-in.png', who: null, path: '/logga-in', height: 720 },
    { file: 'arrangor-oversikt.png', who: 'arrangor@example.org', path: '/arrangor' },
    { file: 'topplista.png', who: 'arrangor@example.org', path: `/arrangor/omgang/${id.cycle}/topplista`, height: 1100, from: 'Rangordning' },
    { file: 'jury-arbetsyta.png', who: 'jury1@example.org', path: `/jury/nominering/${id.jurorNomination}`, height: 900 },
    { file: 'jury-arbetsyta-morkt.png', who: 'jury1@example.org', path: `/jury/nominering/${id.jurorNomination}`, theme: 'dark', height: 900 },
    { file: 'kommun-ansokan.png', who: 'kommun1@example.org', path: `/kommun/ansokan/${id.application}`, height: 1000 },
  ];
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  for (const shot of shots) {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-shots-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: FLAGS,
      baseURL: BASE_URL,
      locale: 'sv-SE',
      timezoneId: 'Europe/Stockholm',
      viewport: { width: 1280, height: shot.height ?? 800 },
      colorScheme: shot.theme ?? 'light',
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      if (shot.who) await signIn(page, shot.who);
      await page.goto(shot.path, { timeout: 120_000 });
      await page.waitForLoadState('networkidle', { timeout: 90_000 }).catch(() => undefined);
      // The document viewer draws its first page after the page has loaded.
      await page.getByText('Laddar sidan …').first().waitFor({ state: 'hidden', timeout: 15_000 }).catch(() => undefined);
      if (shot.from) {
        const box = await page.getByRole('heading', { name: shot.from, exact: true }).first().boundingBox();
        const y = Math.max(0, (box?.y ?? 0) - 24);
        await page.screenshot({ path: path.join(OUT, shot.file), fullPage: true, clip: { x: 0, y, width: 1280, height: shot.height ?? 800 } });
      } else {
        await page.screenshot({ path: path.join(OUT, shot.file) });
      }
      console.log(`${shot.file}  ${shot.path}`);
    } finally {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
