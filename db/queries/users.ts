import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { municipalities, sessions, users } from '../schema';

export function findUserByEmail(db: Db, email: string) {
  return db
    .select()
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()))
    .get();
}

export function createSession(db: Db, input: { id: string; userId: number; at: string }) {
  db.insert(sessions)
    .values({ id: input.id, userId: input.userId, createdAt: input.at, lastSeenAt: input.at })
    .run();
}

export function revokeSession(db: Db, id: string, at: string) {
  db.update(sessions)
    .set({ revokedAt: at })
    .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)))
    .run();
}

/** The user behind a live session, or undefined when the session is revoked or unknown. */
export function findSessionUser(db: Db, sessionId: string) {
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      organisation: users.organisation,
      kommunkod: users.kommunkod,
      municipalityName: municipalities.name,
      active: users.active,
      sessionVersion: users.sessionVersion,
      isDemo: users.isDemo,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(municipalities, eq(municipalities.kommunkod, users.kommunkod))
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)))
    .get();
}

export function touchSession(db: Db, sessionId: string, at: string) {
  db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, sessionId)).run();
}

export function countUsers(db: Db): number {
  return db.select({ n: sql<number>`count(*)` }).from(users).get()?.n ?? 0;
}
