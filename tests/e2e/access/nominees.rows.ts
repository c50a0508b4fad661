import { type Row, all, ORGANISER_PAGE } from './types';

/*
 * The public nominee list before its announcement: 2029 is the demo key-figure cycle's year, whose
 * nominees have no announcement instant, so everyone (organisers too) gets the plain 404. After the
 * instant every kind of user gets the list: tests/e2e/nomination.test.ts checks both sides of it.
 */

export const ROWS: Record<string, Row> = {
  '/arrangor/omgang/[id]/nominerade': { path: (ids) => `/arrangor/omgang/${ids.keyFigureCycle}/nominerade`, expect: ORGANISER_PAGE, secret: 'Nominera från screeningen' },
  '/nominerade/[year]': { path: () => '/nominerade/2029', expect: all(404), secret: 'aria-labelledby="omgang-0"' },
  '/api/public/nominerade/[year]': { path: () => '/api/public/nominerade/2029', expect: all(404), secret: '"nominees"' },
  // The screening map image of the latest run (the page links it); secret: a path of the drawing.
  '/arrangor/omgang/[id]/screening/karta': {
    path: (ids) => `/arrangor/omgang/${ids.keyFigureCycle}/screening/karta?korning=${ids.one<{ id: number } | undefined>('select max(id) as id from screening_runs where cycle_id = ?', ids.keyFigureCycle)?.id ?? 0}`,
    expect: ORGANISER_PAGE,
    secret: 'data-kommunkod',
  },
  '/arrangor/omgang/[id]/screening/utveckling': { path: (ids) => `/arrangor/omgang/${ids.keyFigureCycle}/screening/utveckling`, expect: ORGANISER_PAGE, secret: 'T per år' },
};
