import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { getToken } from 'next-auth/jwt';
import { getDb } from '@/db/client';
import { liveSessionRow } from '@/db/queries/live-session';
import { revokeSession, touchSession } from '@/db/queries/users';
import type { Role } from '@/db/schema/people';
import { nowIso } from '@/lib/time';
import { secureCookiesWanted } from './cookies';
import { authSecret } from './secret';
import { sessionVerdict, TOUCH_INTERVAL_MS, type SessionClaim } from './session-policy';
import { cachedDecode } from './token-cache';

export type CurrentUser = {
  id: number;
  email: string;
  name: string;
  role: Role;
  organisation: string | null;
  kommunkod: string | null;
  municipalityName: string | null;
  isDemo: boolean;
  /** A real organiser without two-factor sign-in: only /konto is open until they enrol. */
  needsTotpEnrolment?: boolean;
};

/** No headers: like getServerSession, the session comes from the cookie only (never an Authorization header). */
const NO_HEADERS = new Headers();

/**
 * What the session cookie of this request claims: session id, user, role and
 * session version, or null. The cookie is read as next-auth writes it (chunks
 * included) and decoded through the small cache of lib/auth/token-cache.ts, which
 * the proxy shares, so a request pays the JWT decryption at most once, and a
 * juror's next requests not at all. Only the decoding is cached; what the claim
 * is worth is decided against the database below, on every request.
 */
async function sessionClaim(): Promise<(SessionClaim & { sid: string }) | null> {
  const jar = await cookies();
  const req = { cookies: jar, headers: NO_HEADERS } as unknown as Parameters<typeof getToken>[0]['req'];
  const token = await getToken({ req, secret: authSecret(), secureCookie: secureCookiesWanted(), decode: cachedDecode });
  if (!token || typeof token.sid !== 'string' || typeof token.uid !== 'number') return null;
  return { sid: token.sid, userId: token.uid, role: token.role, sessionVersion: token.sv };
}

/**
 * The signed-in user of this request, checked against the database on every
 * request (lib/auth/session-policy.ts): not revoked, account active, same
 * session version and role, used in the last 30 minutes, and for organisers
 * signed in less than 8 hours ago. A session that fails is revoked for good.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const claim = await sessionClaim();
  if (!claim) return null;
  const db = getDb();
  const row = liveSessionRow(db.$client, claim.sid);
  const now = Date.now();
  const verdict = sessionVerdict(row, claim, now);
  if (verdict !== 'ok' || !row) {
    if (row) revokeSession(db, claim.sid, nowIso(new Date(now)));
    return null;
  }
  if (now - Date.parse(row.lastSeenAt) > TOUCH_INTERVAL_MS) touchSession(db, claim.sid, nowIso(new Date(now)));
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    organisation: row.organisation,
    kommunkod: row.kommunkod,
    municipalityName: row.municipalityName,
    isDemo: row.isDemo,
    needsTotpEnrolment: row.role === 'organiser' && !row.isDemo && !row.totpEnabledAt,
  };
});
