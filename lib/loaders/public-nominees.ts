import 'server-only';
import { connection } from 'next/server';
import { getDb, type Db } from '@/db/client';
import { keyFigureCyclesOfYear } from '@/db/queries/nominees';
import { areNomineesPublic, publicNominees } from '@/lib/domain/nominees-announcement';
import { nomineeStandings } from './nominees';

/*
 * The public list of a year's nominees (no sign-in). What it returns is public by
 * areNomineesPublic, evaluated here at request time; before the announcement the
 * year has no nominees (null, answered 404), whatever exists in the database.
 */

export type PublicNominees = {
  year: number;
  cycles: { name: string; announcedAt: string; nominees: { name: string; county: string | null }[] }[];
};

/** The key-figure cycles of the year whose nominees are public at `now`, each with its list; null when none is. */
export function publicNomineesOfYear(db: Db, year: number, now: Date): PublicNominees | null {
  const cycles = keyFigureCyclesOfYear(db, year).filter((c) => areNomineesPublic(c, now));
  if (cycles.length === 0) return null;
  return {
    year,
    cycles: cycles.map((c) => ({ name: c.name, announcedAt: c.nomineesAnnounceAt!, nominees: publicNominees(nomineeStandings(db, c.id)) })),
  };
}

/** The year's public nominees, or null; `connection()` keeps it off every prerender and cache. */
export async function loadPublicNominees(rawYear: string): Promise<PublicNominees | null> {
  await connection();
  const now = new Date();
  if (!/^\d{4}$/.test(rawYear)) return null;
  return publicNomineesOfYear(getDb(), Number(rawYear), now);
}
