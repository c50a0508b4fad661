import { type Row, page } from './types';

export const ROWS: Record<string, Row> = {
  '/kommun': { path: () => '/kommun', expect: page(403, 403, 200) },
  '/kommun/ansokan/[id]': {
    path: (ids, who) => `/kommun/ansokan/${ids.nomination[who]}`,
    expect: { anon: 'signin', organiser: 403, juror: 403, jurorConflicted: 403, municipality: 200, municipalityOther: 404 },
  },
};
