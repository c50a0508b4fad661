/**
 * The phases of a cycle, as a state machine. Every action asks this module what a
 * phase permits instead of comparing dates itself. (Extended by the cycle issue.)
 */
export const PHASES = [
  'draft',
  'screening',
  'applications_open',
  'review',
  'finalists_named',
  'interviews',
  'deliberation',
  'decided',
  'published',
] as const;

export type Phase = (typeof PHASES)[number];

export const CYCLE_MODES = ['open_application', 'key_figures'] as const;
export type CycleMode = (typeof CYCLE_MODES)[number];

/** Swedish names of the phases, as shown to users. */
export const PHASE_LABELS: Record<Phase, string> = {
  screening: 'Screening på nyckeltal',
  draft: 'Utkast',
  applications_open: 'Ansökan öppen',
  review: 'Granskning',
  finalists_named: 'Finalister utsedda',
  interviews: 'Intervjuer',
  deliberation: 'Överläggning',
  decided: 'Beslut fattat',
  published: 'Publicerad',
};

/** Swedish names of the cycle modes. */
export const CYCLE_MODE_LABELS: Record<CycleMode, string> = {
  open_application: 'öppen ansökan',
  key_figures: 'urval på nyckeltal',
};

/**
 * Why something is refused, as a code (a key of the validation catalogue's valPhase) and its
 * values, not a text: the action or page says it in the reader's language
 * (refusalText in lib/i18n/refusal.ts). Phases, modes and activities are given as codes too.
 */
