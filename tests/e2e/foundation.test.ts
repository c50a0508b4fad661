import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { expectNoAxeViolations, openBrowser, signIn } from './browser';

const e2e = inject('e2e');

describe.skipIf(e2e.skip !== null)('walking skeleton: three roles in Chromium', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let ids: { conflicted: number; conflictedJuror: string; anyNomination: number; kommun1: string };

  beforeAll(async () => {
    ({ context, close } = await openBrowser(e2e.baseURL));
    const db = new Database(e2e.databasePath, { readonly: true });
    const conflict = db
      .prepare('select n.id, u.email from conflicts c join nominations n on n.kommunkod = c.kommunkod and n.cycle_id = c.cycle_id join users u on u.id = c.juror_id')
      .get() as { id: number; email: string };
    const any = db.prepare('select id from nominations order by id limit 1').get() as { id: number };
    const k1 = db.prepare("select m.name from users u join municipalities m on m.kommunkod = u.kommunkod where u.email = 'kommun1@example.org'").get() as { name: string };
    ids = { conflicted: conflict.id, conflictedJuror: conflict.email, anyNomination: any.id, kommun1: k1.name };
    db.close();
  });

  afterAll(async () => {
    await close?.();
  });

  async function freshPage() {
    await context.clearCookies();
    return context.newPage();
  }

  it('the organiser lands on the cycle overview with the demo cycle and its counts', async () => {
    const page = await freshPage();
    await signIn(page, 'arrangor@example.org');
    expect(new URL(page.url()).pathname).toBe('/arrangor');
    await expect.poll(() => page.getByRole('heading', { name: 'Sveriges KvalitetsKommun 2027' }).isVisible()).toBe(true);
    const figures = page.locator('section', { hasText: 'Sveriges KvalitetsKommun 2027' });
    await expect.poll(() => figures.getByText('Granskning').first().isVisible()).toBe(true);
    expect(await figures.locator('dt:text-is("Ansökningar") + dd').textContent()).toBe('12');
    expect(await figures.locator('dt:text-is("Jurymedlemmar") + dd').textContent()).toBe('7');
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('a juror lands on "Mina tilldelningar", opens an assigned nomination, and gets 404 on a conflicted one', async () => {
    const page = await freshPage();
    await signIn(page, ids.conflictedJuror);
    expect(new URL(page.url()).pathname).toBe('/jury');
    await expect.poll(() => page.getByRole('heading', { name: 'Mina tilldelningar' }).isVisible()).toBe(true);
    const rows = page.locator('tbody tr');
    // The demo cycle's 12 applicants minus the one conflict are all listed (other e2e files may add
    // assignments of their own cycles for the same juror, so the demo rows are looked up by name).
    const db = new Database(e2e.databasePath, { readonly: true });
    const demoNames = (
      db
        .prepare(
          "select m.name from assignments a join nominations n on n.id = a.nomination_id join municipalities m on m.kommunkod = n.kommunkod join users u on u.id = a.juror_id join cycles c on c.id = n.cycle_id where u.email = ? and c.is_demo = 1 and c.mode = 'open_application'",
        )
        .all(ids.conflictedJuror) as { name: string }[]
    ).map((r) => r.name);
    db.close();
    expect(demoNames).toHaveLength(11); // 12 applicants, one conflict
    for (const name of demoNames) expect(await rows.filter({ has: page.getByRole('link', { name, exact: true }) }).count(), name).toBeGreaterThanOrEqual(1);
    expect(await page.getByText(/av 13 kriterier/).count()).toBeGreaterThanOrEqual(11);
    await expectNoAxeViolations(page);

    const link = rows.first().getByRole('link');
    const name = (await link.textContent()) ?? '';
    await link.click();
    await page.waitForURL(/\/jury\/nominering\/\d+$/);
    await expect.poll(() => page.getByRole('heading', { level: 1, name }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('heading', { name: 'Bedömningsmall' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    const res = await page.goto(`/jury/nominering/${ids.conflicted}`);
    expect(res?.status()).toBe(404);
    // Nothing of the workspace: not its documents section, not its visible text. (The page's HTML
    // carries the area's client messages for the browser, so catalogue words are checked as visible text.)
    expect(await page.content()).not.toContain('aria-labelledby="dokument"');
    expect(await page.locator('main').innerText()).not.toContain('Kommunens beskrivning');
    const missing = await page.goto('/jury/nominering/999999');
    expect(missing?.status()).toBe(404);
    await page.close();
  });

  it('a municipality contact lands on its own application and gets 403 on the organiser and jury pages', async () => {
    const page = await freshPage();
    await signIn(page, 'kommun1@example.org');
    expect(new URL(page.url()).pathname).toBe('/kommun');
    await expect.poll(() => page.getByRole('heading', { level: 1, name: `${ids.kommun1} – vår ansökan` }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Status: Under granskning').isVisible()).toBe(true);
    expect(await page.getByText(/sidor, \d+ kB/).count()).toBeGreaterThanOrEqual(2);
    await expectNoAxeViolations(page);

    for (const url of ['/arrangor', '/jury', `/jury/nominering/${ids.anyNomination}`]) {
      const res = await page.goto(url);
      expect(res?.status(), url).toBe(403);
      await expect.poll(() => page.getByRole('heading', { name: 'Du har inte behörighet till den här sidan' }).isVisible()).toBe(true);
      const body = await page.locator('body').innerText();
      expect(body, url).not.toContain('Mina tilldelningar');
      expect(body, url).not.toContain('Bedömningsmall');
      expect(body, url).not.toContain('Ansökningar');
    }
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('a wrong password shows the Swedish error and gives no session', async () => {
    const page = await freshPage();
    await page.goto('/logga-in');
    await expectNoAxeViolations(page);
    await page.getByLabel('E-post').fill('jury1@example.org');
    await page.getByLabel('Lösenord').fill('fel-lösenord');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect.poll(() => page.getByText('Fel e-postadress eller lösenord.', { exact: false }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    const cookies = await context.cookies();
    expect(cookies.some((c) => c.name.includes('session-token'))).toBe(false);
    const res = await page.goto('/jury');
    expect(new URL(page.url()).pathname).toBe('/logga-in');
    expect(res?.status()).toBe(200);
    await page.close();
  });

  it('sign-out ends the session, even for a copy of the old cookie', async () => {
    const page = await freshPage();
    await signIn(page, 'jury1@example.org');
    const before = await context.cookies();
    expect(before.some((c) => c.name.includes('session-token'))).toBe(true);
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.waitForURL(/\/logga-in/);
    await page.goto('/jury');
    expect(new URL(page.url()).pathname).toBe('/logga-in');
    // Replaying the cookie from before sign-out must not bring the session back.
    await context.addCookies(before);
    await page.goto('/jury');
    expect(new URL(page.url()).pathname).toBe('/logga-in');
    await page.close();
  });

  it('a signed-out visitor is sent to sign-in from every role area, and the API answers 401', async () => {
    const page = await freshPage();
    for (const url of ['/arrangor', '/jury', '/kommun']) {
      await page.goto(url);
      const u = new URL(page.url());
      expect(u.pathname, url).toBe('/logga-in');
      expect(u.searchParams.get('callbackUrl')).toBe(url);
    }
    const api = await page.request.get('/api/nagot');
    expect(api.status()).toBe(401);
    expect((await api.json()).error).toMatch(/inte inloggad/);
    await page.close();
  });
});
