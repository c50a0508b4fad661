import 'server-only';
import { notFound } from 'next/navigation';
import type { Db } from '@/db/client';
import { getDb } from '@/db/client';
import { activeUsersByRole } from '@/db/queries/people';
import { assignmentsOfCycle, conflictPairsOfCycle, cycleById, reviewableNominations } from '@/db/queries/assignments';
import { requireArea } from '@/lib/auth/guards';
import { assignJurors, defaultJurorsPerNomination, type JurorsPerNomination, type ShortCode } from '@/lib/domain/assignment';
import { type Phase } from '@/lib/domain/phases';
import { actionLocale, enterLocale, phaseName } from '@/lib/i18n/server-locale';
import { vt } from '@/lib/i18n/validation';

export type Pair = { jurorId: number; nominationId: number };

/** Phases in which the organiser may change who reads what. */
export const ASSIGNMENT_PHASES: readonly Phase[] = ['draft', 'screening', 'applications_open', 'review'];

export function assignmentPhaseRefusal(phase: Phase): string | null {
  return ASSIGNMENT_PHASES.includes(phase)
    ? null
    : vt('valLoaders.assignmentPhase', { phase: phaseName(phase), last: phaseName('review') });
}

export type AssignmentSettings = { jurorsPerNomination?: JurorsPerNomination; exclusions?: Pair[] };

/** The saved choices of the assignment page, kept in cycles.settings.assignment. */
export function assignmentSettingsOf(settings: Record<string, unknown>): AssignmentSettings {
  const raw = (settings.assignment ?? {}) as AssignmentSettings;
  return {
    jurorsPerNomination: raw.jurorsPerNomination,
    exclusions: Array.isArray(raw.exclusions) ? raw.exclusions.filter((p) => Number.isInteger(p?.jurorId) && Number.isInteger(p?.nominationId)) : [],
  };
}

/**
 * Runs the balanced assignment on the cycle as it is in the database. Explicit
 * pins and exclusions come from the organiser; an existing assignment whose juror
 * has started or submitted a score sheet is kept as a pin, so saving never takes
 * work away from a juror (only a conflict does that).
 */
export function computeAssignment(
  db: Db,
  cycleId: number,
  choices: { jurorsPerNomination?: JurorsPerNomination; pins: Pair[]; exclusions: Pair[] },
) {
  const cycle = cycleById(db, cycleId);
  if (!cycle) return null;
  const nominations = reviewableNominations(db, cycleId, cycle.mode);
  const jurors = activeUsersByRole(db, 'juror');
  const conflicts = conflictPairsOfCycle(db, cycleId);
  const current = assignmentsOfCycle(db, cycleId);
  const started = current.filter((a) => a.sheetStatus !== null).map((a) => ({ jurorId: a.jurorId, nominationId: a.nominationId }));
  const key = (p: Pair) => `${p.nominationId}:${p.jurorId}`;
  const explicitPins = new Set(choices.pins.map(key));
  const pins = [...choices.pins, ...started.filter((p) => !explicitPins.has(key(p)))];
  const jurorsPerNomination = choices.jurorsPerNomination ?? defaultJurorsPerNomination(nominations.length);
  const result = assignJurors({
    nominations: nominations.map((n) => ({ id: n.id, kommunkod: n.kommunkod })),
    jurors: jurors.map((j) => ({ id: j.id, organisation: j.organisation })),
    conflicts,
    pins,
    exclusions: choices.exclusions,
    jurorsPerNomination,
  });
  return { cycle, nominations, jurors, conflicts, current, started, explicitPins, result, jurorsPerNomination };
}

type Computed = NonNullable<ReturnType<typeof computeAssignment>>;

/** Why a nomination is short, in the reader's language. */
function shortText(code: ShortCode, count: number): string {
  if (code === 'noJurors') return vt('valAssignment.short.noJurors');
  if (count === 0 && code !== 'tooFewJurors') return vt(code === 'tooManyConflicts' ? 'valAssignment.short.tooManyConflictsNone' : 'valAssignment.short.tooManyExclusionsNone');
  return vt(`valAssignment.short.${code}`, { people: vt('valAssignment.short.people', { count }) });
}

