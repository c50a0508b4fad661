/**
 * The shortlist's decision form, which the page loads only when it shows it (next/dynamic,
 * components/shortlist/decision-form-lazy.tsx) and whose schema loads when the form is first
 * checked (lib/forms/lazy-zod-resolver.ts): in a deliberating cycle of this test's own, the
 * organiser gets the form, a too-short rationale is refused in the browser with the schema's
 * message, and a valid one passes the check and asks for the confirmation. (Recording itself needs
 * a ranked cycle; the action is tested in tests/actions.)
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { openBrowser, signIn } from './browser';

const e2e = inject('e2e');
const YEAR = 2091;

/** A deliberating cycle with two finalists; never touches the demo cycle. */
function prepareCycle(file: string): number {
  const db = new Database(file);
  try {
    const at = new Date().toISOString();
    const cycleId = Number(
      db.prepare("insert into cycles (year, name, mode, phase, settings, created_at) values (?, ?, 'open_application', 'deliberation', '{}', ?)").run(YEAR, `Beslutstest ${YEAR}`, at).lastInsertRowid,
    );
    const nom = db.prepare("insert into nominations (cycle_id, kommunkod, status, answers, finalist, updated_at, created_at) values (?, ?, 'submitted', '{}', 1, ?, ?)");
    nom.run(cycleId, '0617', at, at);
    nom.run(cycleId, '0643', at, at);
    return cycleId;
  } finally {
    db.close();
  }
}

describe.skipIf(e2e.skip !== null)('recording the jury’s decision on the shortlist page', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let cycleId: number;

  beforeAll(async () => {
    cycleId = prepareCycle(e2e.databasePath);
    ({ context, close } = await openBrowser(e2e.baseURL));
  });
  afterAll(async () => {
    await close?.();
  });

  it('checks the rationale in the browser, then asks for the confirmation', async () => {
    const page = await context.newPage();
    await signIn(page, 'arrangor@example.org');
    await page.goto(`/arrangor/omgang/${cycleId}/topplista`);
    await expect.poll(() => page.getByRole('heading', { name: 'Registrera juryns beslut' }).isVisible()).toBe(true);
    await page.getByLabel('Juryns motivering till beslutet').fill('För kort.');
    await page.getByRole('button', { name: 'Registrera beslutet' }).click();
    await expect.poll(() => page.getByText('Skriv juryns motivering till beslutet (minst 20 tecken).').first().isVisible(), { timeout: 15_000 }).toBe(true);

    await page.getByLabel('Vinnare').selectOption({ label: 'Habo' });
    await page.getByLabel('Juryns motivering till beslutet').fill('Habo visar det tydligaste arbetet med medborgardialog.');
    await page.getByRole('button', { name: 'Registrera beslutet' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Ja, registrera beslutet' }).isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.getByText('Skriv juryns motivering till beslutet (minst 20 tecken).').count()).toBe(0);
    await page.close();
  });
});
