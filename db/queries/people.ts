import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { municipalities, users } from '../schema';
import type { Role } from '../schema/people';

/** Everyone who can sign in, with their municipality's name, by role then name. */
export function listPeople(db: Db) {
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      organisation: users.organisation,
      kommunkod: users.kommunkod,
      municipality: municipalities.name,
      active: users.active,
      isDemo: users.isDemo,
      createdAt: users.createdAt,
    })
    .from(users)
    .leftJoin(municipalities, eq(municipalities.kommunkod, users.kommunkod))
    .orderBy(asc(users.role), asc(users.name))
    .all();
}

export function userById(db: Db, id: number) {
  return db.select().from(users).where(eq(users.id, id)).get();
}

/** Active users of one role (e.g. every organiser to notify, every juror to assign). */
export function activeUsersByRole(db: Db, role: Role) {
  return db
    .select({ id: users.id, email: users.email, name: users.name, organisation: users.organisation, locale: users.locale })
    .from(users)
    .where(sql`${users.role} = ${role} and ${users.active} = 1`)
    .orderBy(asc(users.name), asc(users.id))
    .all();
}

/** Which of these e-mail addresses already have an account. */
export function existingEmails(db: Db, emails: string[]): Set<string> {
  if (emails.length === 0) return new Set();
  return new Set(
    db
      .select({ email: users.email })
      .from(users)
      .where(inArray(users.email, emails))
      .all()
      .map((r) => r.email),
  );
}

/** Sets active and raises the session version, so every session of the person ends at its next request. */
export function setUserActive(db: Db, id: number, active: boolean) {
  db.update(users)
    .set({ active, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, id))
    .run();
}

export function createUser(db: Db, values: typeof users.$inferInsert) {
  return db.insert(users).values(values).returning({ id: users.id }).get().id;
}

/** The official list of municipalities, by name (Swedish order). */
export function municipalityList(db: Db) {
  const rows = db
    .select({ kommunkod: municipalities.kommunkod, name: municipalities.name, county: municipalities.county })
    .from(municipalities)
    .all();
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'sv-SE'));
}

export function municipalityByCode(db: Db, kommunkod: string) {
  return db.select().from(municipalities).where(eq(municipalities.kommunkod, kommunkod)).get();
}

export function knownKommunkoder(db: Db, codes: string[]): Set<string> {
  if (codes.length === 0) return new Set();
  return new Set(
    db
      .select({ k: municipalities.kommunkod })
      .from(municipalities)
      .where(inArray(municipalities.kommunkod, codes))
      .all()
      .map((r) => r.k),
  );
}
