import { type Row, all, SIGNED_IN_HOME } from './types';

export const ROWS: Record<string, Row> = {
  '/': { path: () => '/', expect: SIGNED_IN_HOME },
  '/logga-in': { path: () => '/logga-in', expect: { ...SIGNED_IN_HOME, anon: 200 } },
  '/inbjudan/[token]': { path: () => '/inbjudan/ingen-sadan-lank', expect: all(200) },
  '/registrera': { path: () => '/registrera', expect: all(200) },
  '/api/auth/[...nextauth]': { path: () => '/api/auth/session', expect: all(200) },
  '/api/health': { path: () => '/api/health', expect: all(200) },
  '/api/dokument/[id]': {
    path: (ids, who) => `/api/dokument/${ids.document[who]}`,
    expect: { anon: 401, organiser: 200, juror: 200, jurorConflicted: 404, municipality: 200, municipalityOther: 404 },
    secret: '%PDF',
  },
  '/api/kvitto/[nominationId]': {
    path: (ids, who) => `/api/kvitto/${ids.nomination[who]}`,
    expect: { anon: 401, organiser: 200, juror: 404, jurorConflicted: 404, municipality: 200, municipalityOther: 404 },
    secret: '%PDF',
  },
  '/api/upload': { path: () => '/api/upload', expect: { anon: 405, organiser: 405, juror: 405, jurorConflicted: 405, municipality: 405, municipalityOther: 405 } },
};
