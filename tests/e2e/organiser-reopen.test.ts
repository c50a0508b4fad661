import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { expectNoAxeViolations, openBrowser, signIn } from './browser';

const e2e = inject('e2e');

describe.skipIf(e2e.skip !== null)('the organiser reopens a submitted score sheet', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let cycleId: number;

  beforeAll(async () => {
    ({ context, close } = await openBrowser(e2e.baseURL));
    const db = new Database(e2e.databasePath, { readonly: true });
    cycleId = (db.prepare("select id from cycles where is_demo = 1 and mode = 'open_application'").get() as { id: number }).id;
    db.close();
  });
  afterAll(async () => {
    await close?.();
  });

  it('needs a reason, then reopens the sheet, tells the juror and logs it', async () => {
    await context.clearCookies();
    const page = await context.newPage();
    await signIn(page, 'arrangor@example.org');
    await page.goto(`/arrangor/omgang/${cycleId}/framsteg`);
    // Step 1: the juror (a GET form, so it works without JavaScript too); step 2: one of their sheets.
    await page.getByLabel('Jurymedlem', { exact: true }).selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Visa bedömningarna' }).click();
    await page.waitForURL(/jurymedlem=\d+/);
    const select = page.getByLabel('Inskickad bedömning', { exact: true });
    await expect.poll(() => select.isVisible()).toBe(true);
    const label = (await select.locator('option:checked').textContent()) ?? '';
    const [municipality, juror] = label.split(' – ');
    await page.getByRole('button', { name: 'Öppna bedömningen igen' }).click();
    await expect.poll(() => page.getByRole('alert').getByText('minst 10 tecken', { exact: false }).isVisible()).toBe(true);
    await page.getByLabel('Skäl (jurymedlemmen ser det)').fill('Kommunen har skickat in en rättad årsredovisning.');
    await page.getByRole('button', { name: 'Öppna bedömningen igen' }).click();
    await expect.poll(() => page.getByRole('status').getByText(`Bedömningen ${label} är öppnad igen`, { exact: false }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    const db = new Database(e2e.databasePath, { readonly: true });
    const sheet = db
      .prepare(
        `select s.status, s.reopened_reason as reason from score_sheets s join users u on u.id = s.juror_id join nominations n on n.id = s.nomination_id join municipalities m on m.kommunkod = n.kommunkod where u.name = ? and m.name = ?`,
      )
      .get(juror, municipality) as { status: string; reason: string };
    const mail = db.prepare("select count(*) as n from outbox where body like '%rättad årsredovisning%'").get() as { n: number };
    const audit = db.prepare("select count(*) as n from audit_log where action like '%reopen%'").get() as { n: number };
    db.close();
    expect(sheet).toEqual({ status: 'in_progress', reason: 'Kommunen har skickat in en rättad årsredovisning.' });
    expect(mail.n).toBe(1);
    expect(audit.n).toBeGreaterThanOrEqual(1);
    await page.close();
  });
});
