import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openDatabase } from '@/db/client';
import { seedDemoIndicators } from '@/seeds/demo-indicators';
import { expectNoAxeViolations, openBrowser, signIn } from './browser';

const e2e = inject('e2e');

describe.skipIf(e2e.skip !== null)('key figures: import with a dry run, index and a finance page', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let nominated: { kommunkod: string; name: string }[];
  let demoCycleId: number;

  beforeAll(async () => {
    // What the demo seed will do once it calls the catalogue and demo-indicator seeds.
    const db = openDatabase(e2e.databasePath);
    seedDemoIndicators(db);
    nominated = db.$client
      .prepare(
        "select m.kommunkod, m.name from nominations n join municipalities m on m.kommunkod = n.kommunkod where n.cycle_id = (select id from cycles where is_demo = 1 and mode = 'open_application') order by m.name",
      )
      .all() as { kommunkod: string; name: string }[];
    demoCycleId = (db.$client.prepare("select id from cycles where is_demo = 1 and mode = 'open_application'").get() as { id: number }).id;
    db.$client.close();
    ({ context, close } = await openBrowser(e2e.baseURL));
  });

  afterAll(async () => {
    await close?.();
  });

  async function organiserPage(): Promise<Page> {
    await context.clearCookies();
    const page = await context.newPage();
    await signIn(page, 'arrangor@example.org');
    return page;
  }

  const csv = (lines: string[]) => Buffer.from(['kommunkod;kpi;år;värde', ...lines].join('\r\n') + '\r\n', 'utf8');

  it('the organiser uploads a CSV with a bad line, reads the dry run, fixes the file and imports it', async () => {
    const page = await organiserPage();
    await page.goto('/arrangor/nyckeltal/import');
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Importera nyckeltal' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    const [a, b, c] = nominated;
    const good = [`${a.kommunkod};N03102;2025;3,4`, `${b.kommunkod};N03102;2025;-1,2`, `${c.kommunkod};N03102;2025;5,9`];
    await page.getByLabel('Fil med nyckeltal').setInputFiles({ name: 'resultat-2025.csv', mimeType: 'text/csv', buffer: csv([...good.slice(0, 2), '9999;N03102;2025;1,0', good[2]]) });
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Förhandsgranskning: resultat-2025.csv' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Rad 4: Okänd kommunkod 9999.').isVisible()).toBe(true);
    expect(await page.locator('dt:text-is("Felaktiga rader") + dd').textContent()).toBe('1');
    expect(await page.locator('dt:text-is("Ersätter demodata") + dd').textContent()).toBe('3');
    expect(await page.getByRole('button', { name: /^Importera/ }).count()).toBe(0);
    await expectNoAxeViolations(page);

    await page.getByLabel('Fil med nyckeltal').setInputFiles({ name: 'resultat-2025.csv', mimeType: 'text/csv', buffer: csv(good) });
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Importera 3 värden' }).isVisible()).toBe(true);
    expect(await page.locator('dt:text-is("Felaktiga rader") + dd').textContent()).toBe('0');
    await page.getByRole('button', { name: 'Importera 3 värden' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Importen är klar: resultat-2025.csv' }).isVisible()).toBe(true);
    // the list of earlier imports shows the file once the page has refreshed
    await expect.poll(() => page.getByRole('rowheader', { name: 'resultat-2025.csv' }).count()).toBe(1);
    await expectNoAxeViolations(page);

    // the same file again changes nothing
    await page.getByLabel('… eller klistra in rader').fill(['kommunkod;kpi;år;värde', ...good].join('\n'));
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await expect.poll(() => page.getByText('Filen ändrar ingenting – alla värden finns redan.').isVisible()).toBe(true);
    expect(await page.locator('dt:text-is("Oförändrade") + dd').textContent()).toBe('3');
    await page.close();
  });

  it('an unknown KPI in a pasted file is offered for the catalogue', async () => {
    const page = await organiserPage();
    await page.goto('/arrangor/nyckeltal/import');
    await page.getByLabel('… eller klistra in rader').fill(`kommunkod,kpi,year,value\n${nominated[0].kommunkod},N07414,2024,71\n`);
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page.getByRole('link', { name: 'Lägg till N07414 i katalogen' }).click();
    await page.waitForURL(/\/arrangor\/nyckeltal\/katalog\?nytt=N07414/);
    await expect.poll(() => page.getByLabel('Kolada-id').inputValue()).toBe('N07414');
    await page.getByLabel('Namn').fill('Nöjd Medborgar-Index');
    await page.getByLabel('Enhet').fill('index');
    await page.getByLabel('Ingår i').selectOption('service_quality');
    await page.getByRole('button', { name: 'Lägg till nyckeltal' }).click();
    await expect.poll(() => page.getByRole('rowheader', { name: 'N07414' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('the index table compares the nominations, and a nomination has a finance page with charts', async () => {
    const page = await organiserPage();
    // Other journeys add cycles of their own: the organiser chooses the demo cycle's nominations.
    await page.goto(`/arrangor/nyckeltal?omgang=${demoCycleId}`);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Nyckeltal och index' }).isVisible()).toBe(true);
    expect(await page.locator('tbody tr').count()).toBe(nominated.length);
    expect(await page.getByText(/^Demodata: \d+ av \d+ värden$/).count()).toBe(nominated.length);
    await expectNoAxeViolations(page);

    await page.getByLabel('Jämförelsegrupp för percentilerna').selectOption('lan');
    await page.getByRole('button', { name: 'Visa' }).click();
    await page.waitForURL(/jamforelse=lan/);
    expect(new URL(page.url()).searchParams.get('omgang'), 'the chosen cycle is kept').toBe(String(demoCycleId));
    await expect.poll(() => page.getByRole('heading', { name: /jämförelse \(kommunerna i samma län\)/ }).isVisible()).toBe(true);

    const name = nominated[0].name;
    await page.getByRole('link', { name, exact: true }).click();
    await page.waitForURL(new RegExp(`/arrangor/nyckeltal/kommun/${nominated[0].kommunkod}`));
    await expect.poll(() => page.getByRole('heading', { level: 1, name: `Nyckeltal: ${name}` }).isVisible()).toBe(true);
    expect(await page.getByRole('img').count()).toBeGreaterThanOrEqual(13);
    await expect.poll(() => page.getByText(/^Demodata:/).first().isVisible()).toBe(true);
    const resultat = page.locator('li', { has: page.getByRole('heading', { name: /Resultat före extraordinära poster/ }) });
    await resultat.getByText(/Visa .* som tabell/).click();
    await expect.poll(() => resultat.getByRole('cell', { name: /^resultat-2025\.csv, importerad / }).isVisible()).toBe(true);
    expect(await resultat.getByRole('cell', { name: 'Demodata (genererad)' }).count()).toBe(4);
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('is the organiser’s only: a juror gets 403, a signed-out visitor the sign-in page', async () => {
    await context.clearCookies();
    const page = await context.newPage();
    const anon = await page.goto('/arrangor/nyckeltal');
    expect(new URL(page.url()).pathname).toBe('/logga-in');
    expect(anon?.ok()).toBe(true);
    await signIn(page, 'jury1@example.org');
    const res = await page.goto('/arrangor/nyckeltal/import');
    expect(res?.status()).toBe(403);
    const preview = await page.request.post('/arrangor/nyckeltal/import/forhandsgranska', { data: 'kommunkod,kpi,year,value\n' });
    expect(preview.status()).toBe(403);
    await page.close();
  });
});
