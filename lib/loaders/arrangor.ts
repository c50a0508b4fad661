import 'server-only';
import { finalistsOfCycle, interviewNotesOf } from '@/db/queries/scoring';
import { notFound } from 'next/navigation';
import { getDb, type Db } from '@/db/client';
import {
  cycleById,
  cycleChoices,
  cyclesWithCounts,
  phaseDatesOf,
  rubricLockOf,
  rubricOf,
  scoredCriterionIds,
} from '@/db/queries/cycles';
import { requireArea } from '@/lib/auth/guards';
import { actionLocale, enterLocale } from '@/lib/i18n/server-locale';
import { canMovePhaseGenerically, permits, phaseOrder } from '@/lib/domain/phases';
import { verdictText, whatMoveLocks } from '@/lib/i18n/refusal';

/** The organiser's overview: every cycle with its phase and counts. */
export async function loadCycleOverview() {
  await requireArea('arrangor');
  const cycles = cyclesWithCounts(getDb());
  return {
    cycles: cycles.map((c) => ({
      id: c.id,
      year: c.year,
      name: c.name,
      mode: c.mode,
      phase: c.phase,
      isDemo: c.isDemo,
      counts: {
        nominations: c.nominations,
        submittedApplications: c.submittedApplications,
        jurors: c.jurors,
        assignments: c.assignments,
        submittedSheets: c.submittedSheets,
      },
    })),
  };
}

// ---------------------------------------------------------------------------
// One cycle: the new-cycle form, the cycle's header, overview and rubric editor

function cycleIdOf(raw: string): number {
  const id = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  return id;
}

/** The cycle named by a route segment, or the 404 page. */
export function cycleOr404(db: Db, raw: string) {
  const cycle = cycleById(db, cycleIdOf(raw));
  if (!cycle) notFound();
  return cycle;
}

