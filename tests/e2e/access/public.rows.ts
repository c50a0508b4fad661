import { type Row, all, page, ORGANISER_PAGE } from './types';

/**
 * Publication and the public results site. The public routes need no sign-in and
 * answer everyone alike. 2025 is an archive year (public); 2027 is the demo cycle's
 * year, which has no public result: its page is the plain 404, naming nothing of the cycle.
 */
export const ROWS: Record<string, Row> = {
  '/resultat': { path: () => '/resultat', expect: all(200) },
  '/resultat/[year]': { path: () => '/resultat/2027', expect: all(404), secret: 'Sveriges KvalitetsKommun 2027' },
  // Internal target of the proxy's rewrite for signed-out visitors (lib/public/page-cache.ts); reached directly it answers the public page alike.
  '/resultat-cache/[year]': { path: () => '/resultat-cache/2027', expect: all(404), secret: 'Sveriges KvalitetsKommun 2027' },
  '/api/public/resultat/[year]': { path: () => '/api/public/resultat/2025', expect: all(200) },
  // Sets the language cookie and goes back to a public page.
  '/sprak': { path: () => '/sprak?till=en&tillbaka=/resultat', expect: all(303) },
  '/arrangor/arkiv': { path: () => '/arrangor/arkiv', expect: ORGANISER_PAGE },
  '/arrangor/omgang/[id]/publicering': { path: (ids) => `/arrangor/omgang/${ids.cycle}/publicering`, expect: ORGANISER_PAGE },
  '/jury/beslut': { path: () => '/jury/beslut', expect: page(403, 200, 403) },
};
