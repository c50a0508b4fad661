import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { getDb } from '@/db/client';
import { findLiveSession } from '@/db/queries/account';
import { revokeSession, touchSession } from '@/db/queries/users';
import type { Role } from '@/db/schema/people';
import { nowIso } from '@/lib/time';
import { getAuthOptions } from './options';
import { sessionVerdict } from './session-policy';

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

/**
 * The signed-in user of this request, checked against the database on every
 * request (lib/auth/session-policy.ts): not revoked, account active, same
 * session version and role, used in the last 30 minutes, and for organisers
 * signed in less than 8 hours ago. A session that fails is revoked for good.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(getAuthOptions());
  if (!session?.sid) return null;
  const db = getDb();
  const row = findLiveSession(db, session.sid);
  const now = Date.now();
  const verdict = sessionVerdict(row, { userId: session.user.id, role: session.user.role, sessionVersion: session.sv }, now);
  if (verdict !== 'ok' || !row) {
    if (row) revokeSession(db, session.sid, nowIso(new Date(now)));
    return null;
  }
  if (now - Date.parse(row.lastSeenAt) > TOUCH_INTERVAL_MS) touchSession(db, session.sid, nowIso(new Date(now)));
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