const LOCAL_PARTS = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A UTC instant as the date and time inputs show it in Stockholm ('YYYY-MM-DD', 'HH:MM'). */
export function stockholmInputs(iso: string | null | undefined): { date: string; time: string } {
  if (!iso) return { date: '', time: '' };
  const p: Record<string, string> = {};
  for (const part of LOCAL_PARTS.formatToParts(new Date(iso))) p[part.type] = part.value;
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** "Ny omgång": the cycles whose rubric and settings can be copied, newest first. */
export async function loadNewCycleForm() {
  await requireArea('arrangor');
  const choices = cycleChoices(getDb());
  const latest = choices[0];
  return {
    choices: choices.map((c) => ({ id: c.id, label: `${c.name} (${c.year})` })),
    defaults: {
      year: String(latest ? latest.year + 2 : new Date().getUTCFullYear() + 1),
      name: '',
      mode: 'open_application' as const,
      copyFromCycleId: latest ? String(latest.id) : '',
    },
  };
}

/** The cycle's name and phase for its sub-navigation; 404 for an unknown id. */
export async function loadCycleHeader(rawId: string) {
  await requireArea('arrangor');
  const cycle = cycleOr404(getDb(), rawId);
  return { id: cycle.id, name: cycle.name, year: cycle.year, mode: cycle.mode, phase: cycle.phase };
}

/** A cycle's overview: phase, the moves the organiser can make (and what each locks), dates, counts. */
export async function loadCycle(rawId: string) {
  const user = await requireArea('arrangor');
  // Phase refusals in the reader's language.
  enterLocale(await actionLocale(user.id));
  const db = getDb();
  const cycle = cycleOr404(db, rawId);
  const order = phaseOrder(cycle.mode);
  const dates = new Map(phaseDatesOf(db, cycle.id).map((d) => [d.phase, d]));
  const counts = cyclesWithCounts(db).find((c) => c.id === cycle.id);
  const lock = rubricLockOf(db, cycle);
  return {
    cycle: {
      id: cycle.id,
      year: cycle.year,
      name: cycle.name,
      mode: cycle.mode,
      phase: cycle.phase,
      isDemo: cycle.isDemo,
      scale: { min: cycle.scaleMin, max: cycle.scaleMax },
    },
    phases: order.map((p) => ({
      phase: p,
      current: p === cycle.phase,
      startsAt: dates.get(p)?.startsAt ?? null,
      endsAt: dates.get(p)?.endsAt ?? null,
    })),
    moves: order
      .filter((p) => p !== cycle.phase)
      .map((to) => {
        const verdict = canMovePhaseGenerically(cycle.mode, cycle.phase, to);
        return {
          to,
          allowed: verdict.ok,
          reason: verdictText(verdict),
          locks: whatMoveLocks(cycle.mode, cycle.phase, to),
        };
      }),
    dateRows: order
      .filter((p) => p !== 'draft')
      .map((p) => {
        const start = stockholmInputs(dates.get(p)?.startsAt);
        const end = stockholmInputs(dates.get(p)?.endsAt);
        return { phase: p, startDate: start.date, startTime: start.time, endDate: end.date, endTime: end.time };
      }),
    datesEditable: cycle.phase !== 'published',
    rubricLock: { locked: lock.locked, since: lock.since },
    counts: {
      nominations: counts?.nominations ?? 0,
      submittedApplications: counts?.submittedApplications ?? 0,
      jurors: counts?.jurors ?? 0,
      assignments: counts?.assignments ?? 0,
      submittedSheets: counts?.submittedSheets ?? 0,
    },
  };
}

/** The rubric editor: the rubric as form values, whether it can be edited now, and why not. */
export async function loadRubricEditor(rawId: string) {
  const user = await requireArea('arrangor');
  // Phase refusals in the reader's language.
  enterLocale(await actionLocale(user.id));
  const db = getDb();
  const cycle = cycleOr404(db, rawId);
  const lock = rubricLockOf(db, cycle);
  const phase = permits({ mode: cycle.mode, phase: cycle.phase, dates: {} }, 'edit_rubric', new Date());
  const scored = scoredCriterionIds(db, cycle.id);
  return {
    cycle: { id: cycle.id, name: cycle.name, phase: cycle.phase },
    lock: { locked: lock.locked, since: lock.since, unlockedAt: lock.unlockedAt, unlockReason: lock.unlockReason },
    phaseRefusal: verdictText(phase),
    editable: phase.ok && !lock.locked,
    canUnlock: phase.ok && lock.locked,
    scoredCriterionIds: [...scored],
    form: {
      cycleId: String(cycle.id),
      scaleMin: String(cycle.scaleMin),
      scaleMax: String(cycle.scaleMax),
      areas: rubricOf(db, cycle.id).map((a) => ({
        id: String(a.id),
        name: a.name,
        description: a.description,
        weight: String(a.weight).replace('.', ','),
        criteria: a.criteria.map((c) => ({
          id: String(c.id),
          title: c.title,
          guidance: c.guidance,
          lowText: c.lowText,
          midText: c.midText,
          highText: c.highText,
          weight: String(c.weight).replace('.', ','),
        })),
      })),
    },
  };
}

/** Every juror's interview notes for each finalist, per area side by side (organisers see them all). */
export async function loadInterviewOverview(rawId: string) {
  await requireArea('arrangor');
  const db = getDb();
  const cycle = cycleOr404(db, rawId);
  const areas = rubricOf(db, cycle.id).map((a) => ({ id: a.id, name: a.name }));
  return {
    cycle: { id: cycle.id, name: cycle.name, phase: cycle.phase },
    areas,
    finalists: finalistsOfCycle(db, cycle.id).map((f) => {
      const notes = interviewNotesOf(db, f.id, null);
      return {
        id: f.id,
        municipality: f.municipality,
        jurors: [...new Set(notes.map((n) => n.jurorName))],
        areas: areas.map((a) => ({
          id: a.id,
          name: a.name,
          notes: notes
            .filter((n) => n.areaId === a.id)
            .map((n) => ({
              juror: n.jurorName,
              roles: n.interviewedRoles,
              date: n.interviewDate,
              observations: n.observations,
              strengths: n.strengths,
              concerns: n.concerns,
              score: n.score,
            })),
        })),
      };
    }),
  };
}