export const REFUSAL_CODES = [
  'notInMode',
  'alreadyIn',
  'published',
  'mustComeBefore',
  'noBackward',
  'publishElsewhere',
  'selfRegisterMode',
  'runScreeningMode',
  'onlyInPhases',
  'applicationOpens',
  'applicationClosedAt',
  'applicationClosed',
  'reviewOpens',
  'reviewClosedAt',
  'reviewClosed',
  'interviewOpens',
  'interviewClosedAt',
  'interviewClosed',
  'nominationMode',
  'nominationPhase',
  'motivationPhase',
  'motivationPublished',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export type RefusalParams = {
  phase?: Phase;
  next?: Phase;
  from?: Phase;
  to?: Phase;
  mode?: CycleMode;
  activity?: Activity;
  /** Phases named as a list ("in the phases A, B and C"). */
  phases?: readonly Phase[];
  /** Moves named as a list ("only from A to B and from C to D"). */
  moves?: readonly { from: Phase; to: Phase }[];
  /** An instant, written in Stockholm time the reader's way. */
  date?: Date;
};

export type Refusal = { ok: false; code: RefusalCode; params?: RefusalParams };
export type Verdict = { ok: true } | Refusal;

const OK: Verdict = { ok: true };
export const refuse = (code: RefusalCode, params?: RefusalParams): Refusal => (params ? { ok: false, code, params } : { ok: false, code });

const ORDER: Record<CycleMode, readonly Phase[]> = {
  open_application: PHASES.filter((p) => p !== 'screening'),
  key_figures: PHASES,
};

/** The phases of a mode, in order. 'key_figures' has screening between draft and applications_open. */
export function phaseOrder(mode: CycleMode): readonly Phase[] {
  return ORDER[mode];
}

/**
 * The only backward moves, each one step and before anything is public:
 * - review → applications_open: reopen applications (a deadline extension, an upload
 *   that failed for technical reasons). Scores already given stay; the dialog warns
 *   that they may concern an older version of an application.
 * - decided → deliberation: the jury reconsiders before the result is published.
 * Everything else is refused: going back past finalists_named would undo what has
 * been told to municipalities (finalists, interviews), and published is final.
 */
export const BACKWARD_MOVES: readonly { from: Phase; to: Phase }[] = [
  { from: 'review', to: 'applications_open' },
  { from: 'decided', to: 'deliberation' },
];

const isBackwardAllowed = (from: Phase, to: Phase) => BACKWARD_MOVES.some((m) => m.from === from && m.to === to);

/** Whether the organiser may move a cycle of `mode` from phase `from` to phase `to`. */
export function canMovePhase(mode: CycleMode, from: Phase, to: Phase): Verdict {
  const order = ORDER[mode];
  const i = order.indexOf(from);
  const k = order.indexOf(to);
  if (i < 0) return refuse('notInMode', { phase: from, mode });
  if (k < 0) return refuse('notInMode', { phase: to, mode });
  if (i === k) return refuse('alreadyIn', { phase: to });
  if (from === 'published') return refuse('published');
  if (k === i + 1) return OK;
  if (k > i + 1) return refuse('mustComeBefore', { next: order[i + 1], phase: to });
  if (isBackwardAllowed(from, to)) return OK;
  return refuse('noBackward', { from, to, moves: BACKWARD_MOVES });
}

/**
 * The generic phase move (the cycle overview's buttons): every move canMovePhase allows,
 * except into "Publicerad". Publishing has its own checks (a recorded decision, an approved
 * motivation, the embargo instant) and happens only on the cycle's publication page.
 */
export function canMovePhaseGenerically(mode: CycleMode, from: Phase, to: Phase): Verdict {
  const verdict = canMovePhase(mode, from, to);
  if (verdict.ok && to === 'published') {
    return refuse('publishElsewhere');
  }
  return verdict;
}

/** What a move locks or opens, as codes (valPhase.locks.*), for the confirmation dialog. */
export type MoveLock =
  | 'modeFixed'
  | 'screeningRuns'
  | 'applicationsOpen'
  | 'applicationsLocked'
  | 'jurorsScore'
  | 'rubricLocksOnFirst'
  | 'scoresLocked'
  | 'rubricLocked'
  | 'finalistsFixed'
  | 'notesLocked'
  | 'decisionLocked'
  | 'noConflicts'
  | 'public'
  | 'final'
  | 'applicationsReopen'
  | 'noScoring'
  | 'olderVersion'
  | 'decisionReopens'
  | 'conflictsAgain'
  | 'screeningFixed'
  | 'noRegistration';

/** What entering each phase (forward) locks or opens. */
const ON_ENTER: Record<Phase, readonly MoveLock[]> = {
  draft: [],
  screening: ['modeFixed', 'screeningRuns'],
  applications_open: ['applicationsOpen'],
  review: ['applicationsLocked', 'jurorsScore', 'rubricLocksOnFirst'],
  finalists_named: ['scoresLocked', 'rubricLocked'],
  interviews: ['finalistsFixed'],
  deliberation: ['notesLocked'],
  decided: ['decisionLocked', 'noConflicts'],
  published: ['public', 'final'],
};

const ON_BACKWARD: Record<string, readonly MoveLock[]> = {
  'review>applications_open': ['applicationsReopen', 'noScoring', 'olderVersion'],
  'decided>deliberation': ['decisionReopens', 'conflictsAgain'],
};

/** What a move locks (and what it opens), as codes. Empty for a move that canMovePhase refuses. */
export function moveLocks(mode: CycleMode, from: Phase, to: Phase): MoveLock[] {
  if (!canMovePhase(mode, from, to).ok) return [];
  const order = ORDER[mode];
  if (order.indexOf(to) < order.indexOf(from)) return [...(ON_BACKWARD[`${from}>${to}`] ?? [])];
  const out = [...ON_ENTER[to]];
  if (to === 'applications_open' && from === 'draft') out.unshift('modeFixed');
  if (to === 'applications_open' && from === 'screening') out.unshift('screeningFixed');
  if (to === 'review' && mode === 'open_application') out.splice(1, 0, 'noRegistration');
  return out;
}

// ---------------------------------------------------------------------------
// Permissions

/** Start and deadline per phase, as UTC instants. */
export type PhaseDates = Partial<Record<Phase, { start?: Date; end?: Date }>>;

export type Activity =
  | 'edit_application'
  | 'upload_document'
  | 'submit_application'
  | 'score'
  | 'submit_score_sheet'
  | 'write_interview_notes'
  | 'name_finalists'
  | 'record_decision'
  | 'publish'
  | 'run_screening'
  | 'self_register'
  | 'declare_conflict'
  | 'edit_rubric';

export type CycleState = { mode: CycleMode; phase: Phase; dates: PhaseDates };

/** An activity bound to the dates of its (single) phase: its refusals are `${window}Opens`, `${window}ClosedAt` and `${window}Closed`. */
type Window = 'application' | 'review' | 'interview';

type Rule = { phases: readonly Phase[]; modes?: readonly CycleMode[]; window?: Window };

/**
 * Which phase permits which activity. Activities of municipalities and jurors are
 * also bound to the start and deadline of their phase (when set); the organiser's
 * own activities depend on the phase only, since the organiser moves the phases.
 */
const RULES: Record<Activity, Rule> = {
  edit_application: { phases: ['applications_open'], window: 'application' },
  upload_document: { phases: ['applications_open'], window: 'application' },
  submit_application: { phases: ['applications_open'], window: 'application' },
  self_register: { phases: ['applications_open'], modes: ['open_application'], window: 'application' },
  score: { phases: ['review'], window: 'review' },
  submit_score_sheet: { phases: ['review'], window: 'review' },
  write_interview_notes: { phases: ['interviews'], window: 'interview' },
  run_screening: { phases: ['screening'], modes: ['key_figures'] },
  name_finalists: { phases: ['finalists_named'] },
  record_decision: { phases: ['deliberation'] },
  publish: { phases: ['decided'] },
  declare_conflict: { phases: ['draft', 'screening', 'applications_open', 'review', 'finalists_named', 'interviews', 'deliberation'] },
  edit_rubric: { phases: ['draft', 'screening', 'applications_open', 'review'] },
};

const MODE_REFUSAL: Partial<Record<Activity, RefusalCode>> = {
  self_register: 'selfRegisterMode',
  run_screening: 'runScreeningMode',
};

/**
 * Whether `activity` is permitted in the cycle at instant `now`.
 * Deadlines are inclusive: an action at exactly the `end` instant is allowed, one
 * millisecond later it is refused. Likewise an action at exactly `start` is allowed.
 */
export function permits(cycle: CycleState, activity: Activity, now: Date): Verdict {
  const rule = RULES[activity];
  if (rule.modes && !rule.modes.includes(cycle.mode)) return refuse(MODE_REFUSAL[activity] ?? 'onlyInPhases', { activity, phases: rule.phases, phase: cycle.phase });
  const order = ORDER[cycle.mode];
  if (!rule.phases.includes(cycle.phase)) {
    const home = rule.phases[0];
    if (rule.window && order.indexOf(cycle.phase) > order.indexOf(home)) {
      const end = cycle.dates[home]?.end;
      return end ? refuse(`${rule.window}ClosedAt`, { date: end }) : refuse(`${rule.window}Closed`);
    }
    return refuse('onlyInPhases', { activity, phases: rule.phases, phase: cycle.phase });
  }
  if (rule.window) {
    const dates = cycle.dates[cycle.phase];
    if (dates?.start && now.getTime() < dates.start.getTime()) return refuse(`${rule.window}Opens`, { date: dates.start });
    if (dates?.end && now.getTime() > dates.end.getTime()) return refuse(`${rule.window}ClosedAt`, { date: dates.end });
  }
  return OK;
}

// ---------------------------------------------------------------------------
// Europe/Stockholm ↔ UTC, without a date library

const TIME_ZONE = 'Europe/Stockholm';
const NUMERIC = { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' } as const;
const PARTS_FORMAT = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, hourCycle: 'h23', ...NUMERIC, second: 'numeric' });
const DISPLAY = { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' } as const;
const DISPLAY_FORMAT = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, hourCycle: 'h23', ...DISPLAY });

