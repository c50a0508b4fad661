import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations, openBrowser, signIn } from './browser';

const e2e = inject('e2e');

/** A cycle of its own, so the demo cycle (other e2e files rely on it) stays as seeded. */
const NAME = 'E2E-omgång för bedömningsmall';
const YEAR = '2031';
const NEW_TITLE = 'Medborgardialog som syns i besluten (e2e)';

/** expect.poll with room for a slow, shared machine (a refresh or hydration can take seconds). */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000, interval: 200 });

describe.skipIf(e2e.skip !== null)('organiser: a new cycle from the 2027 rubric, a phase move, a rubric edit, the log', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;
  let cycleUrl = '';

  beforeAll(async () => {
    ({ context, close } = await openBrowser(e2e.baseURL));
    page = await context.newPage();
    await signIn(page, 'arrangor@example.org');
  });

  afterAll(async () => {
    await close?.();
  });

  it('creates a cycle copying the demo rubric; a bad or duplicate entry is refused and what was typed stays', async () => {
    expect(new URL(page.url()).pathname).toBe('/arrangor');
    expect(await page.getByRole('navigation', { name: 'Arrangör' }).getByRole('link', { name: 'Omgångar' }).getAttribute('aria-current')).toBe('page');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Ny omgång' }).click();
    await page.waitForURL('**/arrangor/omgang/ny');
    await poll(() => page.getByRole('heading', { level: 1, name: 'Ny omgång' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    // Client-side validation: the error next to the field and in the summary.
    await page.getByLabel('År').fill('1999');
    await page.getByLabel('Namn', { exact: true }).fill('x');
    await page.getByRole('button', { name: 'Skapa omgången' }).click();
    await poll(() => page.getByRole('alert').getByText('Namnet behöver minst tre tecken.').isVisible()).toBe(true);
    expect(await page.locator('#name-error').textContent()).toBe('Namnet behöver minst tre tecken.');
    expect(await page.locator('#year-error').textContent()).toMatch(/2003/);
    await expectNoAxeViolations(page);

    await page.getByLabel('År').fill(YEAR);
    await page.getByLabel('Namn', { exact: true }).fill(NAME);
    await page.getByLabel('Bedömningsmall och inställningar').selectOption({ label: 'Kopiera från Sveriges KvalitetsKommun 2027 (2027)' });
    await page.getByRole('button', { name: 'Skapa omgången' }).click();
    await page.waitForURL(/\/arrangor\/omgang\/\d+$/);
    cycleUrl = new URL(page.url()).pathname;
    await poll(() => page.getByRole('heading', { level: 1, name: NAME }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Översikt', exact: true }).getAttribute('aria-current')).toBe('page');
    await expectNoAxeViolations(page);

    // The same year and name again: refused by the server, the form keeps what was typed.
    await page.goto('/arrangor/omgang/ny');
    // The form is ready once react-hook-form has filled in its default year.
    await poll(() => page.getByLabel('År').inputValue()).not.toBe('');
    await page.getByLabel('År').fill(YEAR);
    await page.getByLabel('Namn', { exact: true }).fill(NAME.toUpperCase());
    await page.getByRole('button', { name: 'Skapa omgången' }).click();
    await poll(() => page.locator('#name-error').textContent()).toMatch(/finns redan en omgång 2031/);
    expect(await page.getByLabel('Namn', { exact: true }).inputValue()).toBe(NAME.toUpperCase());
    expect(new URL(page.url()).pathname).toBe('/arrangor/omgang/ny');
    await expectNoAxeViolations(page);

    const db = new Database(e2e.databasePath, { readonly: true });
    const rows = db.prepare('select c.id, c.phase, count(r.id) as criteria from cycles c join rubric_areas a on a.cycle_id = c.id join rubric_criteria r on r.area_id = a.id where c.name = ? group by c.id').all(NAME) as { phase: string; criteria: number }[];
    db.close();
    expect(rows).toEqual([expect.objectContaining({ phase: 'draft', criteria: 13 })]);
  });

  it('refuses a phase move that skips a step, and confirms a valid one with what it locks', async () => {
    await page.goto(cycleUrl);
    await page.getByLabel('Flytta till fas').selectOption('review');
    await page.getByRole('button', { name: 'Flytta fasen …' }).click();
    await poll(() => page.getByRole('alert').getByText('Fasen ”Ansökan öppen” måste komma före ”Granskning”.').isVisible()).toBe(true);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await expectNoAxeViolations(page);

    await page.getByLabel('Flytta till fas').selectOption('applications_open');
    await page.getByRole('button', { name: 'Flytta fasen …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Flytta till ”Ansökan öppen”?' });
    await poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByText('Cykelns typ kan inte längre ändras.').isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await poll(() => dialog.isVisible()).toBe(false);

    await page.getByRole('button', { name: 'Flytta fasen …' }).click();
    await dialog.getByRole('button', { name: 'Ja, flytta till ”Ansökan öppen”' }).click();
    await poll(() => page.getByRole('status').filter({ hasText: 'Omgången är flyttad' }).isVisible()).toBe(true);
    await poll(() => page.getByText('Fas: Ansökan öppen').isVisible()).toBe(true);
    await expectNoAxeViolations(page);
  });

  it('edits a criterion in the rubric; a bad weight is refused first', async () => {
    await page.getByRole('link', { name: 'Bedömningsmall', exact: true }).click();
    await page.waitForURL(/\/mall$/);
    await poll(() => page.getByRole('heading', { level: 1, name: 'Bedömningsmall' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Bedömningsmall', exact: true }).getAttribute('aria-current')).toBe('page');
    await expectNoAxeViolations(page);

    await page.locator('#areas-0-criteria-0-title').fill(NEW_TITLE);
    await page.locator('#areas-0-criteria-0-weight').fill('0');
    await page.getByRole('button', { name: 'Spara bedömningsmallen' }).click();
    await poll(() => page.getByRole('alert').getByText('Kriteriets vikt måste vara större än 0.').isVisible()).toBe(true);
    expect(await page.locator('#areas-0-criteria-0-weight-error').textContent()).toBe('Kriteriets vikt måste vara större än 0.');
    expect(await page.locator('#areas-0-criteria-0-title').inputValue()).toBe(NEW_TITLE);
    await expectNoAxeViolations(page);

    await page.locator('#areas-0-criteria-0-weight').fill('1,5');
    await page.getByRole('button', { name: 'Spara bedömningsmallen' }).click();
    await poll(() => page.getByRole('status').filter({ hasText: 'Bedömningsmallen är sparad' }).isVisible()).toBe(true);
    await page.reload();
    await poll(() => page.locator('#areas-0-criteria-0-title').inputValue()).toBe(NEW_TITLE);
    expect(await page.locator('#areas-0-criteria-0-weight').inputValue()).toBe('1,5');
    await expectNoAxeViolations(page);
  });

  it('shows the entries on /arrangor/logg, filters them, and exports them as CSV (organisers only)', async () => {
    await page.getByRole('navigation', { name: 'Arrangör' }).getByRole('link', { name: 'Logg' }).click();
    await page.waitForURL('**/arrangor/logg');
    await poll(() => page.getByRole('heading', { level: 1, name: 'Logg' }).isVisible()).toBe(true);
    const rows = page.locator('tbody tr', { hasText: NAME });
    await poll(() => rows.count()).toBe(3);
    for (const kind of ['Omgång skapad', 'Fas flyttad', 'Bedömningsmall ändrad']) {
      expect(await rows.filter({ hasText: kind }).count(), kind).toBe(1);
    }
    await expectNoAxeViolations(page);

    await page.getByLabel('Händelse').selectOption({ label: 'Bedömningsmall ändrad' });
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await page.waitForURL(/kind=rubric\.updated/);
    const entry = page.locator('tbody tr', { hasText: NAME });
    await poll(() => entry.count()).toBe(1);
    await entry.getByText('Visa före och efter').click();
    expect(await entry.locator('pre').last().textContent()).toContain(NEW_TITLE);
    expect(await entry.locator('pre').first().textContent()).toContain('Medborgardialog och delaktighet');
    await expectNoAxeViolations(page);

    const csv = await page.request.get('/api/arrangor/logg?kind=rubric.updated');
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/text\/csv/);
    expect(csv.headers()['content-disposition']).toMatch(/attachment/);
    const text = await csv.text();
    expect(text).toContain(NEW_TITLE);
    expect(text).not.toContain('cycle.created');

    const anonymous = await fetch(`${e2e.baseURL}/api/arrangor/logg`);
    expect(anonymous.status).toBe(401);
    await context.clearCookies();
    await signIn(page, 'jury1@example.org');
    const asJuror = await page.request.get('/api/arrangor/logg');
    expect(asJuror.status()).toBe(403);
    const pageAsJuror = await page.goto('/arrangor/logg');
    expect(pageAsJuror?.status()).toBe(403);
  });
});
