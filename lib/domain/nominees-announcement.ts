/**
 * When a key-figure cycle's nominees are public, and which of them the public sees.
 * The one rule every public surface (page, API) asks on every request, like
 * isResultPublic for the results: public only in a key-figure cycle whose
 * announcement instant (set by the organiser, UTC ISO) has passed. No timer is
 * involved, so the answer is right one second before and one second after.
 */
import type { CycleMode } from './phases';

export type AnnouncementState = { mode: CycleMode; nomineesAnnounceAt: string | null };

export function areNomineesPublic(cycle: AnnouncementState, now: Date): boolean {
  if (cycle.mode !== 'key_figures' || !cycle.nomineesAnnounceAt) return false;
  const at = Date.parse(cycle.nomineesAnnounceAt);
  return Number.isFinite(at) && now.getTime() >= at;
}

/** A nominee as the organiser's page knows it: not yet invited, invited, accepted or declined. */
export type NomineeStanding = { name: string; county: string | null; state: 'not_invited' | 'invited' | 'accepted' | 'declined' };

/**
 * The nominees the public list shows once the announcement has passed: those that
 * were told (invited) or accepted. A municipality that declined leaves the list (also
 * after the announcement); one that has not been sent its invitation yet is not
 * named in public before it has heard of it. Sorted by name (Swedish order), not by
 * screening rank: the public list is an announcement, not a ranking.
 */
export function publicNominees<T extends NomineeStanding>(nominees: readonly T[]): { name: string; county: string | null }[] {
  return nominees
    .filter((n) => n.state === 'invited' || n.state === 'accepted')
    .map((n) => ({ name: n.name, county: n.county }))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}
