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
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signInOverHttp } from '../helpers/http-sign-in';
import { WHO, type Ids, type Row, type Who } from './access/types';

const e2e = inject('e2e');

/**
 * Every route of the app, gathered from tests/e2e/access/*.rows.ts (one file per
 * area, so each feature adds its own rows). Keys are the route patterns as in app/ (route groups
 * removed). The nomination asked about is kommun1's: `juror` (jury3) is assigned to
 * it, `municipality` is kommun1 (own), `municipalityOther` is kommun2 (another's);
 * `jurorConflicted` is jury3 asked about applicant 5's nomination, where jury3 has
 * declared a conflict.
 */
const modules = import.meta.glob<{ ROWS: Record<string, Row> }>('./access/*.rows.ts', { eager: true });
const duplicates: string[] = [];
export const TABLE: Record<string, Row> = {};
for (const [file, mod] of Object.entries(modules)) {
  for (const [route, row] of Object.entries(mod.ROWS)) {
    if (route in TABLE) duplicates.push(`${route} (again in ${file})`);
    TABLE[route] = row;
  }
}

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
    expect(duplicates, 'routes listed in two files of tests/e2e/access').toEqual([]);
  });

  describe.skipIf(e2e.skip !== null)('over HTTP against the production server', () => {
    const cookies = {} as Record<Who, string>;
    let ids: Ids;
    let db: Database.Database | undefined;
    afterAll(() => db?.close());

    beforeAll(async () => {
      const open = new Database(e2e.databasePath, { readonly: true });
      db = open;
      const one = <T>(sql: string, ...args: unknown[]) => open.prepare(sql).get(...args) as T;
      const conflicted = one<{ id: number }>(
        `select n.id from conflicts c join users u on u.id = c.juror_id join nominations n on n.kommunkod = c.kommunkod and n.cycle_id = c.cycle_id where u.email = 'jury3@example.org'`,
      ).id;
      const own = one<{ id: number }>(`select n.id from nominations n join users u on u.kommunkod = n.kommunkod where u.email = 'kommun1@example.org' order by n.id limit 1`).id;
      const docOf = (nominationId: number) => one<{ id: number }>('select id from documents where nomination_id = ? order by id limit 1', nominationId).id;
      const demoCycle = one<{ id: number }>(`select id from cycles where mode = 'open_application' order by id limit 1`);
      const keyCycle = one<{ id: number } | undefined>(`select id from cycles where mode = 'key_figures' order by id limit 1`);
      const per = (n: number, c: number): Record<Who, number> => ({ anon: n, organiser: n, juror: n, jurorConflicted: c, municipality: n, municipalityOther: n });
      ids = { nomination: per(own, conflicted), document: per(docOf(own), docOf(conflicted)), cycle: demoCycle.id, keyFigureCycle: keyCycle?.id ?? demoCycle.id, one };
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
