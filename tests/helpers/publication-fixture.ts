import { assignments, cycles, decisions, motivationVersions, nominations, users } from '@/db/schema';
import type { Db } from '@/db/client';
import type { Phase } from '@/lib/domain/phases';

/** Sentences that are easy to look for in an answer. */
export const WINNER_MOTIVATION = 'Gnosjö styr med tydliga mål och följer upp dem varje kvartal. Ekonomin är stark.';
export const FINALIST_MOTIVATION = 'Habo bygger samhället tillsammans med invånarna. Resten av texten.';

type Options = { year: number; phase?: Phase; embargoAt?: string | null; approved?: boolean; decided?: boolean; name?: string };

/**
 * A cycle of its own with three finalists (Gnosjö wins over Habo and Svedala), two
 * jurors assigned, a recorded decision and approved motivations — inserted directly.
 */
export function insertDecidedCycle(db: Db, opts: Options) {
  const at = '2030-01-01T00:00:00.000Z';
  const cycle = db
    .insert(cycles)
    .values({ year: opts.year, name: opts.name ?? `Omgång ${opts.year}`, phase: opts.phase ?? 'decided', embargoAt: opts.embargoAt ?? null, settings: { pressReleaseQuote: 'Citat' }, createdAt: at })
    .returning()
    .get();
  const nom = (kommunkod: string) =>
    db.insert(nominations).values({ cycleId: cycle.id, kommunkod, status: 'submitted', finalist: true, updatedAt: at, createdAt: at }).returning().get().id;
  const winner = nom('0617'); // Gnosjö
  const habo = nom('0643'); // Habo
  const svedala = nom('1263'); // Svedala
  const other = db.insert(nominations).values({ cycleId: cycle.id, kommunkod: '0114', status: 'submitted', updatedAt: at, createdAt: at }).returning().get().id;
  const juror = (email: string, name: string, organisation: string) =>
    db.insert(users).values({ email, name, role: 'juror', organisation }).returning().get().id;
  const j1 = juror(`j1-${opts.year}@example.org`, 'Anna Jurist', 'SKR');
  const j2 = juror(`j2-${opts.year}@example.org`, 'Bo Bedömare', 'Vision');
  for (const j of [j1, j2]) for (const n of [winner, habo, svedala, other]) db.insert(assignments).values({ nominationId: n, jurorId: j, createdAt: at }).run();
  if (opts.decided !== false) {
    db.insert(decisions).values({ cycleId: cycle.id, winnerNominationId: winner, rationale: 'Juryns skäl till beslutet, hemliga före embargot.', rankingSnapshot: {}, decidedAt: at }).run();
  }
  const approvedAt = opts.approved === false ? null : at;
  db.insert(motivationVersions).values({ nominationId: winner, version: 1, text: 'Ett tidigt utkast.', evidence: [], createdAt: at }).run();
  db.insert(motivationVersions).values({ nominationId: winner, version: 2, text: WINNER_MOTIVATION, evidence: [], createdAt: at, approvedAt }).run();
  db.insert(motivationVersions).values({ nominationId: habo, version: 1, text: FINALIST_MOTIVATION, evidence: [], createdAt: at, approvedAt: at }).run();
  return { cycleId: cycle.id, winner, habo, svedala, other, jurors: [j1, j2] };
}
