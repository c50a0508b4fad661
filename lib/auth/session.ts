import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { getToken } from 'next-auth/jwt';
import type { Statement } from 'better-sqlite3';
import { getDb, type Db } from '@/db/client';
import type { findLiveSession } from '@/db/queries/account';
import { revokeSession, touchSession } from '@/db/queries/users';
import type { Role } from '@/db/schema/people';
import { nowIso } from '@/lib/time';
import { secureCookiesWanted } from './cookies';
import { authSecret } from './secret';
import { sessionVerdict, type SessionClaim } from './session-policy';
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

const TOUCH_INTERVAL_MS = 60_000;

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

type LiveSession = NonNullable<ReturnType<typeof findLiveSession>>;
const liveSessionStatements = new WeakMap<Db['$client'], Statement>();

/**
 * findLiveSession (db/queries/account.ts) as one statement prepared once per connection: the
 * same columns and conditions, without building and preparing the SQL again on every request
 * (every page and every autosave asks). Booleans are mapped as drizzle maps them.
 */
function liveSession(db: Db, sessionId: string): LiveSession | undefined {
  let statement = liveSessionStatements.get(db.$client);
  if (!statement) {
    statement = db.$client.prepare(
      `select u.id, u.email, u.name, u.role, u.organisation, u.kommunkod, m.name as municipalityName, u.active,
              u.session_version as sessionVersion, u.is_demo as isDemo, u.totp_enabled_at as totpEnabledAt,
              s.created_at as createdAt, s.last_seen_at as lastSeenAt
         from sessions s join users u on u.id = s.user_id left join municipalities m on m.kommunkod = u.kommunkod
        where s.id = ? and s.revoked_at is null`,
    );
    liveSessionStatements.set(db.$client, statement);
  }
  const row = statement.get(sessionId) as (Omit<LiveSession, 'active' | 'isDemo'> & { active: number; isDemo: number }) | undefined;
  return row && { ...row, active: row.active === 1, isDemo: row.isDemo === 1 };
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
  const row = liveSession(db, claim.sid);
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
