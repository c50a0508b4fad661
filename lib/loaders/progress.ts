import 'server-only';
import { jurorsWithSubmittedSheets, submissionTimesOfCycle, submittedSheetsOfJuror } from '@/db/queries/scoring';
import { notFound } from 'next/navigation';
import { getDb, type Db } from '@/db/client';
import {
  conflictPairsOfCycle,
  criteriaCount,
  cycleById,
  jurorsOfCycle,
  progressCellsCompact,
  reviewableNominations,
  reviewDeadline,
} from '@/db/queries/assignments';
import { progressRevision } from '@/db/queries/assessment';
import { databaseStamp } from '@/db/queries/database-stamp';
import { requireArea } from '@/lib/auth/guards';
import { submissionTimeline } from '@/lib/domain/progress-timeline';
import { appBaseUrl } from '@/lib/mail/config';
import { mailDateTime, reminderMail } from '@/lib/mail/templates';
import type { Locale } from '@/i18n/config';
import { translatorFor } from '@/lib/i18n/validation-source';
import { CATALOGUES } from '@/messages';

export type CellState = 'not_started' | 'in_progress' | 'submitted' | 'conflict' | 'unassigned';

type Counts = { assigned: number; submitted: number; inProgress: number; notStarted: number; conflicts: number };

export type ProgressInput = {
  jurors: { id: number; name: string; email: string; organisation: string | null; active: boolean; locale?: Locale }[];
  nominations: { id: number; kommunkod: string; municipality: string }[];
  assignments: { jurorId: number; nominationId: number }[];
  conflicts: { jurorId: number; kommunkod: string }[];
  sheets: { jurorId: number; nominationId: number; status: 'in_progress' | 'submitted'; answered: number }[];
};

const zero = (): Counts => ({ assigned: 0, submitted: 0, inProgress: 0, notStarted: 0, conflicts: 0 });

/**
 * The matrix jurors × nominations: a conflict wins over everything (the juror's
 * sheet, if any, does not count); otherwise an assigned cell is submitted, in
 * progress (a sheet with at least one answer) or not started.
 */
export function buildProgress(input: ProgressInput) {
  // Numeric pair keys (no string built per cell: 8,700 cells on a 290 × 30 cycle).
  const pair = (a: number, b: number) => a * 2 ** 26 + b;
  const kommunIndex = new Map<string, number>();
  for (const n of input.nominations) if (!kommunIndex.has(n.kommunkod)) kommunIndex.set(n.kommunkod, kommunIndex.size);
  const assigned = new Set(input.assignments.map((a) => pair(a.jurorId, a.nominationId)));
  const conflicted = new Set<number>();
  for (const c of input.conflicts) {
    const k = kommunIndex.get(c.kommunkod);
    if (k !== undefined) conflicted.add(pair(c.jurorId, k));
  }
  const sheets = new Map(input.sheets.map((s) => [pair(s.jurorId, s.nominationId), s]));
  const perNomination = input.nominations.map(() => zero());
  const rows = input.jurors.map((j) => {
    const counts = zero();
    const cells = input.nominations.map((n, i) => {
      const k = pair(j.id, n.id);
      let state: CellState;
      if (conflicted.has(pair(j.id, kommunIndex.get(n.kommunkod)!))) state = 'conflict';
      else if (!assigned.has(k)) state = 'unassigned';
      else {
        const s = sheets.get(k);
        state = s?.status === 'submitted' ? 'submitted' : s && s.answered > 0 ? 'in_progress' : 'not_started';
      }
      const nc = perNomination[i];
      for (const c of [counts, nc]) {
        if (state === 'conflict') c.conflicts++;
        if (state === 'submitted' || state === 'in_progress' || state === 'not_started') c.assigned++;
        if (state === 'submitted') c.submitted++;
        if (state === 'in_progress') c.inProgress++;
        if (state === 'not_started') c.notStarted++;
      }
      return { nominationId: n.id, state };
    });
    return { juror: j, cells, counts, behind: counts.assigned - counts.submitted };
  });
  return {
    nominations: input.nominations.map((n, i) => ({ ...n, counts: perNomination[i] })),
    rows,
    totals: rows.reduce(
      (t, r) => ({ assigned: t.assigned + r.counts.assigned, submitted: t.submitted + r.counts.submitted }),
      { assigned: 0, submitted: 0 },
    ),
  };
}
export type Progress = ReturnType<typeof buildProgress>;

