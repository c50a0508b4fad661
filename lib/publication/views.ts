import 'server-only';
import type { Db } from '@/db/client';
import { decisionOfCycle } from '@/db/queries/assessment';
import type { CycleRow } from '@/db/queries/cycles';
import { latestApprovedMotivation } from '@/db/queries/motivation';
import { archiveRows, cyclesOfJuror, nominationsWithMunicipality } from '@/db/queries/publication';
import { isResultPublic } from '@/lib/domain/publication';
import { publicationReadiness } from './readiness';

/*
 * The shapes of the publication pages, built from the database at `now` (tested
 * directly; the loaders in lib/loaders/publication.ts add the session and guard).
 */

const STOCKHOLM_PARTS = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** A UTC instant as the date and time fields show it in Stockholm ('YYYY-MM-DD', 'HH:MM:SS'). */
export function stockholmFields(iso: string | null): { date: string; time: string } {
  if (!iso) return { date: '', time: '' };
  const p: Record<string, string> = {};
  for (const part of STOCKHOLM_PARTS.formatToParts(new Date(iso))) p[part.type] = part.value;
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}:${p.second}` };
}

/** The organiser's publication page of one cycle. */
export function publicationView(db: Db, cycle: CycleRow, now: Date) {
  const ready = publicationReadiness(db, cycle, now);
  const isPublic = isResultPublic({ phase: cycle.phase, embargoAt: cycle.embargoAt }, now);
  const status = cycle.phase !== 'published' ? 'unpublished' : isPublic ? 'public' : 'embargoed';
  return {
    cycle: { id: cycle.id, year: cycle.year, name: cycle.name, phase: cycle.phase },
    status: status as 'unpublished' | 'embargoed' | 'public',
    embargoAt: cycle.embargoAt,
    embargoFields: stockholmFields(cycle.embargoAt),
    decision: ready.decision,
    motivation: ready.motivation,
    missing: cycle.phase === 'published' ? [] : ready.missing,
    canPublish: cycle.phase !== 'published' && ready.missing.length === 0,
    canMoveEmbargo: status === 'embargoed',
    decisionVisibleToJurors: cycle.settings.decisionVisibleToJurors === true,
  };
}

export type PublicationView = ReturnType<typeof publicationView>;

/**
 * What a juror sees of the decisions of the cycles they worked in: the winner and the
 * approved motivation when the organiser has shared it (or the result is public), else nothing.
 */
export function jurorDecisionView(db: Db, jurorId: number, now: Date) {
  return cyclesOfJuror(db, jurorId).map((c) => {
    const shared = c.settings.decisionVisibleToJurors === true || isResultPublic({ phase: c.phase, embargoAt: c.embargoAt }, now);
    const decision = shared ? decisionOfCycle(db, c.id) : null;
    const winner = decision ? nominationsWithMunicipality(db, c.id).find((n) => n.id === decision.winnerNominationId) : undefined;
    return {
      cycle: { id: c.id, name: c.name, year: c.year },
      decision: decision && winner ? { winner: winner.name, rationale: decision.rationale, motivation: latestApprovedMotivation(db, winner.id)?.text ?? null } : null,
    };
  });
}

/** The organiser's archive page: every year with what is known about it. */
export function archiveView(db: Db) {
  return archiveRows(db).map((r) => ({ year: r.year, winner: r.winnerName, motivation: r.motivation ?? '', finalists: (r.finalists ?? []).join('\n'), updatedAt: r.updatedAt }));
}
