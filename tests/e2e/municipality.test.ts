import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { generateDemoDocument } from '@/lib/reports/demo-document';
import { expectNoAxeViolations, openBrowser, signIn } from './browser';

const e2e = inject('e2e');

/**
 * The municipality's journey in a cycle of its own (applications open), so the demo
 * cycle (phase review, 12 applicants) that other e2e files rely on stays untouched.
 */
describe.skipIf(e2e.skip !== null)('a municipality applies, uploads, searches, submits and downloads its receipt', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  const email = 'e2e-kontakt@example.org';
  let nominationId = 0;
  let municipality = '';
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-e2e-kommun-'));
  const files: { file: string; sha256: string; title: string; page2Word: string }[] = [];
  const replacement = { file: '', sha256: '' };

  beforeAll(async () => {
    ({ context, close } = await openBrowser(e2e.baseURL));
    const db = new Database(e2e.databasePath);
    const hash = (db.prepare("select password_hash as h from users where email = 'kommun1@example.org'").get() as { h: string }).h;
    const m = db
      .prepare('select kommunkod, name from municipalities where kommunkod not in (select kommunkod from nominations) order by kommunkod limit 1')
      .get() as { kommunkod: string; name: string };
    municipality = m.name;
    const now = new Date().toISOString();
    const cycleId = Number(
      db.prepare("insert into cycles (year, name, mode, phase, created_at) values (2029, 'E2E-omgång 2029', 'open_application', 'applications_open', ?)").run(now).lastInsertRowid,
    );
    db.prepare("insert into cycle_phase_dates (cycle_id, phase, starts_at, ends_at) values (?, 'applications_open', '2020-01-01T00:00:00.000Z', '2099-12-31T22:59:00.000Z')").run(cycleId);
    nominationId = Number(
      db.prepare("insert into nominations (cycle_id, kommunkod, status, answers, updated_at, created_at) values (?, ?, 'draft', '{}', ?, ?)").run(cycleId, m.kommunkod, now, now).lastInsertRowid,
    );
    db.prepare("insert into users (email, name, role, title, kommunkod, password_hash, is_demo) values (?, 'Eva Testsson', 'municipality', 'Kvalitetsstrateg', ?, ?, 1)").run(email, m.kommunkod, hash);
    db.close();
    for (const [type, seed, title] of [
      ['vision', 11, 'Vision 2040'],
      ['kvalitetspolicy', 12, 'Kvalitetspolicy'],
    ] as const) {
      const doc = await generateDemoDocument({ municipalityName: m.name, kommunkod: m.kommunkod, type, year: 2028, seed, pages: 3 });
      const file = path.join(tmp, `${type}.pdf`);
      fs.writeFileSync(file, doc.pdf);
      const heading = doc.pages[1].split('\n').find((l) => /^\d+\. \S/.test(l)) ?? '';
      files.push({ file, sha256: createHash('sha256').update(doc.pdf).digest('hex'), title, page2Word: heading.replace(/^\d+\. /, '') });
    }
    const revised = await generateDemoDocument({ municipalityName: m.name, kommunkod: m.kommunkod, type: 'vision', year: 2029, seed: 13, pages: 2 });
    replacement.file = path.join(tmp, 'vision-rev.pdf');
    fs.writeFileSync(replacement.file, revised.pdf);
    replacement.sha256 = createHash('sha256').update(revised.pdf).digest('hex');
  });

  afterAll(async () => {
    await close?.();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  const started = Date.now();
  const step = (name: string) => console.log(`[municipality e2e] ${((Date.now() - started) / 1000).toFixed(1)} s: ${name}`);

  async function fresh(): Promise<Page> {
    await context.clearCookies();
    return context.newPage();
  }

  it('fills the form partly, keeps it over a reload, uploads two PDFs with progress, searches, submits and gets a receipt', async () => {
    const page = await fresh();
    await signIn(page, email);
    expect(new URL(page.url()).pathname).toBe('/kommun');
    await page.getByRole('link', { name: /Fyll i ansökan/ }).click();
    await page.waitForURL(`**/kommun/ansokan/${nominationId}`);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: `${municipality} – E2E-omgång 2029` }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    step('// Partly filled');
    // Partly filled, autosaved, still there after a reload.
    const democracy = page.getByLabel('Demokrati', { exact: true });
    await democracy.fill('Vi har medborgarbudget i alla kommundelar.');
    await expect.poll(() => page.getByText('42 av 4 000 tecken').isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('status').first().textContent(), { timeout: 15_000 }).toMatch(/^Sparat \d{2}\.\d{2}$/);
    await page.reload();
    await expect.poll(() => page.getByLabel('Demokrati', { exact: true }).inputValue()).toBe('Vi har medborgarbudget i alla kommundelar.');

    step('// Two PDFs');
    // Two PDFs at once, each with its own progress bar.
    await page.getByLabel('Typ av dokument').selectOption('ovrigt');
    await page.getByLabel('PDF-filer').setInputFiles(files.map((f) => f.file));
    await page.getByRole('button', { name: 'Ladda upp' }).click();
    await expect.poll(() => page.locator('progress').count()).toBe(2);
    await expect.poll(() => page.getByText(/: klar$/).count(), { timeout: 30_000 }).toBe(2);
    await expect.poll(() => page.getByRole('cell', { name: 'Sökbar' }).count(), { timeout: 30_000 }).toBe(2);
    expect(await page.getByRole('cell', { name: 'vision', exact: true }).count()).toBe(1);
    await expectNoAxeViolations(page);

    step('// Search a phrase');
    // Search a phrase from page 2 of the second document.
    await page.getByLabel('Sök i era dokument').fill(files[1].page2Word);
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.waitForURL(/\?q=/);
    const hit = page.locator('li', { hasText: 'kvalitetspolicy, sida 2' });
    await expect.poll(() => hit.count()).toBeGreaterThanOrEqual(1);
    await expectNoAxeViolations(page);

    step('// Replace a document');
    // Replacing the vision with a new version keeps one row for it, and the old file goes.
    await page.getByLabel('Ersätt vision med en ny version (PDF)').setInputFiles(replacement.file);
    const shasOnServer = () => {
      const db = new Database(e2e.databasePath, { readonly: true });
      const rows = db.prepare('select sha256 from documents where nomination_id = ?').all(nominationId) as { sha256: string }[];
      db.close();
      return rows.map((r) => r.sha256).sort();
    };
    await expect.poll(shasOnServer, { timeout: 30_000 }).toEqual([replacement.sha256, files[1].sha256].sort());
    await expect.poll(() => page.getByRole('cell', { name: 'Sökbar' }).count(), { timeout: 30_000 }).toBe(2);
    expect(await page.getByRole('cell', { name: 'vision', exact: true }).count()).toBe(1);
    const replaced = files[0].sha256;
    files[0].sha256 = replacement.sha256;
    await expectNoAxeViolations(page);

    step('// Submitting too early');
    // Submitting too early lists what is missing.
    await page.getByRole('button', { name: 'Lämna in ansökan' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Ansökan kunde inte lämnas in' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: /Beskriv service och verksamheter med minst 200 tecken/ }).count()).toBe(1);
    await expectNoAxeViolations(page);

    step('const long = (w');
    const long = (w: string) => `${w} `.repeat(45).trim();
    await page.getByLabel('Namn, kontaktperson 1').fill('Eva Testsson');
    await page.getByLabel('E-post, kontaktperson 1').fill('eva.testsson@kommun.se');
    await page.getByLabel('Demokrati', { exact: true }).fill(long('medborgardialog'));
    await page.getByLabel('Service och verksamheter').fill(long('servicedeklaration'));
    await page.getByLabel('Arbetsmiljö och arbetsgivarskap').fill(long('arbetsmiljö'));
    await page.getByLabel('Samhällsbyggande').fill(long('samhällsbyggnad'));
    await page.getByLabel('Kommunens egna mål').fill(long('målstyrning'));
    await page.getByLabel('Hur ni följer upp målen').fill(long('uppföljning'));
    await page.getByLabel('Antal invånare').fill('12 345');
    await page.getByRole('button', { name: 'Lämna in ansökan' }).click();
    await expect.poll(() => page.getByText('Status: Inskickad').isVisible(), { timeout: 20_000 }).toBe(true);
    await expectNoAxeViolations(page);

    step('// The receipt');
    // The receipt names both documents and their checksums.
    const res = await page.request.get(`/api/kvitto/${nominationId}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    expect(res.headers()['content-disposition']).toMatch(/^attachment/);
    const pdfFile = path.join(tmp, 'kvitto.pdf');
    fs.writeFileSync(pdfFile, await res.body());
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfFile, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const f of files) expect(text).toContain(`SHA-256: ${f.sha256}`);
    expect(text).not.toContain(replaced);
    expect(text).toContain('vision');
    expect(text).toContain('kvalitetspolicy');
    expect(text).toContain(municipality);
    await page.close();
  }, 300_000);

  it('another municipality, a juror and a signed-out visitor can neither read nor change the application or its files', async () => {
    const other = await fresh();
    await signIn(other, 'kommun2@example.org');
    expect((await other.goto(`/kommun/ansokan/${nominationId}`))?.status()).toBe(404);
    expect((await other.request.get(`/api/kvitto/${nominationId}`)).status()).toBe(404);
    const up = await other.request.post(`/api/upload?nominationId=${nominationId}&type=vision&title=X`, {
      multipart: { file: { name: 'x.pdf', mimeType: 'application/pdf', buffer: fs.readFileSync(files[0].file) } },
    });
    expect(up.status()).toBe(404);
    await other.close();

    const juror = await fresh();
    await signIn(juror, 'jury1@example.org');
    expect((await juror.goto(`/kommun/ansokan/${nominationId}`))?.status()).toBe(403);
    expect((await juror.request.get(`/api/kvitto/${nominationId}`)).status()).toBe(404);
    await juror.close();

    const anon = await fresh();
    await anon.goto(`/kommun/ansokan/${nominationId}`);
    expect(new URL(anon.url()).pathname).toBe('/logga-in');
    expect((await anon.request.get(`/api/kvitto/${nominationId}`)).status()).toBe(401);
    const anonUp = await anon.request.post(`/api/upload?nominationId=${nominationId}&type=vision&title=X`, {
      multipart: { file: { name: 'x.pdf', mimeType: 'application/pdf', buffer: fs.readFileSync(files[0].file) } },
    });
    expect(anonUp.status()).toBe(401);
    await anon.close();
  });

  it('a contact self-registers for the open cycle and the organiser approves, which sends an invitation', async () => {
    const page = await fresh();
    await page.goto('/registrera');
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Anmäl er kommun' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Skicka anmälan' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Välj er kommun i listan.' }).isVisible()).toBe(true);
    // Other e2e files may have opened a cycle of their own: then the form asks which one.
    const cycleSelect = page.locator('select#cycleId');
    if ((await cycleSelect.count()) > 0) {
      const value = await cycleSelect.locator('option', { hasText: 'E2E-omgång 2029' }).getAttribute('value');
      await cycleSelect.selectOption(value!);
    }
    await page.getByLabel('Sök kommun').fill('0840');
    await expect.poll(() => page.locator('#kommunkod option').count()).toBe(1);
    await page.getByLabel('Kommun', { exact: true }).selectOption('0840');
    await page.getByLabel('Ditt namn').fill('Åke Ström');
    await page.getByLabel('Din roll i kommunen').fill('Kvalitetsstrateg');
    await page.getByLabel('E-post').fill('ake.strom@example.org');
    await page.getByRole('button', { name: 'Skicka anmälan' }).click();
    await expect.poll(() => page.getByText(/Anmälan är mottagen/).isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await page.close();

    const org = await fresh();
    await signIn(org, 'arrangor@example.org');
    await org.goto('/arrangor/registreringar');
    const row = org.locator('tr', { hasText: 'ake.strom@example.org' });
    await expect.poll(() => row.getByText('Mörbylånga', { exact: true }).isVisible()).toBe(true);
    await expectNoAxeViolations(org);
    await row.getByRole('button', { name: /^Godkänn/ }).click();
    await expect.poll(() => row.getByText('Godkänd').isVisible(), { timeout: 15_000 }).toBe(true);
    await org.close();
    const db = new Database(e2e.databasePath, { readonly: true });
    const mail = db.prepare("select body from outbox where \"to\" = 'ake.strom@example.org'").get() as { body: string } | undefined;
    const nomination = db.prepare("select n.status from nominations n join cycles c on c.id = n.cycle_id where c.name = 'E2E-omgång 2029' and n.kommunkod = '0840'").get();
    db.close();
    expect(mail?.body).toMatch(/\/inbjudan\/\S+/);
    expect(nomination).toEqual({ status: 'draft' });
  });
});
