/**
 * Ranking by composite, with ties shown as ties.
 *
 * Tie rule: sorted from highest to lowest, a score belongs to the same tie group as the
 * one before it when it is at most TIE_TOLERANCE (1e-9) lower (so near-equal scores that
 * differ only by rounding share a place). A group shares the rank of its first member
 * and the next group's rank skips the places used — standard competition ranking,
 * "1224". Within a group, and among unranked items, the order is by id (display only).
 * Items without a score (null) get rank null and come last.
 */
import { compareIds } from './ids';

export const TIE_TOLERANCE = 1e-9;

export type RankedEntry = { id: string; score: number | null; rank: number | null; tied: boolean };
export type Tie = { rank: number; ids: string[] };
export type Ranking = { entries: RankedEntry[]; ties: Tie[] };

export function rankScores(items: readonly { id: string; score: number | null }[]): Ranking {
  const seen = new Set<string>();
  for (const it of items) {
    if (seen.has(it.id)) throw new Error(`Nomineringen ${it.id} förekommer två gånger i rangordningen`);
    seen.add(it.id);
    if (it.score !== null && !Number.isFinite(it.score)) throw new Error(`Ogiltigt värde för ${it.id}`);
  }
  const scored = items.filter((it) => it.score !== null) as { id: string; score: number }[];
  scored.sort((a, b) => b.score - a.score || compareIds(a.id, b.id));

  const entries: RankedEntry[] = [];
  const ties: Tie[] = [];
  let group: RankedEntry[] = [];
  const closeGroup = () => {
    if (group.length > 1) {
      for (const e of group) e.tied = true;
      // Display order inside a tie: by id, regardless of sub-tolerance differences.
      group.sort((a, b) => compareIds(a.id, b.id));
      ties.push({ rank: group[0].rank!, ids: group.map((e) => e.id) });
    }
    entries.push(...group);
    group = [];
  };
  scored.forEach((it, i) => {
    const prev = i > 0 ? scored[i - 1].score : null;
    if (prev === null || prev - it.score > TIE_TOLERANCE) {
      closeGroup();
      group.push({ id: it.id, score: it.score, rank: i + 1, tied: false });
    } else {
      group.push({ id: it.id, score: it.score, rank: group[0].rank, tied: false });
    }
  });
  closeGroup();

  const unscored = items.filter((it) => it.score === null).sort((a, b) => compareIds(a.id, b.id));
  for (const it of unscored) entries.push({ id: it.id, score: null, rank: null, tied: false });
  return { entries, ties };
}

/** Ids sharing rank 1 (more than one only when first place is tied). */
export function firstPlace(ranking: Ranking): string[] {
  return ranking.entries.filter((e) => e.rank === 1).map((e) => e.id);
}

/** Ids with rank ≤ k (a tie at place k can make the set larger than k), sorted. */
export function topSet(ranking: Ranking, k: number): string[] {
  return ranking.entries
    .filter((e) => e.rank !== null && e.rank <= k)
    .map((e) => e.id)
    .sort(compareIds);
}
