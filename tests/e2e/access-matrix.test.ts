/**
 * The authorization matrix: every page and route handler of the app × every kind
 * of user, with the answer each must get. The route list is read from the file
 * system, so a new page or route that is missing from the table fails the test.
 * Each cell is then fetched over HTTP from the running production server, and a
 * refused answer must not carry data of the wrong kind.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { signInOverHttp } from '../helpers/http-sign-in';

const e2e = inject('e2e');

type Who = 'anon' | 'organiser' | 'juror' | 'jurorConflicted' | 'municipality' | 'municipalityOther';
const WHO: Who[] = ['anon', 'organiser', 'juror', 'jurorConflicted', 'municipality', 'municipalityOther'];
/** 'signin' = redirected to the sign-in page; a number = that status. */
type Expect = number | 'signin';

/** The nomination and document each kind of user is asked about (see TABLE). */
type Ids = { nomination: Record<Who, number>; document: Record<Who, number>; cycle: number; keyFigureCycle: number };
type Row = {
  path: (ids: Ids, who: Who) => string;
  expect: Record<Who, Expect>;
  /** Text that must never appear in a refused answer. */
  secret?: string;
};

const all = (e: Expect): Record<Who, Expect> => ({ anon: e, organiser: e, juror: e, jurorConflicted: e, municipality: e, municipalityOther: e });
const page = (organiser: Expect, juror: Expect, municipality: Expect): Record<Who, Expect> => ({
  anon: 'signin',
  organiser,
  juror,
  jurorConflicted: juror,
  municipality,
  municipalityOther: municipality,
});
const api = (organiser: Expect, juror: Expect, municipality: Expect): Record<Who, Expect> => ({ ...page(organiser, juror, municipality), anon: 401 });
const ORGANISER_PAGE = page(200, 403, 403);
const ORGANISER_API = api(200, 403, 403);
const SIGNED_IN_HOME = { anon: 'signin', organiser: 307, juror: 307, jurorConflicted: 307, municipality: 307, municipalityOther: 307 } as const;

/**
 * Every route of the app. Keys are the route patterns as in app/ (route groups
 * removed). The nomination asked about is kommun1's: `juror` (jury3) is assigned to
 * it, `municipality` is kommun1 (own), `municipalityOther` is kommun2 (another's);
 * `jurorConflicted` is jury3 asked about applicant 5's nomination, where jury3 has
 * declared a conflict.
 */
