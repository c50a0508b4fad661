/**
 * The authorization matrix: every page and route handler of the app × every kind
 * of user, with the answer each must get. The route list is read from the file
 * system, so a new page or route that is missing from the table fails the test.
 * Each cell is then fetched over HTTP from the running production server, and a
 * refused answer must not carry data of the wrong kind.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DUPLICATES as duplicates, matrixCookies, matrixIds, routeKinds, TABLE } from './access/table';
import { WHO, type Ids, type Who } from './access/types';

const e2e = inject('e2e');

/*
 * Every route of the app, gathered from tests/e2e/access/*.rows.ts (one file per
 * area, so each feature adds its own rows; tests/e2e/access/table.ts). Keys are the route
 * patterns as in app/ (route groups removed), as routeKinds() reads them from the file system.
 */
describe('the authorization matrix', () => {
  it('lists every page and route handler of the app, and nothing that does not exist', () => {
    const routes = Object.keys(routeKinds()).sort();
    expect(routes.filter((r) => !(r in TABLE)), 'routes missing from TABLE').toEqual([]);
    expect(Object.keys(TABLE).filter((r) => !routes.includes(r)), 'TABLE rows without a route').toEqual([]);
    expect(duplicates, 'routes listed in two files of tests/e2e/access').toEqual([]);
  });

  describe.skipIf(e2e.skip !== null)('over HTTP against the production server', () => {
    let cookies = {} as Record<Who, string>;
    let ids: Ids;
    let close: (() => void) | undefined;
    afterAll(() => close?.());

    beforeAll(async () => {
      ({ ids, close } = matrixIds(e2e.databasePath));
      cookies = await matrixCookies(e2e.baseURL);
    });

    for (const [route, row] of Object.entries(TABLE)) {
      it(`${route} answers each kind of user as the table says`, async () => {
        const failures: string[] = [];
        for (const who of WHO) {
          const url = e2e.baseURL + row.path(ids, who);
          // As a browser loads a page (Accept: text/html), so the signed-in page cache (lib/cache/private-page-cache.ts) is on the path too.
          const res = await fetch(url, { redirect: 'manual', headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8', ...(cookies[who] ? { cookie: cookies[who] } : {}) } });
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