/** The preview shaped for the page: names, loads, shortfalls with reasons, organisation spread, changes. */
export function assignmentPreviewDto(c: Computed) {
  const jurorName = new Map(c.jurors.map((j) => [j.id, j.name]));
  const jurorOrg = new Map(c.jurors.map((j) => [j.id, j.organisation?.trim() || vt('valLabels.unknownOrganisation')]));
  const nomName = new Map(c.nominations.map((n) => [n.id, n.municipality]));
  const key = (p: Pair) => `${p.nominationId}:${p.jurorId}`;
  const proposed = c.result.assignments.map((a) => ({ jurorId: Number(a.jurorId), nominationId: Number(a.nominationId), pinned: a.pinned }));
  const proposedKeys = new Set(proposed.map(key));
  const currentKeys = new Set(c.current.map(key));
  const added = proposed.filter((p) => !currentKeys.has(key(p)));
  const removed = c.current.filter((a) => !proposedKeys.has(key(a)) && nomName.has(a.nominationId));
  const short = new Map(c.result.short.map((s) => [Number(s.nominationId), s]));
  const describeOrgs = (nominationId: number) => {
    const counts = new Map<string, number>();
    for (const p of proposed) if (p.nominationId === nominationId) counts.set(jurorOrg.get(p.jurorId)!, (counts.get(jurorOrg.get(p.jurorId)!) ?? 0) + 1);
    return [...counts.entries()].map(([organisation, count]) => ({ organisation, count })).sort((a, b) => b.count - a.count || a.organisation.localeCompare(b.organisation, 'sv'));
  };
  const loads = c.result.loads.map((l) => Number(l.load));
  return {
    jurorsPerNomination: c.jurorsPerNomination,
    assignments: proposed,
    loads: c.result.loads.map((l) => ({ jurorId: Number(l.jurorId), name: jurorName.get(Number(l.jurorId)) ?? '', organisation: jurorOrg.get(Number(l.jurorId)) ?? '', load: l.load })),
    loadSpread: loads.length ? Math.max(...loads) - Math.min(...loads) : 0,
    nominations: c.nominations.map((n) => {
      const s = short.get(n.id);
      return {
        id: n.id,
        municipality: n.municipality,
        assigned: proposed.filter((p) => p.nominationId === n.id).length,
        short: s ? { wanted: s.wanted, reason: shortText(s.code, s.count) } : null,
        organisations: describeOrgs(n.id),
        sameOrganisationTwice: describeOrgs(n.id).some((o) => o.count > 1),
      };
    }),
    droppedPins: c.result.droppedPins.map((d) => ({
      juror: jurorName.get(Number(d.jurorId)) ?? String(d.jurorId),
      municipality: nomName.get(Number(d.nominationId)) ?? String(d.nominationId),
      reason: vt(`valAssignment.pin.${d.code}`),
    })),
    // Worded in the organiser's language, with names instead of ids.
    warnings: c.result.notes.map((w) => {
      if (w.code === 'unevenLoad') return vt('valAssignment.unevenLoad', { min: w.min, max: w.max });
      const municipality = nomName.get(Number(w.nominationId)) ?? String(w.nominationId);
      if (w.code === 'pinDropped')
        return vt('valAssignment.pinDropped', { juror: jurorName.get(Number(w.jurorId)) ?? String(w.jurorId), municipality, reason: vt(`valAssignment.pin.${w.reason}`) });
      if (w.code === 'overPinned') return vt('valAssignment.overPinned', { municipality, count: w.count, target: w.target });
      return vt('valAssignment.sameOrganisation', { municipality, organisations: w.organisations.join(', ') });
    }),
    changes: {
      added: added.map((p) => ({ juror: jurorName.get(p.jurorId) ?? '', municipality: nomName.get(p.nominationId) ?? '' })),
      removed: removed.map((p) => ({ juror: jurorName.get(p.jurorId) ?? `#${p.jurorId}`, municipality: nomName.get(p.nominationId) ?? '' })),
    },
    startedKept: c.started.length,
  };
}
export type AssignmentPreview = ReturnType<typeof assignmentPreviewDto>;

/** The assignment page: the grid of jurors × nominations with conflicts, saved pins and exclusions, and a first preview. */
export async function loadAssignmentPage(cycleId: number) {
  const user = await requireArea('arrangor');
  enterLocale(await actionLocale(user.id));
  if (!Number.isSafeInteger(cycleId) || cycleId <= 0) notFound();
  const db = getDb();
  const cycle = cycleById(db, cycleId);
  if (!cycle) notFound();
  const saved = assignmentSettingsOf(cycle.settings);
  const current = assignmentsOfCycle(db, cycleId);
  const pins = current.filter((a) => a.pinned).map((a) => ({ jurorId: a.jurorId, nominationId: a.nominationId }));
  const computed = computeAssignment(db, cycleId, { jurorsPerNomination: saved.jurorsPerNomination, pins, exclusions: saved.exclusions ?? [] })!;
  const conflictKeys = new Set(computed.conflicts.map((c) => `${c.jurorId}:${c.kommunkod}`));
  return {
    cycle: { id: cycle.id, name: cycle.name, phase: cycle.phase, locked: assignmentPhaseRefusal(cycle.phase) },
    jurors: computed.jurors.map((j) => ({ id: j.id, name: j.name, organisation: j.organisation ?? '' })),
    nominations: computed.nominations.map((n) => ({ id: n.id, municipality: n.municipality })),
    conflicts: computed.nominations.flatMap((n) =>
      computed.jurors.filter((j) => conflictKeys.has(`${j.id}:${n.kommunkod}`)).map((j) => ({ jurorId: j.id, nominationId: n.id })),
    ),
    started: computed.started,
    currentCount: current.length,
    pins,
    exclusions: saved.exclusions ?? [],
    defaultJurorsPerNomination: defaultJurorsPerNomination(computed.nominations.length),
    preview: assignmentPreviewDto(computed),
  };
}
