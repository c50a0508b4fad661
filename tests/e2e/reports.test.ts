import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { expectNoAxeViolations, openBrowser, signIn } from './browser';

const e2e = inject('e2e');

describe.skipIf(e2e.skip !== null)('the organiser’s reports and exports', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let demoCycle: number;
  let ownCycle: number;

  beforeAll(async () => {
    ({ context, close } = await openBrowser(e2e.baseURL));
    const db = new Database(e2e.databasePath);
    demoCycle = (db.prepare("select id from cycles where is_demo = 1 and mode = 'open_application'").get() as { id: number }).id;
    // A cycle of this test's own, so the demo cycle's settings stay as other tests expect them.
    ownCycle = Number(
      db
        .prepare(`insert into cycles (year, name, mode, phase, settings) values (2031, ?, 'open_application', 'draft', '{"decisionVisibleToJurors":true}')`)
        .run(`E2E rapporter ${Date.now()}`).lastInsertRowid,
    );
    db.close();
  });
  afterAll(async () => {
    await close?.();
  });

  it('saves the press-release quote and releases the letters (settings merged, audited), and downloads the report and a CSV', async () => {
    await context.clearCookies();
    const page = await context.newPage();
    await signIn(page, 'arrangor@example.org');
    await page.goto(`/arrangor/omgang/${ownCycle}/export`);
    await expect.poll(() => page.getByRole('heading', { name: 'Rapporter och export', level: 1 }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    await page.getByLabel('Citat', { exact: true }).fill('Ett välförtjänt pris till en modig kommun.');
    await page.getByLabel('Vem säger det (namn och titel)').fill('Juryns ordförande');
    await page.getByRole('button', { name: 'Spara citatet' }).click();
    await expect.poll(() => page.getByText('Citatet är sparat.').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Släpp återkopplingsbreven' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Dra tillbaka breven' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    const db = new Database(e2e.databasePath, { readonly: true });
    const settings = JSON.parse((db.prepare('select settings from cycles where id = ?').get(ownCycle) as { settings: string }).settings);
    const audits = (db.prepare("select action from audit_log where cycle_id = ? and action like 'reports.%' order by id").all(ownCycle) as { action: string }[]).map((r) => r.action);
    db.close();
    expect(settings).toEqual({
      decisionVisibleToJurors: true,
      pressReleaseQuote: { text: 'Ett välförtjänt pris till en modig kommun.', by: 'Juryns ordförande' },
      feedbackLettersReleased: true,
    });
    expect(audits).toEqual(['reports.pressQuoteSaved', 'reports.feedbackLettersReleased']);

    const report = await page.request.get(`/api/arrangor/omgang/${demoCycle}/rapport`);
    expect(report.status()).toBe(200);
    expect(report.headers()['content-type']).toBe('application/pdf');
    expect(report.headers()['content-disposition']).toMatch(/^attachment;/);
    expect((await report.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const csv = await page.request.get(`/api/arrangor/omgang/${demoCycle}/export/poang?format=csv`);
    expect(csv.status()).toBe(200);
    const text = (await csv.body()).toString('utf8');
    expect(text.startsWith('\uFEFFjurymedlem_id;jurymedlem;')).toBe(true);
    await page.close();
  });
});
