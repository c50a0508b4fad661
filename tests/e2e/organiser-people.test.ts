import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations, openBrowser, signIn } from './browser';

const e2e = inject('e2e');

/**
 * The organiser's people journey on the shared demo database. It never changes
 * the demo cycle's phase, nominations or the demo jurors' assignments: the new
 * juror gets no assignment, the conflict it gets is with a municipality that has
 * no nomination, and the assignment is only previewed.
 */
describe.skipIf(e2e.skip !== null)('organiser: people, invitations, conflicts, assignment, progress', () => {
  let organiser: { context: BrowserContext; close: () => Promise<void> };
  let invitee: { context: BrowserContext; close: () => Promise<void> };
  let org: Page;
  let ids: { cycle: number; freeKommun: string; freeKommunName: string; otherFree: string };
  const links: Record<string, string> = {};
  const PASSWORD = 'en lång mening som lösenord';

  beforeAll(async () => {
    const db = new Database(e2e.databasePath, { readonly: true });
    const cycle = db.prepare("select id from cycles where is_demo = 1 and mode = 'open_application'").get() as { id: number };
    const free = db
      .prepare('select kommunkod, name from municipalities where kommunkod not in (select kommunkod from nominations) order by kommunkod limit 2')
      .all() as { kommunkod: string; name: string }[];
    ids = { cycle: cycle.id, freeKommun: free[0].kommunkod, freeKommunName: free[0].name, otherFree: free[1].kommunkod };
    db.close();
    organiser = await openBrowser(e2e.baseURL);
    invitee = await openBrowser(e2e.baseURL);
    org = await organiser.context.newPage();
    await signIn(org, 'arrangor@example.org');
  });

  afterAll(async () => {
    await organiser?.close();
    await invitee?.close();
  });

  it('invites a juror and a municipality contact; bad input gets a Swedish error and keeps what was typed', async () => {
    await org.goto('/arrangor/personer/bjud-in');
    await expectNoAxeViolations(org);
    await org.locator('#jury-name').fill('Tova Testsson');
    await org.locator('#jury-organisation').fill('Vision');
    await org.locator('#jury-email').fill('jury1@example.org');
    await org.getByRole('button', { name: 'Skicka inbjudan till jurymedlem' }).click();
    await expect.poll(() => org.getByText('Det finns redan ett konto för jury1@example.org.').first().isVisible()).toBe(true);
    expect(await org.locator('#jury-name').inputValue()).toBe('Tova Testsson');
    await expectNoAxeViolations(org);

    await org.locator('#jury-email').fill('tova.testsson@example.org');
    await org.getByRole('button', { name: 'Skicka inbjudan till jurymedlem' }).click();
    await expect.poll(() => org.getByText('Inbjudan till tova.testsson@example.org är skickad.').isVisible()).toBe(true);

    await org.locator('#kommun-email').fill('kontakt.e2e@example.org');
    await org.locator('#kommun-kommunkod').selectOption(ids.freeKommun);
    await org.locator('#kommun-name').fill('Kim Kontakt');
    await org.getByRole('button', { name: 'Skicka inbjudan till kommunkontakt' }).click();
    await expect.poll(() => org.getByText('Inbjudan till kontakt.e2e@example.org är skickad.').isVisible()).toBe(true);

    // A pasted list with a bad line: the preview marks it, nothing is sent.
    await org.locator('#lista-kind').selectOption('municipality');
    await org.locator('#lista-csv').fill(`a.e2e@example.org;${ids.otherFree}\nb.e2e@example.org;9999\n`);
    await org.getByRole('button', { name: 'Förhandsgranska listan' }).click();
    await expect.poll(() => org.getByText('Fel: Kommunkoden 9999 finns inte i listan över Sveriges kommuner.').isVisible()).toBe(true);
    expect(await org.getByRole('button', { name: /Skicka \d+ inbjudningar/ }).count()).toBe(0);
    await expectNoAxeViolations(org);

    await org.goto('/arrangor/personer');
    const row = org.locator('tr', { hasText: 'tova.testsson@example.org' });
    await expect.poll(() => row.getByText('Väntar').isVisible()).toBe(true);
    expect(await org.locator('tr', { hasText: 'a.e2e@example.org' }).count()).toBe(0);
    await expectNoAxeViolations(org);
  });

  it('the invitations are in the outbox with their links', async () => {
    await org.goto('/arrangor/utkorg');
    await expect.poll(() => org.getByRole('heading', { level: 1, name: 'Utkorg' }).isVisible()).toBe(true);
    for (const email of ['tova.testsson@example.org', 'kontakt.e2e@example.org']) {
      const message = org.locator('article', { hasText: email });
      expect(await message.getByRole('heading', { name: 'Inbjudan till Sveriges KvalitetsKommun' }).count()).toBe(1);
      const href = await message.locator('a[href*="/inbjudan/"]').getAttribute('href');
      expect(href).toMatch(/\/inbjudan\/[A-Za-z0-9_-]{40,}$/);
      links[email] = new URL(href!).pathname;
    }
    await expectNoAxeViolations(org);
  });

  it('the juror follows the link, sets a password, lands signed in on "Mina tilldelningar"; the link cannot be used again', async () => {
    const page = await invitee.context.newPage();
    await page.goto(links['tova.testsson@example.org']);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Välkommen, Tova Testsson!' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await page.getByLabel('Välj lösenord').fill('för kort');
    await page.getByLabel('Upprepa lösenordet').fill('för kort');
    await page.getByRole('button', { name: 'Skapa konto och logga in' }).click();
    await expect.poll(() => page.getByText('Välj ett lösenord med minst 12 tecken.').first().isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await page.getByLabel('Välj lösenord').fill(PASSWORD);
    await page.getByLabel('Upprepa lösenordet').fill(PASSWORD);
    await page.getByRole('button', { name: 'Skapa konto och logga in' }).click();
    await page.waitForURL((u) => u.pathname === '/jury');
    await expect.poll(() => page.getByRole('heading', { name: 'Mina tilldelningar' }).isVisible()).toBe(true);

    await page.goto(links['tova.testsson@example.org']);
    await expect.poll(() => page.getByText('Länken har redan använts.', { exact: false }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('the juror declares a conflict from the profile', async () => {
    const page = await invitee.context.newPage();
    await page.goto('/jury/profil');
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Min profil' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await page.locator('#profil-cycleId').selectOption(String(ids.cycle));
    await page.locator('#profil-kommunkod').selectOption(ids.freeKommun);
    await page.getByRole('button', { name: 'Anmäl jäv' }).click();
    await expect.poll(() => page.getByText('Skriv kort varför du har jäv', { exact: false }).first().isVisible()).toBe(true);
    await page.getByLabel('Skäl').fill('Bor i kommunen');
    await page.getByRole('button', { name: 'Anmäl jäv' }).click();
    await expect.poll(() => page.getByText('Jävet är registrerat.', { exact: false }).isVisible()).toBe(true);
    await expect.poll(() => page.locator('li', { hasText: ids.freeKommunName }).first().isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('the municipality contact follows the link and lands on the municipality home', async () => {
    await invitee.context.clearCookies();
    const page = await invitee.context.newPage();
    await page.goto(links['kontakt.e2e@example.org']);
    await page.getByLabel('Välj lösenord').fill(PASSWORD);
    await page.getByLabel('Upprepa lösenordet').fill(PASSWORD);
    await page.getByRole('button', { name: 'Skapa konto och logga in' }).click();
    await page.waitForURL((u) => u.pathname === '/kommun');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).first().isVisible()).toBe(true);
    await page.close();
  });

  it('the organiser records a conflict, previews the assignment and sees the progress matrix', async () => {
    await org.goto(`/arrangor/omgang/${ids.cycle}/jav`);
    await expect.poll(() => org.getByRole('heading', { level: 1, name: 'Jäv' }).isVisible()).toBe(true);
    await expect.poll(() => org.locator('tr', { hasText: 'Tova Testsson' }).first().isVisible()).toBe(true);
    await expectNoAxeViolations(org);
    await org.locator('#jav-jurorId').selectOption({ label: 'Tova Testsson (Vision)' });
    await org.locator('#jav-kommunkod').selectOption(ids.otherFree);
    await org.locator('#jav-reason').fill('Arbetar för kommunen');
    await org.getByRole('button', { name: 'Registrera jäv' }).click();
    await expect.poll(() => org.getByText('Jävet är registrerat.').isVisible()).toBe(true);
    await expect.poll(() => org.locator('tr', { hasText: 'Arbetar för kommunen' }).count()).toBe(1);
    // The same conflict again: refused, said why.
    await org.locator('#jav-kommunkod').selectOption(ids.otherFree);
    await org.locator('#jav-reason').fill('Arbetar för kommunen');
    await org.getByRole('button', { name: 'Registrera jäv' }).click();
    await expect.poll(() => org.getByText('är redan registrerat', { exact: false }).first().isVisible()).toBe(true);
    await expectNoAxeViolations(org);

    await org.goto(`/arrangor/omgang/${ids.cycle}/tilldelning`);
    await expect.poll(() => org.getByRole('heading', { level: 1, name: 'Tilldelning' }).isVisible()).toBe(true);
    expect(await org.locator('td', { hasText: /^Jäv$/ }).count()).toBeGreaterThanOrEqual(1);
    await org.locator('#antal').selectOption('3');
    await expect.poll(() => org.getByText('Förhandsgranska igen innan du sparar.', { exact: false }).isVisible()).toBe(true);
    await org.getByRole('button', { name: 'Förhandsgranska', exact: true }).click();
    await expect.poll(() => org.getByText('Förhandsgranska igen innan du sparar.', { exact: false }).count()).toBe(0);
    await expect.poll(() => org.getByText(/tilldelningar; belastning per jurymedlem/).isVisible()).toBe(true);
    await expectNoAxeViolations(org);

    await org.goto(`/arrangor/omgang/${ids.cycle}/framsteg`);
    await expect.poll(() => org.getByRole('heading', { level: 1, name: 'Framsteg' }).isVisible()).toBe(true);
    const matrix = org.locator('table', { hasText: 'Jurymedlem' });
    expect(await matrix.locator('tbody tr').count()).toBeGreaterThanOrEqual(7);
    expect(await matrix.locator('td', { hasText: /^Jäv$/ }).count()).toBeGreaterThanOrEqual(1);
    expect(await matrix.locator('td', { hasText: /^Inskickad$/ }).count()).toBeGreaterThan(0);
    await org.getByText('Visa meddelandet till', { exact: false }).first().click();
    await expectNoAxeViolations(org);

    const csv = await org.request.get(`/api/arrangor/omgang/${ids.cycle}/framsteg`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const text = await csv.text();
    expect(text).toMatch(/^\uFEFFJurymedlem,Organisation,E-post,/);
    expect(text).toContain('jury3@example.org');
    expect(text).toContain('Jäv');

    await org.getByRole('button', { name: 'Skicka påminnelse' }).click();
    await org.getByRole('button', { name: 'Ja, skicka' }).click();
    await expect.poll(() => org.getByText(/påminnelser är skickade/).isVisible()).toBe(true);
  });

  it('a deactivated juror is signed out at the next request', async () => {
    await invitee.context.clearCookies();
    const page = await invitee.context.newPage();
    await signIn(page, 'tova.testsson@example.org', PASSWORD);
    expect(new URL(page.url()).pathname).toBe('/jury');

    await org.goto('/arrangor/personer');
    const row = org.locator('tr', { hasText: 'tova.testsson@example.org' }).filter({ hasText: 'Jurymedlem' }).last();
    await row.getByRole('button', { name: 'Inaktivera' }).click();
    await row.getByRole('button', { name: 'Ja, inaktivera' }).click();
    await expect.poll(() => row.getByText('Inaktiverad').first().isVisible()).toBe(true);

    await page.goto('/jury');
    expect(new URL(page.url()).pathname).toBe('/logga-in');
    const api = await page.request.get(`/api/arrangor/omgang/${ids.cycle}/framsteg`);
    expect([401, 403]).toContain(api.status());
    await page.close();
  });
});
