/**
 * Every public surface at one second before and one second after the embargo:
 * the year's result (page, title/Open Graph, JSON API), the archive list and the
 * sitemap, each given `now` (or the clock set) explicitly.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

const cookieJar = new Map<string, string>();
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name) } : undefined) }),
  headers: async () => new Headers({ host: 'kk.example.org', 'x-forwarded-proto': 'https' }),
}));
vi.mock('next/server', async (orig) => ({ ...(await orig<typeof import('next/server')>()), connection: async () => undefined }));
// The pages' texts come from the message catalogues; outside a Next request, read the Swedish one directly.
vi.mock('next-intl/server', async () => {
  const { createTranslator } = await import('next-intl');
  const { CATALOGUES } = await import('@/messages');
  return {
    getLocale: async () => 'sv',
    getTranslations: async (namespace: string) => createTranslator({ locale: 'sv', messages: CATALOGUES.sv, namespace }),
  };
});

const { freshDatabase } = await import('../helpers/db');
const { syncMunicipalities } = await import('@/seeds/municipalities');
const { seedArchive } = await import('@/seeds/archive');
const { insertDecidedCycle, WINNER_MOTIVATION } = await import('../helpers/publication-fixture');
const { publicResultOfYear, publicYears, yearIsSettled, firstSentence } = await import('@/lib/public/results');
const { cycles } = await import('@/db/schema');
const { eq } = await import('drizzle-orm');

const t = freshDatabase('public-results');
const EMBARGO = '2031-11-14T19:00:00.000Z';
const BEFORE = new Date('2031-11-14T18:59:59.000Z');
const AFTER = new Date('2031-11-14T19:00:01.000Z');

beforeAll(() => {
  syncMunicipalities(t.db);
  seedArchive(t.db, '2030-01-01T00:00:00.000Z');
  insertDecidedCycle(t.db, { year: 2031, phase: 'published', embargoAt: EMBARGO });
});
afterAll(() => t.cleanup());
afterEach(() => vi.useRealTimers());

const setClock = (d: Date) => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(d);
};

describe('the year result (page body, title, API)', () => {
  it('is missing one second before the embargo, exactly like a year that never existed', () => {
    expect(publicResultOfYear(t.db, 2031, BEFORE)).toBeNull();
    expect(publicResultOfYear(t.db, 2099, BEFORE)).toBeNull();
  });

  it('one second after: the winner, its approved motivation, the finalists with a first sentence, the jury', () => {
    const r = publicResultOfYear(t.db, 2031, AFTER)!;
    expect(r).toMatchObject({ year: 2031, source: 'cycle', winner: { name: 'Gnosjö', kommunkod: '0617', county: 'Jönköpings län' }, motivation: WINNER_MOTIVATION, publishedAt: EMBARGO });
    expect(r.finalists).toEqual([
      { name: 'Habo', kommunkod: '0643', line: 'Habo bygger samhället tillsammans med invånarna.' },
      { name: 'Svedala', kommunkod: '1263', line: null },
    ]);
    expect(r.jury).toEqual([
      { name: 'Anna Jurist', organisation: 'SKR' },
      { name: 'Bo Bedömare', organisation: 'Vision' },
    ]);
    // The jury's internal rationale is never part of the public result.
    expect(JSON.stringify(r)).not.toMatch(/hemliga/);
  });

  it('an unpublished (decided) cycle is never public, whatever the clock says', () => {
    const other = insertDecidedCycle(t.db, { year: 2033, phase: 'decided', embargoAt: '2031-01-01T00:00:00.000Z' });
    expect(publicResultOfYear(t.db, 2033, new Date('2040-01-01T00:00:00Z'))).toBeNull();
    expect(publicYears(t.db, new Date('2040-01-01T00:00:00Z')).map((y) => y.year)).not.toContain(2033);
    t.db.delete(cycles).where(eq(cycles.id, other.cycleId)).run();
  });

  it('a public cycle takes precedence over its year’s archive row, only once its embargo has passed', () => {
    const c = insertDecidedCycle(t.db, { year: 2025, name: 'Omgång 2025 i appen', phase: 'published', embargoAt: EMBARGO });
    expect(publicResultOfYear(t.db, 2025, BEFORE)).toMatchObject({ source: 'archive', winner: { name: 'Mörbylånga', kommunkod: '0840' } });
    expect(publicResultOfYear(t.db, 2025, AFTER)).toMatchObject({ source: 'cycle', winner: { name: 'Gnosjö' } });
    expect(yearIsSettled(t.db, 2025, BEFORE)).toBe(false);
    expect(yearIsSettled(t.db, 2025, AFTER)).toBe(true);
    t.db.delete(cycles).where(eq(cycles.id, c.cycleId)).run();
  });

  it('the page title and Open Graph name the winner only after the embargo', async () => {
    const { generateMetadata } = await import('@/app/(public)/resultat/[year]/page');
    setClock(BEFORE);
    const before = await generateMetadata({ params: Promise.resolve({ year: '2031' }) });
    expect(JSON.stringify(before)).not.toMatch(/Gnosjö/);
    expect(before).toEqual(await generateMetadata({ params: Promise.resolve({ year: '2099' }) }));
    setClock(AFTER);
    const after = await generateMetadata({ params: Promise.resolve({ year: '2031' }) });
    expect(after.title).toBe('Sveriges KvalitetsKommun 2031: Gnosjö');
    expect(after.openGraph).toMatchObject({ title: 'Sveriges KvalitetsKommun 2031: Gnosjö' });
  });
});

describe('the JSON API', () => {
  const get = async (year: string) => {
    const { GET } = await import('@/app/api/public/resultat/[year]/route');
    return GET(new Request(`http://x/api/public/resultat/${year}`), { params: Promise.resolve({ year }) });
  };

  it('one second before: 404, no-store, the same body as a year that does not exist', async () => {
    setClock(BEFORE);
    const embargoed = await get('2031');
    const missing = await get('2099');
    expect(embargoed.status).toBe(404);
    expect(embargoed.headers.get('cache-control')).toBe('no-store');
    const body = await embargoed.text();
    expect(body).toBe(await missing.text());
    expect(missing.headers.get('cache-control')).toBe('no-store');
    expect(body).toMatch(/Det finns inget publicerat resultat/);
    expect(body).not.toMatch(/Gnosjö/);
  });

  it('one second after: the result with a short public max-age', async () => {
    setClock(AFTER);
    const res = await get('2031');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60, s-maxage=60');
    expect(await res.json()).toMatchObject({ year: 2031, winner: { name: 'Gnosjö' }, motivation: WINNER_MOTIVATION });
  });

  it('never caches an archive answer while a cycle of that year could still become public', async () => {
    const c = insertDecidedCycle(t.db, { year: 2023, name: 'Omgång 2023 i appen', phase: 'published', embargoAt: EMBARGO });
    setClock(BEFORE);
    const res = await get('2023');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toMatchObject({ source: 'archive', winner: { name: 'Höganäs' } });
    t.db.delete(cycles).where(eq(cycles.id, c.cycleId)).run();
    const settled = await get('2023');
    expect(settled.headers.get('cache-control')).toBe('public, max-age=60, s-maxage=60');
  });

  it('answers 404 to anything that is not a year', async () => {
    expect((await get('abc')).status).toBe(404);
    expect((await get('20311')).status).toBe(404);
  });

  it('says its 404 in English to a reader who chose English (kk-locale cookie), same body for every year, still no-store', async () => {
    setClock(BEFORE);
    const { GET } = await import('@/app/api/public/resultat/[year]/route');
    const english = (year: string) => GET(new Request(`http://x/api/public/resultat/${year}`, { headers: { cookie: 'kk-locale=en' } }), { params: Promise.resolve({ year }) });
    const embargoed = await english('2031');
    const missing = await english('2099');
    expect(embargoed.status).toBe(404);
    expect(await embargoed.json()).toEqual({ error: 'There is no published result for that year.' });
    expect(await missing.json()).toEqual({ error: 'There is no published result for that year.' });
    expect(embargoed.headers.get('cache-control')).toBe('no-store');
    expect(embargoed.headers.get('vary')).toBe('Cookie');
    expect(await (await get('2099')).json()).toEqual({ error: 'Det finns inget publicerat resultat för det året.' });
  });

  it('the nominees API answers its 404 in the request’s language too, Swedish by default', async () => {
    const { GET } = await import('@/app/api/public/nominerade/[year]/route');
    const ask = (cookie?: string) => GET(new Request('http://x/api/public/nominerade/2099', { headers: cookie ? { cookie } : {} }), { params: Promise.resolve({ year: '2099' }) });
    const en = await ask('kk-locale=en');
    expect(en.status).toBe(404);
    expect(en.headers.get('cache-control')).toBe('no-store');
    expect(await en.json()).toEqual({ error: 'There are no public nominees for that year.' });
    expect(await (await ask()).json()).toEqual({ error: 'Det finns inga offentliga nominerade för det året.' });
  });
});

describe('the archive list and the sitemap', () => {
  it('lists the year one second after the embargo and not one second before; newest first', () => {
    const before = publicYears(t.db, BEFORE);
    expect(before.map((y) => y.year)).not.toContain(2031);
    expect(before.map((y) => y.year)).toEqual([2025, 2023, 2021, 2019, 2017, 2015, 2013, 2011, 2009, 2007, 2005, 2003]);
    const after = publicYears(t.db, AFTER);
    expect(after[0]).toEqual({ year: 2031, winner: 'Gnosjö', kommunkod: '0617', source: 'cycle' });
  });

  it('the sitemap holds only public years', async () => {
    const { default: sitemap } = await import('@/app/sitemap');
    setClock(BEFORE);
    const before = (await sitemap()).map((e) => e.url);
    expect(before).toContain('https://kk.example.org/resultat');
    expect(before).toContain('https://kk.example.org/resultat/2003');
    expect(before).not.toContain('https://kk.example.org/resultat/2031');
    setClock(AFTER);
    expect((await sitemap()).map((e) => e.url)).toContain('https://kk.example.org/resultat/2031');
  });
});

describe('firstSentence', () => {
  it.each([
    ['Ett. Två.', 'Ett.'],
    ['Utan punkt', 'Utan punkt'],
    ['Fråga? Svar.', 'Fråga?'],
    ['  Mellanslag   före.  Sedan ', 'Mellanslag före.'],
  ])('%s → %s', (text, want) => expect(firstSentence(text)).toBe(want));
});

describe('the development municipality of the year', () => {
  it('is part of the public result once the embargo has passed, and of nothing before it', () => {
    const id = t.db.select({ id: cycles.id }).from(cycles).where(eq(cycles.year, 2031)).get()!.id;
    const settings = t.db.select({ settings: cycles.settings }).from(cycles).where(eq(cycles.id, id)).get()!.settings;
    t.db
      .update(cycles)
      .set({ settings: { ...settings, developmentMunicipality: { kommunkod: '0643', name: 'Habo', reason: 'Stadig förbättring fyra år i rad.' } } })
      .where(eq(cycles.id, id))
      .run();
    expect(publicResultOfYear(t.db, 2031, BEFORE)).toBeNull();
    expect(publicResultOfYear(t.db, 2031, AFTER)!.developmentMunicipality).toEqual({ kommunkod: '0643', name: 'Habo', reason: 'Stadig förbättring fyra år i rad.' });
    expect(publicResultOfYear(t.db, 2025, AFTER)!.developmentMunicipality).toBeNull();
  });
});
