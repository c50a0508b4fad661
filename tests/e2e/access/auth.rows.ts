import { type Row, all, page } from './types';

/** Sign-in hardening: password reset (no session), the own account and two-factor enrolment. */
export const ROWS: Record<string, Row> = {
  '/glomt-losenord': { path: () => '/glomt-losenord', expect: all(200) },
  '/aterstall/[token]': { path: () => '/aterstall/ingen-sadan-lank-finns-har', expect: all(200) },
  '/konto': { path: () => '/konto', expect: page(200, 200, 200) },
  '/konto/tvafaktor': { path: () => '/konto/tvafaktor', expect: page(200, 403, 403) },
};
