import { type Row, api, page } from './types';

const jurorId = (ids: Parameters<Row['path']>[0]) => ids.one<{ id: number }>(`select id from users where email = 'jury3@example.org'`).id;

export const ROWS: Record<string, Row> = {
  '/arrangor/personer/[id]': {
    path: (ids) => `/arrangor/personer/${jurorId(ids)}`,
    expect: page(200, 403, 403),
    // Not a word of the catalogue (every page carries it): the export link of this person's page.
    secret: '/export',
  },
  '/api/arrangor/personer/[id]/export': {
    path: (ids) => `/api/arrangor/personer/${jurorId(ids)}/export`,
    expect: api(200, 403, 403),
    secret: 'scoreSheets',
  },
};
