import type { Db } from '@/db/client';
import { insertArchiveRowIfMissing, municipalityCodeByName } from '@/db/queries/publication';

/** The real winners of Sveriges KvalitetsKommun since the award began (year and winner only). */
export const ARCHIVE_WINNERS: readonly { year: number; winner: string }[] = [
  { year: 2003, winner: 'Botkyrka' },
  { year: 2005, winner: 'Umeå' },
  { year: 2007, winner: 'Lomma' },
  { year: 2009, winner: 'Stockholm' },
  { year: 2011, winner: 'Kungsbacka' },
  { year: 2013, winner: 'Örebro' },
  { year: 2015, winner: 'Kävlinge' },
  { year: 2017, winner: 'Helsingborg' },
  { year: 2019, winner: 'Sollentuna' },
  { year: 2021, winner: 'Nacka' },
  { year: 2023, winner: 'Höganäs' },
  { year: 2025, winner: 'Mörbylånga' },
];

/** A fixed instant for the seeded rows, so every fresh database gets the same rows. */
export const ARCHIVE_SEEDED_AT = '2026-01-01T00:00:00.000Z';

/**
 * Adds the archive's years that are missing, with the kommunkod looked up in the
 * official list (sync the municipalities first). Rows already there are left as the
 * organisers edited them. Returns the number of years added.
 */
export function seedArchive(db: Db, at = ARCHIVE_SEEDED_AT): number {
  let added = 0;
  for (const { year, winner } of ARCHIVE_WINNERS) {
    const kommunkod = municipalityCodeByName(db, winner);
    if (!kommunkod) throw new Error(`Kommunen ${winner} finns inte i kommunlistan.`);
    if (insertArchiveRowIfMissing(db, { year, kommunkod, winnerName: winner, finalists: [], updatedAt: at })) added += 1;
  }
  return added;
}
