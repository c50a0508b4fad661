/**
 * When a cycle's result is public. The one rule every public surface, export,
 * PDF and API asks, on every request: a cycle is public only when the organiser
 * has published it (phase `published`) and its embargo instant has passed.
 * No timer is involved, so the answer is right one second before and one second
 * after the embargo whatever happened to the server in between.
 */
import type { Phase } from './phases';

export type PublicationState = { phase: Phase; embargoAt: string | null };

export function isResultPublic(cycle: PublicationState, now: Date): boolean {
  if (cycle.phase !== 'published' || !cycle.embargoAt) return false;
  const at = Date.parse(cycle.embargoAt);
  return Number.isFinite(at) && now.getTime() >= at;
}
