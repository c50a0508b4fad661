import { type Row, api, ORGANISER_API, ORGANISER_PAGE } from './types';

/**
 * Reports and exports (issue 9). The demo cycle stands in review with no decision, so the
 * press release answers the organiser 409 and every municipality's feedback letter is
 * unavailable (404) — to its own contacts too — while organisers may preview it.
 */
export const ROWS: Record<string, Row> = {
  '/arrangor/omgang/[id]/export': { path: (ids) => `/arrangor/omgang/${ids.cycle}/export`, expect: ORGANISER_PAGE },
  '/api/arrangor/omgang/[id]/rapport': { path: (ids) => `/api/arrangor/omgang/${ids.cycle}/rapport`, expect: ORGANISER_API, secret: 'Rangordning' },
  '/api/arrangor/omgang/[id]/pressmeddelande': { path: (ids) => `/api/arrangor/omgang/${ids.cycle}/pressmeddelande`, expect: api(409, 403, 403) },
  '/api/arrangor/omgang/[id]/export/[dataset]': {
    path: (ids) => `/api/arrangor/omgang/${ids.cycle}/export/rangordning?format=csv`,
    expect: ORGANISER_API,
    secret: 'sammanvagd',
  },
  '/api/kommun/aterkoppling/[nominationId]': {
    path: (ids, who) => `/api/kommun/aterkoppling/${ids.nomination[who]}`,
    expect: { anon: 401, organiser: 200, juror: 403, jurorConflicted: 403, municipality: 404, municipalityOther: 404 },
    secret: 'fältets median',
  },
};
