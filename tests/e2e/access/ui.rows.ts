import { type Row, all } from './types';

/** The privacy notice and the accessibility statement: open to everyone, signed in or not. */
export const ROWS: Record<string, Row> = {
  '/integritet': { path: () => '/integritet', expect: all(200) },
  '/tillganglighet': { path: () => '/tillganglighet', expect: all(200) },
};