const csvCell = (v: string | number) => {
  const s = String(v);
  return /[",;\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * The matrix as CSV (UTF-8 with BOM so spreadsheet programs read å, ä, ö; comma-separated).
 * The column headers stay the same in every language (a file others may read by column name);
 * the cells a person reads (a sheet's state, "3 av 4", the totals row) are in `locale`,
 * the organiser's language (the progMatrix catalogue the page uses too).
 */
export function progressCsv(p: Progress, locale: Locale = 'sv'): string {
  const t = translatorFor(locale, CATALOGUES[locale]);
  const header = ['Jurymedlem', 'Organisation', 'E-post', ...p.nominations.map((n) => `${n.municipality} (${n.kommunkod})`), 'Tilldelade', 'Inskickade', 'Pågår', 'Inte påbörjade', 'Jäv'];
  const lines = [header];
  for (const r of p.rows)
    lines.push([
      r.juror.name,
      r.juror.organisation ?? '',
      r.juror.email,
      ...r.cells.map((c) => (c.state === 'unassigned' ? '' : t(`progMatrix.states.${c.state}`))),
      String(r.counts.assigned),
      String(r.counts.submitted),
      String(r.counts.inProgress),
      String(r.counts.notStarted),
      String(r.counts.conflicts),
    ]);
  lines.push([t('progMatrix.csvTotalsRow'), '', '', ...p.nominations.map((n) => t('progMatrix.of', { submitted: n.counts.submitted, assigned: n.counts.assigned })), String(p.totals.assigned), String(p.totals.submitted), '', '', '']);
  return '\uFEFF' + lines.map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * The built matrix (8,700 cells on a large cycle, with a look into the scores of each sheet),
 * computed once per revision of what it is built from: the assignments and sheets
 * (progressRevision), and the jurors, nominations and conflicts, which are read on every request
 * (small) and are part of the key. Small and bounded; a new revision simply misses the cache.
 */
const progressCache = new Map<string, Progress>();
const PROGRESS_CACHE_LIMIT = 8;

function cachedProgress(db: Db, cycleId: number, mode: Parameters<typeof reviewableNominations>[2]): { progress: Progress; key: string } {
  const jurors = jurorsOfCycle(db, cycleId);
  const nominations = reviewableNominations(db, cycleId, mode);
  const conflicts = conflictPairsOfCycle(db, cycleId);
  const key = `${cycleId}|${progressRevision(db, cycleId)}|${JSON.stringify([jurors, nominations, conflicts])}`;
  let progress = progressCache.get(key);
  if (!progress) {
    const cells = progressCellsCompact(db, cycleId);
    progress = buildProgress({
      jurors,
      nominations,
      assignments: cells.map(([jurorId, nominationId]) => ({ jurorId, nominationId })),
      conflicts,
      sheets: cells.filter((c) => c[2] > 0).map(([jurorId, nominationId, sheet]) => ({ jurorId, nominationId, status: sheet === 2 ? 'submitted' : 'in_progress', answered: 1 })),
    });
    if (progressCache.size >= PROGRESS_CACHE_LIMIT) progressCache.delete(progressCache.keys().next().value!);
    progressCache.set(key, progress);
  }
  return { progress, key };
}

/** Everything about a cycle's progress, unguarded: the caller has checked the organiser. */
export function progressOfCycle(db: Db, cycleId: number) {
  const cycle = cycleById(db, cycleId);
  if (!cycle) return null;
  const { progress, key } = cachedProgress(db, cycleId, cycle.mode);
  return { cycle, deadline: reviewDeadline(db, cycleId), criteria: criteriaCount(db, cycleId), progress, key };
}

/** The reminder each juror behind would get: who, what is outstanding, the text. */
export function reminderDrafts(p: NonNullable<ReturnType<typeof progressOfCycle>>) {
  const names = new Map(p.progress.nominations.map((n) => [n.id, n.municipality]));
  return p.progress.rows
    .filter((r) => r.behind > 0 && r.juror.active)
    .map((r) => {
      const outstanding = r.cells.filter((c) => c.state === 'not_started' || c.state === 'in_progress').map((c) => names.get(c.nominationId)!);
      return {
        jurorId: r.juror.id,
        name: r.juror.name,
        email: r.juror.email,
        outstanding: outstanding.length,
        message: reminderMail({
          to: r.juror.email,
          name: r.juror.name,
          cycle: p.cycle.name,
          outstanding,
          deadlineText: p.deadline ? mailDateTime(p.deadline, r.juror.locale) : null,
          link: `${appBaseUrl()}/jury`,
          locale: r.juror.locale,
        }),
      };
    });
}

/**
 * What the progress page shows besides the matrix that costs to build on a large cycle: the
 * submission timeline (8,700 instants read and bucketed by Stockholm day), the jurors with
 * submitted sheets and the reminder each juror behind would get (a mail text per juror). All
 * follow from the matrix's revision key (sheets' status, revision and submission, the jurors with
 * their names and languages, the nominations, the conflicts) and from the deadline and the
 * cycle's name, which are part of this key. Small and bounded, like the matrix's cache.
 */
type PageExtras = {
  timeline: ReturnType<typeof submissionTimeline>;
  reopenJurors: ReturnType<typeof jurorsWithSubmittedSheets>;
  reminders: { jurorId: number; name: string; email: string; outstanding: number; subject: string; body: string }[];
};
const extrasCache = new Map<string, PageExtras>();
/** The page's data by (cycle, database stamp): while nothing changed, not even the revision queries run. */
const stampCache = new Map<string, { data: NonNullable<ReturnType<typeof progressOfCycle>>; extras: PageExtras }>();

function pageExtras(db: Db, data: NonNullable<ReturnType<typeof progressOfCycle>>): PageExtras {
  const key = `${data.key}|${data.deadline ?? ''}|${data.cycle.name}`;
  let extras = extrasCache.get(key);
  if (!extras) {
    extras = {
      timeline: submissionTimeline(submissionTimesOfCycle(db, data.cycle.id), data.progress.totals.assigned),
      reopenJurors: jurorsWithSubmittedSheets(db, data.cycle.id),
      reminders: reminderDrafts(data).map((d) => ({ jurorId: d.jurorId, name: d.name, email: d.email, outstanding: d.outstanding, subject: d.message.subject, body: d.message.body })),
    };
    if (extrasCache.size >= PROGRESS_CACHE_LIMIT) extrasCache.delete(extrasCache.keys().next().value!);
    extrasCache.set(key, extras);
  }
  return extras;
}

/** Nominations (columns) of the matrix shown per page: 30 jurors × 30 nominations, not 30 × 290. */
export const MATRIX_PAGE_SIZE = 30;

/**
 * The progress page: the matrix (one page of nominations; the counts per juror and the
 * totals cover all of them), the deadline and the reminders that would go out.
 */
export async function loadProgressPage(cycleId: number, reopenJurorId?: number, matrixPage = 1) {
  await requireArea('arrangor');
  if (!Number.isSafeInteger(cycleId) || cycleId <= 0) notFound();
  const stampKey = `${cycleId}|${databaseStamp(getDb())}`;
  let built = stampCache.get(stampKey);
  if (!built) {
    const data = progressOfCycle(getDb(), cycleId);
    if (!data) notFound();
    built = { data, extras: pageExtras(getDb(), data) };
    if (stampCache.size >= PROGRESS_CACHE_LIMIT) stampCache.delete(stampCache.keys().next().value!);
    stampCache.set(stampKey, built);
  }
  const { data, extras } = built;
  const pages = Math.max(1, Math.ceil(data.progress.nominations.length / MATRIX_PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, Number.isSafeInteger(matrixPage) ? matrixPage : 1));
  const from = (page - 1) * MATRIX_PAGE_SIZE;
  const to = from + MATRIX_PAGE_SIZE;
  return {
    matrix: { page, pages, from: from + 1, to: Math.min(to, data.progress.nominations.length), of: data.progress.nominations.length },
    cycle: { id: data.cycle.id, name: data.cycle.name, phase: data.cycle.phase },
    /** An instant (or null); the page writes it in the reader's language. */
    deadline: data.deadline,
    criteria: data.criteria,
    nominations: data.progress.nominations.slice(from, to).map((n) => ({ id: n.id, municipality: n.municipality, counts: n.counts })),
    rows: data.progress.rows.map((r) => ({
      juror: { id: r.juror.id, name: r.juror.name, organisation: r.juror.organisation, active: r.juror.active },
      cells: r.cells.slice(from, to),
      counts: r.counts,
      behind: r.behind,
    })),
    totals: data.progress.totals,
    timeline: extras.timeline,
    reopen: (() => {
      // Chosen in two steps (juror, then one of their sheets), so the form stays small on a 290 × 30 cycle.
      const jurors = extras.reopenJurors;
      const juror = jurors.find((j) => j.id === reopenJurorId) ?? null;
      return {
        jurors,
        juror: juror ? { id: juror.id, name: juror.name } : null,
        sheets: juror ? submittedSheetsOfJuror(getDb(), cycleId, juror.id).map((x) => ({ id: x.sheetId, label: `${x.municipality} – ${juror.name}` })) : [],
      };
    })(),
    reminders: extras.reminders,
  };
}

/** The progress matrix of a cycle as CSV (the route has checked the organiser role), or null if no such cycle. */
export function loadProgressCsv(cycleId: number, locale: Locale = 'sv'): { csv: string; year: number; cycleId: number } | null {
  const data = Number.isSafeInteger(cycleId) && cycleId > 0 ? progressOfCycle(getDb(), cycleId) : null;
  return data ? { csv: progressCsv(data.progress, locale), year: data.cycle.year, cycleId: data.cycle.id } : null;
}