export const TABLE: Record<string, Row> = {
  '/': { path: () => '/', expect: SIGNED_IN_HOME },
  '/logga-in': { path: () => '/logga-in', expect: { ...SIGNED_IN_HOME, anon: 200 } },
  '/inbjudan/[token]': { path: () => '/inbjudan/ingen-sadan-lank', expect: all(200) },
  '/registrera': { path: () => '/registrera', expect: all(200) },
  '/api/auth/[...nextauth]': { path: () => '/api/auth/session', expect: all(200) },
  '/api/health': { path: () => '/api/health', expect: all(200) },
  '/api/dokument/[id]': {
    path: (ids, who) => `/api/dokument/${ids.document[who]}`,
    expect: { anon: 401, organiser: 200, juror: 200, jurorConflicted: 404, municipality: 200, municipalityOther: 404 },
    secret: '%PDF',
  },
  '/api/kvitto/[nominationId]': {
    path: (ids, who) => `/api/kvitto/${ids.nomination[who]}`,
    expect: { anon: 401, organiser: 200, juror: 404, jurorConflicted: 404, municipality: 200, municipalityOther: 404 },
    secret: '%PDF',
  },
  '/api/upload': { path: () => '/api/upload', expect: { anon: 405, organiser: 405, juror: 405, jurorConflicted: 405, municipality: 405, municipalityOther: 405 } },
  '/api/arrangor/logg': { path: () => '/api/arrangor/logg', expect: ORGANISER_API },
  '/api/arrangor/omgang/[id]/framsteg': { path: (ids) => `/api/arrangor/omgang/${ids.cycle}/framsteg`, expect: ORGANISER_API },
  '/arrangor': { path: () => '/arrangor', expect: ORGANISER_PAGE },
  '/arrangor/logg': { path: () => '/arrangor/logg', expect: ORGANISER_PAGE },
  '/arrangor/nyckeltal': { path: () => '/arrangor/nyckeltal', expect: ORGANISER_PAGE },
  '/arrangor/nyckeltal/import': { path: () => '/arrangor/nyckeltal/import', expect: ORGANISER_PAGE },
  '/arrangor/nyckeltal/import/forhandsgranska': { path: () => '/arrangor/nyckeltal/import/forhandsgranska', expect: page(405, 405, 405) },
  '/arrangor/nyckeltal/katalog': { path: () => '/arrangor/nyckeltal/katalog', expect: ORGANISER_PAGE },
  '/arrangor/nyckeltal/katalog/[id]': { path: () => '/arrangor/nyckeltal/katalog/N03102', expect: ORGANISER_PAGE },
  '/arrangor/nyckeltal/kommun/[kommunkod]': { path: () => '/arrangor/nyckeltal/kommun/0114', expect: ORGANISER_PAGE },
  '/arrangor/omgang/ny': { path: () => '/arrangor/omgang/ny', expect: ORGANISER_PAGE },
  '/arrangor/omgang/[id]': { path: (ids) => `/arrangor/omgang/${ids.cycle}`, expect: ORGANISER_PAGE },
  '/arrangor/omgang/[id]/framsteg': { path: (ids) => `/arrangor/omgang/${ids.cycle}/framsteg`, expect: ORGANISER_PAGE },
  '/arrangor/omgang/[id]/intervjuer': { path: (ids) => `/arrangor/omgang/${ids.cycle}/intervjuer`, expect: ORGANISER_PAGE },
  '/arrangor/omgang/[id]/jav': { path: (ids) => `/arrangor/omgang/${ids.cycle}/jav`, expect: ORGANISER_PAGE },
  '/arrangor/omgang/[id]/mall': { path: (ids) => `/arrangor/omgang/${ids.cycle}/mall`, expect: ORGANISER_PAGE },
  '/arrangor/omgang/[id]/screening': { path: (ids) => `/arrangor/omgang/${ids.keyFigureCycle}/screening`, expect: ORGANISER_PAGE, secret: 'Kontrollsumma' },
  '/arrangor/omgang/[id]/tilldelning': { path: (ids) => `/arrangor/omgang/${ids.cycle}/tilldelning`, expect: ORGANISER_PAGE },
  '/arrangor/omgang/[id]/topplista': { path: (ids) => `/arrangor/omgang/${ids.cycle}/topplista`, expect: ORGANISER_PAGE, secret: 'P(etta)' },
  '/arrangor/personer': { path: () => '/arrangor/personer', expect: ORGANISER_PAGE },
  '/arrangor/personer/bjud-in': { path: () => '/arrangor/personer/bjud-in', expect: ORGANISER_PAGE },
  '/arrangor/registreringar': { path: () => '/arrangor/registreringar', expect: ORGANISER_PAGE },
  '/arrangor/utkorg': { path: () => '/arrangor/utkorg', expect: ORGANISER_PAGE },
  '/jury': { path: () => '/jury', expect: page(403, 200, 403) },
  '/jury/mina-poang': { path: () => '/jury/mina-poang', expect: page(403, 200, 403) },
  '/jury/profil': { path: () => '/jury/profil', expect: page(403, 200, 403) },
  // pdf.js's worker script: library code without data, for anyone signed in.
  '/jury/pdf-worker': { path: () => '/jury/pdf-worker', expect: page(200, 200, 200) },
  '/jury/nominering/[id]': {
    path: (ids, who) => `/jury/nominering/${ids.nomination[who]}`,
    expect: { anon: 'signin', organiser: 403, juror: 200, jurorConflicted: 404, municipality: 403, municipalityOther: 403 },
    secret: 'Bedömningsmall',
  },
  // The demo nominations are not finalists: interview notes are not open for any of them.
  '/jury/nominering/[id]/intervju': {
    path: (ids, who) => `/jury/nominering/${ids.nomination[who]}/intervju`,
    expect: { anon: 'signin', organiser: 403, juror: 404, jurorConflicted: 404, municipality: 403, municipalityOther: 403 },
  },
  '/kommun': { path: () => '/kommun', expect: page(403, 403, 200) },
  '/kommun/ansokan/[id]': {
    path: (ids, who) => `/kommun/ansokan/${ids.nomination[who]}`,
    expect: { anon: 'signin', organiser: 403, juror: 403, jurorConflicted: 403, municipality: 200, municipalityOther: 404 },
  },
};

