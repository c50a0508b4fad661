import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations, openBrowser, signIn } from './browser';

const e2e = inject('e2e');

type RunRow = { kommunkod: string; namn: string; rank: number | null };

/**
 * Nomination by key figures, end to end, in a key-figure cycle of its own: a copy of the
 * demo key-figure cycle's model and stored run, so the demo cycles other tests read stay
 * as seeded. The organiser nominates the proposal with one swap and its reason, invites
 * one municipality that has no contact yet; the contact follows the link, accepts and
 * lands in the application draft; the organiser sees the answer.
 */
describe.skipIf(e2e.skip !== null)('nomination by key figures: nominate, invite, accept', () => {
  const CYCLE = 'E2E-nominering 2031';
  const EMAIL = 'e2e-nominerad@example.org';
  const PASSWORD = 'nominerad-kommun-2031';
  let context: BrowserContext;
  let close: () => Promise<void>;
  let cycleId = 0;
  let lastProposed: RunRow;
  let firstExtra: RunRow;
  let target: RunRow;
  let inviteLink = '';

  beforeAll(async () => {
    ({ context, close } = await openBrowser(e2e.baseURL));
    const db = new Database(e2e.databasePath);
    const demo = db.prepare("select id from cycles where mode = 'key_figures' and is_demo = 1 order by id limit 1").get() as { id: number };
    const now = new Date().toISOString();
    cycleId = Number(db.prepare("insert into cycles (year, name, mode, phase, created_at) values (2031, ?, 'key_figures', 'screening', ?)").run(CYCLE, now).lastInsertRowid);
    const model = db.prepare('select * from screening_models where cycle_id = ? order by version desc limit 1').get(demo.id) as { id: number; model: string; created_by: number | null };
    const modelId = Number(db.prepare('insert into screening_models (cycle_id, version, model, created_by, created_at) values (?, 1, ?, ?, ?)').run(cycleId, model.model, model.created_by, now).lastInsertRowid);
    const run = db.prepare('select * from screening_runs where cycle_id = ? order by id desc limit 1').get(demo.id) as {
      input_checksum: string;
      top_n: number;
      results: string;
      stability: string;
      is_demo: number;
    };
    db.prepare('insert into screening_runs (cycle_id, model_id, input_checksum, top_n, results, stability, is_demo, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)').run(
      cycleId,
      modelId,
      run.input_checksum,
      run.top_n,
      run.results,
      run.stability,
      run.is_demo,
      now,
    );
    const ranked = (JSON.parse(run.results) as { rows: RunRow[] }).rows.filter((r) => r.rank !== null).sort((a, b) => a.rank! - b.rank!);
    const proposed = ranked.filter((r) => r.rank! <= run.top_n);
    lastProposed = proposed[proposed.length - 1];
    firstExtra = ranked[proposed.length];
    const withUsers = new Set((db.prepare('select kommunkod from users where kommunkod is not null').all() as { kommunkod: string }[]).map((r) => r.kommunkod));
    target = proposed.slice(0, -1).find((r) => !withUsers.has(r.kommunkod))!;
    db.close();
    expect(target).toBeDefined();
  });

  afterAll(async () => {
    await close?.();
  });

  async function organiser(): Promise<Page> {
    await context.clearCookies();
    const page = await context.newPage();
    await signIn(page, 'arrangor@example.org');
    return page;
  }

  it('the organiser nominates the proposal with one swap, which needs a reason', async () => {
    const page = await organiser();
    await page.goto(`/arrangor/omgang/${cycleId}/screening`);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: `Screening på nyckeltal – ${CYCLE}` }).isVisible()).toBe(true);
    await page.getByRole('link', { name: 'Nominera och bjud in' }).click();
    await page.waitForURL(new RegExp(`/arrangor/omgang/${cycleId}/nominerade$`));
    await expect.poll(() => page.getByRole('heading', { level: 1, name: `Nominerade – ${CYCLE}` }).isVisible()).toBe(true);
    // the proposal is ticked, each with its stability and a reason from the run
    await expect.poll(() => page.getByLabel(`Nominera ${lastProposed.namn} (plats ${lastProposed.rank})`).isChecked()).toBe(true);
    expect(await page.getByLabel(`Nominera ${firstExtra.namn} (plats ${firstExtra.rank})`).isChecked()).toBe(false);
    expect(await page.getByLabel(`Skäl för ${target.namn} (visas i inbjudan)`).inputValue()).toMatch(new RegExp(`^Plats ${target.rank} av \\d+ i screeningen på nyckeltal`));
    await expectNoAxeViolations(page);

    await page.getByLabel(`Nominera ${lastProposed.namn} (plats ${lastProposed.rank})`).uncheck();
    await page.getByLabel(`Nominera ${firstExtra.namn} (plats ${firstExtra.rank})`).check();
    await page.getByRole('button', { name: /^Nominera \d+ kommuner$/ }).click();
    await expect.poll(() => page.getByRole('alert').getByText(/Valet avviker från förslaget/).isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await page.getByLabel(/Varför avviker valet från förslaget/).fill(`${firstExtra.namn} har stadigare resultat; ${lastProposed.namn} beror på urvalet.`);
    await page.getByRole('button', { name: /^Nominera \d+ kommuner$/ }).click();
    await expect.poll(() => page.getByRole('rowheader', { name: new RegExp(`^${target.namn}`) }).isVisible()).toBe(true);
    expect(await page.getByRole('rowheader', { name: new RegExp(`^${firstExtra.namn}`) }).count()).toBe(1);
    expect(await page.getByRole('rowheader', { name: new RegExp(`^${lastProposed.namn}`) }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('the organiser invites the municipality’s contact; the mail carries the reason and the link', async () => {
    const page = await organiser();
    await page.goto(`/arrangor/omgang/${cycleId}/nominerade`);
    const row = page.getByRole('row', { name: new RegExp(target.namn) });
    await expect.poll(() => row.getByText('Inte inbjuden').isVisible()).toBe(true);
    const form = page.getByRole('form', { name: `Inbjudan till ${target.namn}` });
    await form.getByRole('button', { name: `Skicka inbjudan till ${target.namn}` }).click();
    await expect.poll(() => form.getByRole('alert').getByText(/ingen kontaktperson med konto/).isVisible()).toBe(true);
    await form.getByLabel(/E-post till kontaktperson/).fill(EMAIL);
    await form.getByRole('button', { name: `Skicka inbjudan till ${target.namn}` }).click();
    await expect.poll(() => page.getByRole('row', { name: new RegExp(target.namn) }).getByText('Inbjuden', { exact: true }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    const db = new Database(e2e.databasePath, { readonly: true });
    const mail = db.prepare('select body from outbox where "to" = ? order by id desc limit 1').get(EMAIL) as { body: string };
    db.close();
    expect(mail.body).toContain(`Er kommun är nominerad till ${CYCLE}`);
    expect(mail.body).toMatch(new RegExp(`Skäl: Plats ${target.rank} av \\d+`));
    inviteLink = /\/inbjudan\/[A-Za-z0-9_-]+/.exec(mail.body)![0];
    await page.close();
  });

  it('the contact follows the link, reads the reason, accepts and lands in the application draft', async () => {
    await context.clearCookies();
    const page = await context.newPage();
    await page.goto(inviteLink);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Välkommen!' }).isVisible()).toBe(true);
    await page.getByLabel('Välj lösenord').fill(PASSWORD);
    await page.getByLabel('Upprepa lösenordet').fill(PASSWORD);
    await page.getByRole('button', { name: 'Skapa konto och logga in' }).click();
    await page.waitForURL((u) => u.pathname === '/kommun');
    const card = page.locator('section', { has: page.getByRole('heading', { name: CYCLE }) });
    await expect.poll(() => card.getByRole('heading', { name: 'Er kommun är nominerad' }).isVisible()).toBe(true);
    await expect.poll(() => card.getByText(new RegExp(`Plats ${target.rank} av \\d+ i screeningen`)).isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await card.getByRole('button', { name: `Tacka ja och öppna ansökan till ${CYCLE}` }).click();
    await expect.poll(() => card.getByText(/Ni tackade ja .*Ansökan är öppnad som utkast\./).isVisible()).toBe(true);
    await expect.poll(() => card.getByText('Status: Utkast').isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await card.getByRole('link', { name: `Fyll i ansökan för ${CYCLE}` }).click();
    await page.waitForURL(/\/kommun\/ansokan\/\d+$/);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: `${target.namn} – ${CYCLE}` }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Status: Utkast').isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('the organiser sees the answer, the profile and the development view', async () => {
    const page = await organiser();
    await page.goto(`/arrangor/omgang/${cycleId}/nominerade`);
    await expect.poll(() => page.getByRole('row', { name: new RegExp(target.namn) }).getByText('Tackat ja').isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    await page.goto(`/arrangor/nyckeltal/kommun/${target.kommunkod}`);
    await expect.poll(() => page.getByRole('heading', { name: `Screening i ${CYCLE}` }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText(`Plats ${target.rank} av`, { exact: false }).first().isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    await page.goto(`/arrangor/omgang/${cycleId}/screening/utveckling`);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: `Bästa utvecklingskommun – ${CYCLE}` }).isVisible()).toBe(true);
    expect(await page.locator('table svg[role="img"]').count()).toBe(10);
    await expectNoAxeViolations(page);
    await page.getByLabel('Motivering').fill('Stadig förbättring på nästan alla nyckeltal fyra år i rad.');
    await page.getByRole('button', { name: 'Spara valet' }).click();
    await expect.poll(() => page.getByText(/^Valt: /).isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await page.close();
  });
});
