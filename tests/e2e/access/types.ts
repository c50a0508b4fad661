/** Shared vocabulary of the authorization matrix (tests/e2e/access-matrix.test.ts). */
export type Who = 'anon' | 'organiser' | 'juror' | 'jurorConflicted' | 'municipality' | 'municipalityOther';
export const WHO: Who[] = ['anon', 'organiser', 'juror', 'jurorConflicted', 'municipality', 'municipalityOther'];
/** 'signin' = redirected to the sign-in page; a number = that status. */
export type Expect = number | 'signin';

/** The nomination and document each kind of user is asked about (see TABLE). */
export type Ids = {
  nomination: Record<Who, number>;
  document: Record<Who, number>;
  cycle: number;
  keyFigureCycle: number;
  /** Read one row from the e2e database (read-only), for rows that need ids of their own. */
  one: <T>(sql: string, ...args: unknown[]) => T;
};
export type Row = {
  path: (ids: Ids, who: Who) => string;
  expect: Record<Who, Expect>;
  /** Text that must never appear in a refused answer. */
  secret?: string;
};

export const all = (e: Expect): Record<Who, Expect> => ({ anon: e, organiser: e, juror: e, jurorConflicted: e, municipality: e, municipalityOther: e });
export const page = (organiser: Expect, juror: Expect, municipality: Expect): Record<Who, Expect> => ({
  anon: 'signin',
  organiser,
  juror,
  jurorConflicted: juror,
  municipality,
  municipalityOther: municipality,
});
export const api = (organiser: Expect, juror: Expect, municipality: Expect): Record<Who, Expect> => ({ ...page(organiser, juror, municipality), anon: 401 });
export const ORGANISER_PAGE = page(200, 403, 403);
export const ORGANISER_API = api(200, 403, 403);
export const SIGNED_IN_HOME = { anon: 'signin', organiser: 307, juror: 307, jurorConflicted: 307, municipality: 307, municipalityOther: 307 } as const;

