import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users } from '@/db/schema/people';

/** The interface language a user chose ('sv' unless they chose English). */
export function findUserLocale(db: Db, userId: number): 'sv' | 'en' {
  return db.select({ locale: users.locale }).from(users).where(eq(users.id, userId)).get()?.locale ?? 'sv';
}

export function setUserLocale(db: Db, userId: number, locale: 'sv' | 'en'): void {
  db.update(users).set({ locale }).where(eq(users.id, userId)).run();
}
