import 'server-only';
import type { Db } from '@/db/client';
import { decisionOfCycle } from '@/db/queries/assessment';
import { cycleById } from '@/db/queries/cycles';
import { latestApprovedMotivation } from '@/db/queries/motivation';
import { archiveRows, cyclesOfYear, jurorsOfCycle, nominationsWithMunicipality, publishedCycles } from '@/db/queries/publication';
import { developmentHonourOf, type DevelopmentHonour } from '@/lib/domain/development-choice';
import { isResultPublic } from '@/lib/domain/publication';

/*
 * The public results: what anyone may see, at the instant `now`. Every public surface
 * (pages, titles and metadata, sitemap, JSON API) reads through these functions and
 * nothing else, so the embargo rule (isResultPublic) is applied in one place, on
 * every request. A cycle whose result is public takes precedence over its year's
 * archive row; a cycle that is not public yet contributes nothing at all.
 */

export type PublicYear = { year: number; winner: string; kommunkod: string | null; source: 'cycle' | 'archive' };

export type PublicResult = {
  year: number;
  source: 'cycle' | 'archive';
  winner: { name: string; kommunkod: string | null; county: string | null };
  motivation: string | null;
  finalists: { name: string; kommunkod: string | null; line: string | null }[];
  jury: { name: string; organisation: string | null }[];
  /** The honour mention for the steadiest positive development (key-figure cycles), when named. */
  developmentMunicipality: DevelopmentHonour | null;
  /** The embargo instant the result became public at (cycles only). */
  publishedAt: string | null;
};

/** The first sentence of a text (for a finalist's short line). */
export function firstSentence(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  const m = /^(.+?[.!?])(\s|$)/.exec(t);
  return m ? m[1] : t;
}

/** Cycles whose result is public at `now`, newest year first; the latest embargo wins within a year. */
function publicCycles(db: Db, now: Date) {
  const byYear = new Map<number, ReturnType<typeof publishedCycles>[number]>();
  for (const c of publishedCycles(db)) {
    if (!isResultPublic({ phase: c.phase, embargoAt: c.embargoAt }, now)) continue;
    if (!byYear.has(c.year) && decisionOfCycle(db, c.id)) byYear.set(c.year, c);
  }
  return byYear;
}

function resultOfCycle(db: Db, cycle: { id: number; year: number; embargoAt: string | null }): PublicResult | null {
  const decision = decisionOfCycle(db, cycle.id);
  if (!decision) return null;
  const noms = nominationsWithMunicipality(db, cycle.id);
  const winner = noms.find((n) => n.id === decision.winnerNominationId);
  if (!winner) return null;
  return {
    year: cycle.year,
    source: 'cycle',
    winner: { name: winner.name, kommunkod: winner.kommunkod, county: winner.county },
    motivation: latestApprovedMotivation(db, winner.id)?.text ?? null,
    finalists: noms
      .filter((n) => n.finalist && n.id !== winner.id)
      .map((n) => {
        const text = latestApprovedMotivation(db, n.id)?.text;
        return { name: n.name, kommunkod: n.kommunkod, line: text ? firstSentence(text) : null };
      }),
    jury: jurorsOfCycle(db, cycle.id).map((j) => ({ name: j.name, organisation: j.organisation })),
    developmentMunicipality: developmentHonourOf(cycleById(db, cycle.id)?.settings),
    publishedAt: cycle.embargoAt,
  };
}

/** Every year with a public result, newest first: public cycles and the archive. */
export function publicYears(db: Db, now: Date): PublicYear[] {
  const out = new Map<number, PublicYear>();
  for (const r of archiveRows(db)) out.set(r.year, { year: r.year, winner: r.winnerName, kommunkod: r.kommunkod, source: 'archive' });
  for (const c of publicCycles(db, now).values()) {
    const result = resultOfCycle(db, c);
    if (result) out.set(c.year, { year: c.year, winner: result.winner.name, kommunkod: result.winner.kommunkod, source: 'cycle' });
  }
  return [...out.values()].sort((a, b) => b.year - a.year);
}

/** The public result of one year at `now`, or null (not public yet and never existed look the same). */
export function publicResultOfYear(db: Db, year: number, now: Date): PublicResult | null {
  if (!Number.isSafeInteger(year)) return null;
  const cycle = publicCycles(db, now).get(year);
  const fromCycle = cycle ? resultOfCycle(db, cycle) : null;
  if (fromCycle) return fromCycle;
  const row = archiveRows(db).find((r) => r.year === year);
  if (!row) return null;
  return {
    year,
    source: 'archive',
    winner: { name: row.winnerName, kommunkod: row.kommunkod, county: row.county ?? null },
    motivation: row.motivation ?? null,
    finalists: (row.finalists ?? []).map((name) => ({ name, kommunkod: null, line: null })),
    jury: [],
    developmentMunicipality: null,
    publishedAt: null,
  };
}

/**
 * Whether a public answer about `year` may be cached at all: only when no cycle of
 * that year is still unpublished. Such a cycle could become public at any moment (its
 * embargo can be set to a second from now), so an answer cached from the archive row
 * could outlive it; and an embargo passed is final, so a public cycle's answer stays right.
 */
export function yearIsSettled(db: Db, year: number, now: Date): boolean {
  return cyclesOfYear(db, year).every((c) => isResultPublic({ phase: c.phase, embargoAt: c.embargoAt }, now));
}
