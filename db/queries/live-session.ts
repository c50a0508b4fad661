import type { Database, Statement } from 'better-sqlite3';
import type { Role } from '../schema/people';

/** A session that is not revoked, with its user: what every request's session check reads. */
export type LiveSession = {
  id: number;
  email: string;
  name: string;
  role: Role;
  organisation: string | null;
  kommunkod: string | null;
  municipalityName: string | null;
  active: boolean;
  sessionVersion: number;
  isDemo: boolean;
  totpEnabledAt: string | null;
  createdAt: string;
  lastSeenAt: string;
};

const statements = new WeakMap<Database, Statement>();

/**
 * findLiveSession (db/queries/account.ts) as one statement prepared once per connection: the
 * same columns and conditions, without building and preparing the SQL again on every request
 * (every page and every autosave asks). On the raw connection, so the proxy's page-cache check
 * (lib/cache/private-page-hit.ts) can ask it too. Booleans are mapped as drizzle maps them.
 */
export function liveSessionRow(client: Database, sessionId: string): LiveSession | undefined {
  let statement = statements.get(client);
  if (!statement) {
    statement = client.prepare(
      `select u.id, u.email, u.name, u.role, u.organisation, u.kommunkod, m.name as municipalityName, u.active,
              u.session_version as sessionVersion, u.is_demo as isDemo, u.totp_enabled_at as totpEnabledAt,
              s.created_at as createdAt, s.last_seen_at as lastSeenAt
         from sessions s join users u on u.id = s.user_id left join municipalities m on m.kommunkod = u.kommunkod
        where s.id = ? and s.revoked_at is null`,
    );
    statements.set(client, statement);
  }
  const row = statement.get(sessionId) as (Omit<LiveSession, 'active' | 'isDemo'> & { active: number; isDemo: number }) | undefined;
  return row && { ...row, active: row.active === 1, isDemo: row.isDemo === 1 };
}
