import 'server-only';
import { notFound } from 'next/navigation';
import { getDb, type Db } from '@/db/client';
import { cycleById, type CycleRow } from '@/db/queries/cycles';
import { invitationStatus } from '@/db/queries/invitations';
import {
  keyFigureNominations,
  latestKeyFigureCycle,
  municipalityContacts,
  nominationEvents,
  nominationInvitations,
  nominationWithCycle,
} from '@/db/queries/nominees';
import { latestScreeningRun } from '@/db/queries/screening';
import { requireArea } from '@/lib/auth/guards';
import { actionLocale, enterLocale } from '@/lib/i18n/server-locale';
import { areNomineesPublic, publicNominees } from '@/lib/domain/nominees-announcement';
import type { Phase } from '@/lib/domain/phases';
import type { ScreeningResult } from '@/lib/domain/screening';
import { componentStandings, hasTieAtN, nominationVerdict, proposeNominees } from '@/lib/domain/screening-nominations';
import type { StabilityResult } from '@/lib/domain/screening-stability';
import { stockholmFields } from '@/lib/publication/views';
import { verdictText } from '@/lib/i18n/refusal';

export type NomineeState = 'not_invited' | 'invited' | 'accepted' | 'declined';

type Event = ReturnType<typeof nominationEvents>[number];

const isMailing = (e: Event) => e.action === 'nomination.invited' || e.action === 'nomination.invitation_resent';

/** Declined, accepted (answered yes), invited (mailed at least once) or not yet invited. */
function stateOf(n: { status: string; respondedAt: string | null }, mailings: number): NomineeState {
  if (n.status === 'declined') return 'declined';
  if (n.status === 'invited') return mailings > 0 ? 'invited' : 'not_invited';
  return n.respondedAt ? 'accepted' : 'invited';
}

/** Each nomination's name, county, state and answer time, without the contacts (for the public list). */
export function nomineeStandings(db: Db, cycleId: number) {
  const mailed = new Set(nominationEvents(db, cycleId).filter(isMailing).map((e) => e.entityId));
  return keyFigureNominations(db, cycleId).map((n) => ({ name: n.name, county: n.county, state: stateOf(n, mailed.has(String(n.id)) ? 1 : 0), respondedAt: n.respondedAt }));
}

/** Invitation state and times of each nomination, from its status and its audited events. */
export function nomineeStates(db: Db, cycleId: number, now = new Date().toISOString()) {
  const events = nominationEvents(db, cycleId);
  const byNomination = new Map<string, Event[]>();
  for (const e of events) byNomination.set(e.entityId ?? '', [...(byNomination.get(e.entityId ?? '') ?? []), e]);
  const invitations = nominationInvitations(db, cycleId);
  return keyFigureNominations(db, cycleId).map((n) => {
    const own = byNomination.get(String(n.id)) ?? [];
    const mailings = own.filter(isMailing);
    const declined = own.filter((e) => e.action === 'nomination.declined').at(-1);
    const state = stateOf(n, mailings.length);
    const declineReason = (declined?.after as { reason?: string } | null)?.reason ?? null;
    return {
      id: n.id,
      kommunkod: n.kommunkod,
      name: n.name,
      county: n.county,
      status: n.status,
      reason: n.reason,
      fromRun: n.screeningRunId,
      state,
      nominatedAt: n.createdAt,
      firstInvitedAt: mailings[0]?.at ?? null,
      lastInvitedAt: mailings.at(-1)?.at ?? null,
      timesInvited: mailings.length,
      respondedAt: n.respondedAt,
      declineReason,
      contacts: municipalityContacts(db, n.kommunkod).map((c) => c.email),
      invitations: invitations
        .filter((i) => i.kommunkod === n.kommunkod)
        .map((i) => ({ email: i.email, status: invitationStatus(i, now), expiresAt: i.expiresAt })),
    };
  });
}

/** The nominees page: the latest run's proposal with stability, the nominations and their invitation state. */
export async function loadNominees(cycleId: number) {
  const user = await requireArea('arrangor');
  // Phase refusals in the reader's language.
  enterLocale(await actionLocale(user.id));
  if (!Number.isSafeInteger(cycleId) || cycleId <= 0) notFound();
  const db = getDb();
  const cycle = cycleById(db, cycleId);
  if (!cycle) notFound();
  const verdict = nominationVerdict(cycle.mode, cycle.phase as Phase);
  const nominees = nomineeStates(db, cycle.id);
  const base = {
    cycle: { id: cycle.id, year: cycle.year, name: cycle.name, mode: cycle.mode, phase: cycle.phase },
    open: verdict.ok,
    closedReason: verdictText(verdict),
    announcement: announcementOf(cycle, nominees, new Date()),
  };
  const run = latestScreeningRun(db, cycle.id);
  if (!run) return { ...base, run: null, candidates: [], nominees, nextOnList: null };
  const result = run.results as ScreeningResult;
  const stability = new Map((run.stability as StabilityResult).rows.map((s) => [s.kommunkod, s]));
  const nominated = new Set(nominees.map((n) => n.kommunkod));
  const proposal = proposeNominees(result, run.topN, 10);
  const candidates = proposal.map((p) => {
    const s = stability.get(p.kommunkod);
    return { ...p, nominated: nominated.has(p.kommunkod), stability: s ? { classification: s.classification, share: s.share, explanation: s.explanation, leaveOut: s.leaveOut, weights: s.weights, bootstrap: s.bootstrap, mostMovedBy: s.mostMovedBy } : null };
  });
  const declined = nominees.some((n) => n.state === 'declined');
  const next = candidates.find((c) => !c.nominated && !c.proposed) ?? null;
  return {
    ...base,
    run: { id: run.id, createdAt: run.createdAt, topN: run.topN, years: result.years, isDemo: run.isDemo, tie: hasTieAtN(proposal, run.topN) },
    candidates,
    nominees,
    nextOnList: declined && next ? { kommunkod: next.kommunkod, namn: next.namn, rank: next.rank } : null,
  };
}

