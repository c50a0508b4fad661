import { type Row, ORGANISER_PAGE } from './types';

/**
 * Motivation drafts: organisers only. The demo cycle is in review, so the pages answer 200
 * with "not yet" for organisers; the editor is asked about kommun1's nomination of that cycle.
 */
export const ROWS: Record<string, Row> = {
  '/arrangor/omgang/[id]/motivering': { path: (ids) => `/arrangor/omgang/${ids.cycle}/motivering`, expect: ORGANISER_PAGE },
  '/arrangor/omgang/[id]/motivering/[nominationId]': {
    path: (ids) => `/arrangor/omgang/${ids.cycle}/motivering/${ids.nomination.organiser}`,
    expect: ORGANISER_PAGE,
    // Not a word of the catalogue (every page carries it): a link of the cycle's own navigation.
    secret: '/motivering"',
  },
};
