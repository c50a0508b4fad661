import { type Row, ORGANISER_PAGE } from './types';

export const ROWS: Record<string, Row> = {
  '/arrangor/omgang/[id]/nominerade': { path: (ids) => `/arrangor/omgang/${ids.keyFigureCycle}/nominerade`, expect: ORGANISER_PAGE, secret: 'Nominera från screeningen' },
  '/arrangor/omgang/[id]/screening/utveckling': { path: (ids) => `/arrangor/omgang/${ids.keyFigureCycle}/screening/utveckling`, expect: ORGANISER_PAGE, secret: 'T per år' },
};
