/**
 * The public, account, municipality and juror pages in English: with the kk-locale
 * cookie set to `en` the headings, labels and dates follow the language, <html lang>
 * says so, the municipality's own Swedish text is marked lang="sv", and axe finds
 * nothing. The juror's own score distribution is a chart with an English name.
 * Only the cookie is set (users.locale is left alone), so other files are not affected.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations, openBrowser, signIn } from './browser';

const e2e = inject('e2e');
/** "2 December 2026, 10:00": the English date and time of lib/i18n/format. */
const ENGLISH_DATE_TIME = /\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}, \d{2}:\d{2}/;

type Juror = { email: string; nominationId: number; municipality: string };
type Contact = { email: string; municipality: string };

describe.skipIf(e2e.skip !== null)('public, account, municipality and juror pages in English', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let juror: Juror;
  let contact: Contact;

  beforeAll(async () => {
    ({ context, close } = await openBrowser(e2e.baseURL));
    const db = new Database(e2e.databasePath, { readonly: true });
    // A demo juror no other journey signs in as, with a submitted sheet on an assigned nomination.
    juror = db
      .prepare(
        `select u.email, s.nomination_id as nominationId, m.name as municipality
           from score_sheets s join users u on u.id = s.juror_id
           join assignments a on a.nomination_id = s.nomination_id and a.juror_id = s.juror_id
           join nominations n on n.id = s.nomination_id join municipalities m on m.kommunkod = n.kommunkod
          where s.status = 'submitted' and s.reopened_reason is null and u.is_demo = 1 and u.role = 'juror'
            and u.email not in ('jury1@example.org', 'jury3@example.org', 'jury6@example.org')
          order by u.id, s.id limit 1`,
      )
      .get() as Juror;
    // A demo contact whose municipality has submitted, not one the municipality journey uses.
    contact = db
      .prepare(
        `select u.email, m.name as municipality from users u join municipalities m on m.kommunkod = u.kommunkod
          where u.role = 'municipality' and u.is_demo = 1 and u.email not in ('kommun1@example.org', 'kommun2@example.org')
            and exists (select 1 from nominations n where n.kommunkod = u.kommunkod and n.submitted_at is not null)
          order by u.id limit 1`,
      )
      .get() as Contact;
    db.close();
    expect(juror, 'a demo juror with a submitted sheet').toBeTruthy();
    expect(contact, 'a demo contact with a submitted application').toBeTruthy();
  });

  afterAll(async () => {
    await close?.();
  });

  const lang = (page: Page) => page.evaluate(() => document.documentElement.lang);
  const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
  const english = () => context.addCookies([{ name: 'kk-locale', value: 'en', url: e2e.baseURL }]);

  it('shows the public results archive, registration and password pages in English', async () => {
    await context.clearCookies();
    await english();
    const page = await context.newPage();
    await page.goto('/resultat');
    expect(await lang(page)).toBe('en');
    expect(await h1(page)).toBe('Winners through the years');
    expect(await page.getByRole('link', { name: 'Läs sidan på svenska' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    await page.goto('/registrera');
    expect(await h1(page)).toBe('Register your municipality');
    await expectNoAxeViolations(page);

    await page.goto('/glomt-losenord');
    expect(await h1(page)).toBe('Forgotten your password?');
    expect(await page.getByLabel('E-mail').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Send link' }).click();
    await expect.poll(() => page.getByRole('alert', { name: 'Something needs correcting' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    await page.goto('/aterstall/ingen-sadan-lank-finns-har');
    expect(await h1(page)).toBe('The link cannot be used');
    await page.close();
  });

  it("shows a juror's review, own score chart and account in English, with English dates", async () => {
    await context.clearCookies();
    const page = await context.newPage();
    await signIn(page, juror.email);
    await english();

    await page.goto(`/jury/nominering/${juror.nominationId}`);
    expect(await lang(page)).toBe('en');
    expect(await h1(page)).toBe(juror.municipality);
    expect(await page.getByRole('heading', { level: 2, name: 'Policy documents' }).isVisible()).toBe(true);
    expect(await page.getByText(/^Submitted /).first().textContent()).toMatch(ENGLISH_DATE_TIME);
    expect(await page.getByText(/criteria done$/).first().isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    await page.goto('/jury/mina-poang');
    expect(await h1(page)).toBe('My scores');
    const chart = page.getByRole('img', { name: "Your scores per value compared with the scale's middle" }).first();
    expect(await chart.isVisible()).toBe(true);
    expect(await chart.locator('desc').textContent()).toMatch(/^Bars, one per value on the scale: value \d+: \d+ times?.*Dashed line: the scale's middle, \d/);
    // The chart names the table with the same numbers as its description.
    const describedBy = (await chart.getAttribute('aria-describedby'))!.split(' ');
    expect(await page.locator(`[id="${describedBy[1]}"] table`).count()).toBe(1);
    await expectNoAxeViolations(page);

    await page.goto('/konto');
    expect(await h1(page)).toBe('Your account');
    expect(await page.getByRole('heading', { name: 'Change password' }).isVisible()).toBe(true);
    expect(await page.locator('dd').filter({ hasText: /^Juror$/ }).count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.close();
  });

  it("shows the municipality's application status in English, its own answers marked as Swedish", async () => {
    await context.clearCookies();
    const page = await context.newPage();
    await signIn(page, contact.email);
    await english();
    await page.goto('/kommun');
    expect(await lang(page)).toBe('en');
    expect(await h1(page)).toBe(`${contact.municipality} – our application`);
    expect(await page.getByText(/^Submitted /).first().textContent()).toMatch(ENGLISH_DATE_TIME);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: /^View application/ }).first().click();
    await page.waitForURL((url) => url.pathname.startsWith('/kommun/ansokan/'));
    expect(await page.getByRole('heading', { level: 2, name: 'Policy documents' }).isVisible()).toBe(true);
    expect(await page.getByText(/^Status: /).first().isVisible()).toBe(true);
    // The read-only answers are the municipality's own Swedish text.
    expect(await page.locator('dd[lang="sv"]').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await page.close();
  });
});
