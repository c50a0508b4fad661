/**
 * The route table of the authorization matrix, gathered from ./*.rows.ts (one file per area),
 * and the ids and sessions its rows are asked with. Shared by tests/e2e/access-matrix.test.ts
 * (every route × every user) and tests/e2e/a11y-sweep.test.ts (axe on every page a user may open).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { signInOverHttp } from '../../helpers/http-sign-in';
import type { Ids, Row, Who } from './types';

const modules = import.meta.glob<{ ROWS: Record<string, Row> }>('./*.rows.ts', { eager: true });
/** Routes listed in two files (the matrix test fails on any). */
export const DUPLICATES: string[] = [];
export const TABLE: Record<string, Row> = {};
for (const [file, mod] of Object.entries(modules)) {
  for (const [route, row] of Object.entries(mod.ROWS)) {
    if (route in TABLE) DUPLICATES.push(`${route} (again in ${file})`);
    TABLE[route] = row;
  }
}

/**
 * The app's route patterns as in app/ (route groups removed), each with what answers it:
 * a page (page.tsx) or a route handler (route.ts).
 */
export function routeKinds(root = path.join(process.cwd(), 'app')): Record<string, 'page' | 'route'> {
  const out: Record<string, 'page' | 'route'> = {};
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (entry.name.startsWith('_')) continue;
        const seg = /^\(.*\)$/.test(entry.name) ? [] : [entry.name];
        walk(path.join(dir, entry.name), [...segments, ...seg]);
      } else {
        const kind = /^(page|route)\.(tsx?|jsx?)$/.exec(entry.name)?.[1] as 'page' | 'route' | undefined;
        if (kind) out[`/${segments.join('/')}`] = kind;
      }
    }
  };
  walk(root, []);
  return out;
}

/** The people each kind of user signs in as. */
export const EMAILS: Record<Exclude<Who, 'anon' | 'jurorConflicted'>, string> = {
  organiser: 'arrangor@example.org',
  juror: 'jury3@example.org',
  municipality: 'kommun1@example.org',
  municipalityOther: 'kommun2@example.org',
};

/**
 * The nomination asked about is kommun1's: `juror` (jury3) is assigned to it, `municipality`
 * is kommun1 (own), `municipalityOther` is kommun2 (another's); `jurorConflicted` is jury3
 * asked about the nomination where jury3 has declared a conflict. Read-only on the e2e database.
 */
export function matrixIds(databasePath: string): { ids: Ids; close: () => void } {
  const open = new Database(databasePath, { readonly: true });
  const one = <T>(sql: string, ...args: unknown[]) => open.prepare(sql).get(...args) as T;
  const conflicted = one<{ id: number }>(
    `select n.id from conflicts c join users u on u.id = c.juror_id join nominations n on n.kommunkod = c.kommunkod and n.cycle_id = c.cycle_id where u.email = 'jury3@example.org'`,
  ).id;
  const own = one<{ id: number }>(`select n.id from nominations n join users u on u.kommunkod = n.kommunkod where u.email = 'kommun1@example.org' order by n.id limit 1`).id;
  const docOf = (nominationId: number) => one<{ id: number }>('select id from documents where nomination_id = ? order by id limit 1', nominationId).id;
  const demoCycle = one<{ id: number }>(`select id from cycles where mode = 'open_application' order by id limit 1`);
  const keyCycle = one<{ id: number } | undefined>(`select id from cycles where mode = 'key_figures' order by id limit 1`);
  const per = (n: number, c: number): Record<Who, number> => ({ anon: n, organiser: n, juror: n, jurorConflicted: c, municipality: n, municipalityOther: n });
  const ids = { nomination: per(own, conflicted), document: per(docOf(own), docOf(conflicted)), cycle: demoCycle.id, keyFigureCycle: keyCycle?.id ?? demoCycle.id, one };
  return { ids, close: () => open.close() };
}

/** A session cookie per kind of user (signed in over HTTP; anon has none). */
export async function matrixCookies(baseURL: string): Promise<Record<Who, string>> {
  const as = (email: string) => signInOverHttp(baseURL, email, 'kvalitet2027');
  const juror = await as(EMAILS.juror);
  return {
    anon: '',
    organiser: await as(EMAILS.organiser),
    juror,
    jurorConflicted: juror,
    municipality: await as(EMAILS.municipality),
    municipalityOther: await as(EMAILS.municipalityOther),
  };
}