export type NomineesPage = Awaited<ReturnType<typeof loadNominees>>;

/**
 * The public announcement as the organiser's page shows it: the instant, whether it
 * has passed (then it can no longer change), who the public list shows, who it
 * leaves out until invited, and who declined after the announcement.
 */
function announcementOf(cycle: CycleRow, nominees: ReturnType<typeof nomineeStates>, now: Date) {
  const at = cycle.nomineesAnnounceAt;
  const isPublic = areNomineesPublic(cycle, now);
  return {
    at,
    isPublic,
    canChange: cycle.mode === 'key_figures' && !isPublic,
    fields: stockholmFields(at),
    publicHref: `/nominerade/${cycle.year}`,
    shown: publicNominees(nominees).map((n) => n.name),
    notInvited: nominees.filter((n) => n.state === 'not_invited').map((n) => n.name),
    declinedAfter: isPublic && at ? nominees.filter((n) => n.state === 'declined' && n.respondedAt !== null && n.respondedAt >= at).map((n) => n.name) : [],
  };
}

/** A municipality contact's view of one of its nominations by key figures: null when it is none (or not theirs). */
export async function loadNominationResponse(nominationId: number) {
  const user = await requireArea('kommun');
  // Phase refusals in the reader's language.
  enterLocale(await actionLocale(user.id));
  const db = getDb();
  const n = nominationWithCycle(db, nominationId);
  if (!n || !user.kommunkod || n.kommunkod !== user.kommunkod || n.mode !== 'key_figures' || !n.reason) return null;
  const verdict = nominationVerdict(n.mode, n.phase as Phase);
  const declined = nominationEvents(db, n.cycleId).filter((e) => e.action === 'nomination.declined' && e.entityId === String(n.id)).at(-1);
  return {
    id: n.id,
    cycleName: n.cycleName,
    municipality: n.municipality,
    reason: n.reason,
    status: n.status,
    respondedAt: n.respondedAt,
    canRespond: n.status === 'invited' && verdict.ok,
    closedReason: verdictText(verdict),
    declineReason: (declined?.after as { reason?: string } | null)?.reason ?? null,
  };
}

/**
 * The municipality profile's screening part: in the newest key-figure cycle, the
 * latest run's composite, rank, coverage and each component with its standing,
 * the stability if it is in the top N, and the nomination's state.
 */
export async function loadMunicipalityScreening(kommunkod: string) {
  await requireArea('arrangor');
  const db = getDb();
  const cycle = latestKeyFigureCycle(db);
  if (!cycle) return null;
  const run = latestScreeningRun(db, cycle.id);
  const nomination = nomineeStates(db, cycle.id).find((n) => n.kommunkod === kommunkod) ?? null;
  const base = { cycle: { id: cycle.id, name: cycle.name }, nomination: nomination && { state: nomination.state, reason: nomination.reason, respondedAt: nomination.respondedAt, lastInvitedAt: nomination.lastInvitedAt } };
  if (!run) return { ...base, run: null };
  const result = run.results as ScreeningResult;
  const row = result.rows.find((r) => r.kommunkod === kommunkod);
  if (!row) return { ...base, run: null };
  const stability = (run.stability as StabilityResult).rows.find((s) => s.kommunkod === kommunkod) ?? null;
  return {
    ...base,
    run: {
      id: run.id,
      createdAt: run.createdAt,
      years: result.years,
      topN: run.topN,
      isDemo: run.isDemo,
      rank: row.rank,
      ranked: result.rows.filter((r) => r.rank !== null).length,
      composite: row.composite,
      coverage: row.coverage,
      insufficient: row.insufficient,
      components: Object.entries(row.components).map(([name, index]) => {
        const s = componentStandings(row, result.rows).find((x) => x.component === name);
        return { name, index, top: s?.top ?? null };
      }),
      // The tallies too, so the page can say the explanation in the reader's language (the stored one is Swedish).
      stability: stability && { classification: stability.classification, explanation: stability.explanation, leaveOut: stability.leaveOut, weights: stability.weights, bootstrap: stability.bootstrap, mostMovedBy: stability.mostMovedBy },
    },
  };
}
