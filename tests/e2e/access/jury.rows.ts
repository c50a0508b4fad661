import { type Row, page } from './types';

export const ROWS: Record<string, Row> = {
  '/jury': { path: () => '/jury', expect: page(403, 200, 403) },
  '/jury/mina-poang': { path: () => '/jury/mina-poang', expect: page(403, 200, 403) },
  '/jury/profil': { path: () => '/jury/profil', expect: page(403, 200, 403) },
  // pdf.js's worker script: library code without data, for anyone signed in.
  '/jury/pdf-worker': { path: () => '/jury/pdf-worker', expect: page(200, 200, 200) },
  '/jury/nominering/[id]': {
    path: (ids, who) => `/jury/nominering/${ids.nomination[who]}`,
    expect: { anon: 'signin', organiser: 403, juror: 200, jurorConflicted: 404, municipality: 403, municipalityOther: 403 },
    // Not a word of the catalogue (every page carries it, and the log's kinds name the rubric): the page's documents section.
    secret: 'aria-labelledby="dokument"',
  },
  // The demo nominations are not finalists: interview notes are not open for any of them.
  '/jury/nominering/[id]/intervju': {
    path: (ids, who) => `/jury/nominering/${ids.nomination[who]}/intervju`,
    expect: { anon: 'signin', organiser: 403, juror: 404, jurorConflicted: 404, municipality: 403, municipalityOther: 403 },
  },
  // Key figures of the reviewed municipality: its assigned juror from the review phase on (the demo cycle is in review).
  '/jury/nominering/[id]/nyckeltal': {
    path: (ids, who) => `/jury/nominering/${ids.nomination[who]}/nyckeltal`,
    expect: { anon: 'signin', organiser: 403, juror: 200, jurorConflicted: 404, municipality: 403, municipalityOther: 403 },
    // Not a word of the catalogue (every page carries it): the id prefix of the page's trend charts.
    secret: 'diagram-',
  },
  // The score sheet's autosave takes only POST (tests/api/jury-poang.test.ts checks every guard); a GET is 405 behind the sign-in gate.
  '/api/jury/poang': {
    path: () => '/api/jury/poang',
    expect: { anon: 401, organiser: 405, juror: 405, jurorConflicted: 405, municipality: 405, municipalityOther: 405 },
  },
};
