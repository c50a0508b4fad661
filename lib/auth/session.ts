import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { getDb } from '@/db/client';
import { findSessionUser, touchSession } from '@/db/queries/users';
import type { Role } from '@/db/schema/people';
import { nowIso } from '@/lib/time';
import { getAuthOptions } from './options';

export type CurrentUser = {
  id: number;
  email: string;
  name: string;
  role: Role;
  organisation: string | null;
  kommunkod: string | null;
  municipalityName: string | null;
  isDemo: boolean;
};

const TOUCH_INTERVAL_MS = 60_000;

/**
 * The signed-in user of this request, checked against the database: the session
 * must not be revoked, the account must be active and the session version must
 * match (it is raised on deactivation, password or role change).
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(getAuthOptions());
  if (!session?.sid) return null;
  const db = getDb();
  const row = findSessionUser(db, session.sid);
  if (!row || !row.active || row.sessionVersion !== session.sv || row.id !== session.user.id) return null;
  const now = Date.now();
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
  };
});