/** The app's route patterns, from app/**\/page.tsx and route.ts, with (groups) removed. */
export function discoverRoutes(root = path.join(process.cwd(), 'app')): string[] {
  const out: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (entry.name.startsWith('_')) continue;
        const seg = /^\(.*\)$/.test(entry.name) ? [] : [entry.name];
        walk(path.join(dir, entry.name), [...segments, ...seg]);
      } else if (/^(page|route)\.(tsx?|jsx?)$/.test(entry.name)) {
        out.push(`/${segments.join('/')}`);
      }
    }
  };
  walk(root, []);
  return [...new Set(out)].sort();
}

describe('the authorization matrix', () => {
  it('lists every page and route handler of the app, and nothing that does not exist', () => {
    const routes = discoverRoutes();
    expect(routes.filter((r) => !(r in TABLE)), 'routes missing from TABLE').toEqual([]);
    expect(Object.keys(TABLE).filter((r) => !routes.includes(r)), 'TABLE rows without a route').toEqual([]);
  });

  describe.skipIf(e2e.skip !== null)('over HTTP against the production server', () => {
    const cookies = {} as Record<Who, string>;
    let ids: Ids;

    beforeAll(async () => {
      const db = new Database(e2e.databasePath, { readonly: true });
      const one = <T>(sql: string, ...args: unknown[]) => db.prepare(sql).get(...args) as T;
      const conflicted = one<{ id: number }>(
        `select n.id from conflicts c join users u on u.id = c.juror_id join nominations n on n.kommunkod = c.kommunkod and n.cycle_id = c.cycle_id where u.email = 'jury3@example.org'`,
      ).id;
      const own = one<{ id: number }>(`select n.id from nominations n join users u on u.kommunkod = n.kommunkod where u.email = 'kommun1@example.org' order by n.id limit 1`).id;
      const docOf = (nominationId: number) => one<{ id: number }>('select id from documents where nomination_id = ? order by id limit 1', nominationId).id;
      const demoCycle = one<{ id: number }>(`select id from cycles where mode = 'open_application' order by id limit 1`);
      const keyCycle = one<{ id: number } | undefined>(`select id from cycles where mode = 'key_figures' order by id limit 1`);
      const per = (n: number, c: number): Record<Who, number> => ({ anon: n, organiser: n, juror: n, jurorConflicted: c, municipality: n, municipalityOther: n });
      ids = { nomination: per(own, conflicted), document: per(docOf(own), docOf(conflicted)), cycle: demoCycle.id, keyFigureCycle: keyCycle?.id ?? demoCycle.id };
      db.close();
      const as = async (email: string) => signInOverHttp(e2e.baseURL, email, 'kvalitet2027');
      cookies.anon = '';
      cookies.organiser = await as('arrangor@example.org');
      cookies.juror = await as('jury3@example.org');
      cookies.jurorConflicted = cookies.juror;
      cookies.municipality = await as('kommun1@example.org');
      cookies.municipalityOther = await as('kommun2@example.org');
    });

    for (const [route, row] of Object.entries(TABLE)) {
      it(`${route} answers each kind of user as the table says`, async () => {
        const failures: string[] = [];
        for (const who of WHO) {
          const url = e2e.baseURL + row.path(ids, who);
          const res = await fetch(url, { redirect: 'manual', headers: cookies[who] ? { cookie: cookies[who] } : {} });
          const want = row.expect[who];
          const location = res.headers.get('location') ?? '';
          const got = res.status >= 300 && res.status < 400 && location.includes('/logga-in') ? 'signin' : res.status;
          if (got !== want) failures.push(`${who}: expected ${want}, got ${got}${location ? ` → ${location}` : ''}`);
          if (row.secret && (res.status >= 300 || got === 'signin')) {
            const body = await res.text();
            if (body.includes(row.secret)) failures.push(`${who}: refused answer contains "${row.secret}"`);
          }
        }
        expect(failures, route).toEqual([]);
      });
    }
  });
});
