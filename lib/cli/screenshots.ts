/**
 * `npm run screenshots` — the README's screenshots, taken from the demo data: builds the
 * app if needed (`-- --build` to rebuild), seeds a temporary database, starts the production
 * server (lib/cli/demo-server.ts) and photographs the main screens with Chromium as in
 * tests/e2e/browser.ts, 1280 px wide, Swedish, Stockholm time. The PNGs land in
 * docs/screenshots/. Look at each one before committing it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { chromium, type Page } from 'playwright-core';
import { DEMO_PASSWORD as PASSWORD } from '@/seeds/demo-content';
import { withDemoServer } from './demo-server';

const OUT = path.join(process.cwd(), 'docs', 'screenshots');
// The same flags as tests/e2e/browser.ts.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** `from`: a heading to start the picture at (the rest of the page above it is left out). */
type Shot = { file: string; who: string | null; path: string; theme?: 'light' | 'dark'; height?: number; from?: string };

function ids(databasePath: string) {
  const db = new Database(databasePath, { readonly: true });
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

async function capture(BASE_URL: string, databasePath: string) {
  const id = ids(databasePath);
  const shots: Shot[] = [
    { file: 'logga-in.png', who: null, path: '/logga-in', height: 720 },
    { file: 'resultat.png', who: null, path: '/resultat/2025', height: 900 },
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

withDemoServer(({ baseURL, databasePath }) => capture(baseURL, databasePath)).catch((err) => {
  console.error(err);
  process.exit(1);
});