function partsOf(format: Intl.DateTimeFormat, date: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of format.formatToParts(date)) out[p.type] = p.value;
  return out;
}

/** Stockholm's offset from UTC at an instant, in milliseconds (3 600 000 in winter, 7 200 000 in summer). */
export function stockholmOffsetMs(instant: Date): number {
  const p = partsOf(PARTS_FORMAT, instant);
  const local = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return local - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * A wall-clock time in Stockholm ('YYYY-MM-DD', 'HH:MM') as a UTC instant.
 * A time that does not exist (the skipped hour when DST starts, e.g. 02.30 on
 * 2027-03-28) is read with the winter offset, i.e. as 03.30 summer time; a time
 * that occurs twice (02.00–02.59 when DST ends) is the first occurrence (summer time).
 */
export function stockholmLocalToUtc(dateStr: string, timeStr: string): Date {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateStr);
  const t = /^(\d{2}):(\d{2})$/.exec(timeStr);
  if (!d || !t) throw new RangeError(`Ogiltigt datum eller klockslag: ${dateStr} ${timeStr}.`);
  const [y, mo, da, h, mi] = [+d[1], +d[2], +d[3], +t[1], +t[2]];
  const wall = Date.UTC(y, mo - 1, da, h, mi);
  const check = new Date(wall);
  if (y < 1900 || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== da || h > 23 || mi > 59)
    throw new RangeError(`Ogiltigt datum eller klockslag: ${dateStr} ${timeStr}.`);
  const DAY = 86_400_000;
  const before = stockholmOffsetMs(new Date(wall - DAY));
  const after = stockholmOffsetMs(new Date(wall + DAY));
  // Candidates in ascending instant order (the larger offset gives the earlier instant).
  const candidates = [...new Set([Math.max(before, after), Math.min(before, after)])].map((o) => wall - o);
  const valid = candidates.filter((instant) => instant + stockholmOffsetMs(new Date(instant)) === wall);
  return new Date(valid.length > 0 ? valid[0] : wall - before);
}

/** An instant as Stockholm time for users, e.g. "15 mars 2027 kl. 23.59". */
export function formatStockholm(date: Date): string {
  const p = partsOf(DISPLAY_FORMAT, date);
  return `${p.day} ${p.month} ${p.year} kl. ${p.hour}.${p.minute}`;
}
