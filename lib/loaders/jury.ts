import 'server-only';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { rubricOf } from '@/db/queries/cycles';
import { assignmentsForJuror, jurorRelation } from '@/db/queries/jury';
import { assignmentsForJurorCached } from '@/db/queries/jury-assignments-cache';
import { documentsOf, nominationById } from '@/db/queries/nominations';
import {
  cycleStateOf,
  pageTextOf,
  interviewNotesOf,
  scoresOfJurorInCycle,
  scoresOfSheet,
  scoringContextOf,
  sheetOf,
  submittedScoresOfOthers,
} from '@/db/queries/scoring';
import { searchNominationPages } from '@/db/queries/search';
import { enforce, requireArea } from '@/lib/auth/guards';
import { actionLocale, enterLocale } from '@/lib/i18n/server-locale';
import { permits } from '@/lib/domain/phases';
import { canOnNomination } from '@/lib/domain/policies';
import { distributionOf, ownProfile, sheetCompleteness, type Scale } from '@/lib/domain/scoring';
import { verdictText } from '@/lib/i18n/refusal';

export type SheetProgress = 'not_started' | 'in_progress' | 'submitted';

/**
 * "Mina tilldelningar": the juror's nominations with progress and deadline. The rows come
 * from a per-juror cache that is only used while the database is unchanged since they were
 * read (db/queries/jury-assignments-cache.ts); the session and role are checked every time.
 */
export async function loadMyAssignments() {
  const user = await requireArea('jury');
  const db = getDb();
  const rows = assignmentsForJurorCached(db, user.id);
  return {
    juror: { name: user.name, organisation: user.organisation },
    assignments: rows.map((r) => {
      const progress: SheetProgress =
        r.sheetStatus === 'submitted' ? 'submitted' : r.scored > 0 || r.sheetStatus === 'in_progress' ? 'in_progress' : 'not_started';
      return {
        nominationId: r.nominationId,
        municipality: r.municipality,
        county: r.county,
        cycleName: r.cycleName,
        phase: r.cyclePhase,
        scored: r.scored,
        total: r.total,
        progress,
        deadline: r.deadline,
        finalist: r.finalist,
        interviewsOpen: r.cyclePhase === 'interviews' && r.finalist,
      };
    }),
  };
}

/** The facts about a nomination for the signed-in juror, or 404 (also for a conflict or no assignment). */
async function jurorFacts(nominationId: number) {
  const user = await requireArea('jury');
  if (!Number.isSafeInteger(nominationId) || nominationId <= 0) notFound();
  const db = getDb();
  const facts = jurorRelation(db, user.id, nominationId);
  if (!facts) notFound();
  enforce(canOnNomination(user, 'read', facts));
  const context = scoringContextOf(db, nominationId);
  if (!context) notFound();
  return { user, db, facts, context };
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The municipality's own words, read defensively from the answers JSON. */
function selfDescriptionOf(answers: Record<string, unknown>) {
  const sd = (answers.selfDescription ?? {}) as Record<string, unknown>;
  const kf = (answers.keyFacts ?? {}) as Record<string, unknown>;
  return {
    byArea: Object.fromEntries(Object.entries(sd).map(([k, v]) => [k, str(v)])) as Record<string, string>,
    goals: str(answers.goals),
    followUp: str(answers.followUp),
    keyFacts: [
      { key: 'inhabitants' as const, value: str(kf.inhabitants) },
      { key: 'employees' as const, value: str(kf.employees) },
      { key: 'budget' as const, value: str(kf.budget) },
      { key: 'other' as const, value: str(kf.other) },
    ].filter((f) => f.value.trim() !== ''),
  };
}

/** How the organiser lets jurors see each other after submitting (cycles.settings.peerView). */
export function peerViewOf(settings: Record<string, unknown>): { comments: boolean; names: boolean } {
  const pv = (settings.peerView ?? {}) as Record<string, unknown>;
  return { comments: pv.comments !== false, names: pv.names !== false };
}

export type ViewerSelection = { documentId: number | null; page: number; query: string };

/**
 * One nomination as an assigned, non-conflicted juror works on it: the documents,
 * the self-description, the rubric, the juror's own sheet, search hits and the
 * text of the page in view; the other jurors' scores only after submitting.
 */
export async function loadJurorNomination(nominationId: number, selection: Partial<ViewerSelection> = {}) {
  const { user, db, facts, context } = await jurorFacts(nominationId);
  // Phase refusals in the reader's language.
  enterLocale(await actionLocale(user.id));
  const nomination = nominationById(db, nominationId);
  if (!nomination) notFound();
  const scale: Scale = { min: context.scaleMin, max: context.scaleMax };
  const docs = documentsOf(db, nominationId);
  const rubric = rubricOf(db, context.cycleId);
  const criterionIds = rubric.flatMap((a) => a.criteria.map((c) => c.id));

  const sheet = sheetOf(db, nominationId, user.id);
  const own = sheet ? scoresOfSheet(db, sheet.id) : [];
  const completeness = sheetCompleteness(scale, criterionIds, new Map(own.map((s) => [s.criterionId, s])));
  const state = cycleStateOf(db, context);
  const scoring = permits(state, 'score', new Date());

  // Documents: only with read_documents; the text of one page as the accessible alternative.
  const mayReadDocuments = canOnNomination(user, 'read_documents', facts).ok;
  const documents = mayReadDocuments
    ? docs.map((d) => ({ id: d.id, type: d.type, title: d.title, pageCount: d.pageCount ?? 0, sizeBytes: d.sizeBytes, isDemo: d.isDemo, textStatus: d.textStatus }))
    : [];
  const current = documents.find((d) => d.id === selection.documentId) ?? documents[0] ?? null;
  const page = current ? Math.min(Math.max(1, Math.trunc(selection.page ?? 1) || 1), Math.max(1, current.pageCount)) : 1;
  const pageText = current ? pageTextOf(db, current.id, page) : null;
  const query = (selection.query ?? '').trim().slice(0, 200);
  const hits = mayReadDocuments && query ? searchNominationPages(db, nominationId, query, 50) : [];

  // Others' scores: hidden until the juror's own sheet is submitted.
  const others = canOnNomination(user, 'read_others_scores', facts).ok ? peerAggregate(db, nominationId, user.id, scale, criterionIds, peerViewOf(context.settings)) : null;

  return {
    jurorId: user.id,
    nomination: {
      id: nomination.id,
      municipality: nomination.municipality,
      county: nomination.county,
      population: nomination.population,
      cycleName: nomination.cycleName,
      finalist: nomination.finalist,
      phase: context.phase,
    },
    selfDescription: selfDescriptionOf(nomination.answers ?? {}),
    documents,
    viewer: { documentId: current?.id ?? null, page, pageText, query, hits },
    scale,
    rubric: rubric.map((a) => ({
      id: a.id,
      key: a.key,
      name: a.name,
      description: a.description,
      criteria: a.criteria.map((c) => ({ id: c.id, title: c.title, guidance: c.guidance, lowText: c.lowText, midText: c.midText, highText: c.highText })),
    })),
    sheet: {
      status: sheet?.status ?? null,
      revision: sheet?.revision ?? 0,
      submittedAt: sheet?.submittedAt ?? null,
      reopenedReason: sheet?.status === 'in_progress' ? (sheet.reopenedReason ?? null) : null,
      scores: own.map((s) => ({ criterionId: s.criterionId, value: s.value, cannotAssess: s.cannotAssess, comment: s.comment, updatedAt: s.updatedAt })),
      done: completeness.done,
      total: completeness.total,
    },
    canScore: scoring.ok && sheet?.status !== 'submitted',
    scoringClosedReason: verdictText(scoring),
    ownSheetSubmitted: facts.ownSheetSubmitted,
    others,
  };
}

/** The other jurors' submitted scores per criterion: the distribution, and (if allowed) the comments. */
function peerAggregate(
  db: ReturnType<typeof getDb>,
  nominationId: number,
  jurorId: number,
  scale: Scale,
  criterionIds: number[],
  view: { comments: boolean; names: boolean },
) {
  const rows = submittedScoresOfOthers(db, nominationId, jurorId);
  const jurors = new Set(rows.map((r) => r.jurorId)).size;
  return {
    jurors,
    showComments: view.comments,
    showNames: view.names,
    criteria: criterionIds.map((criterionId) => {
      const mine = rows.filter((r) => r.criterionId === criterionId);
      return {
        criterionId,
        distribution: distributionOf(scale, mine),
        comments: view.comments
          ? mine
              .filter((r) => r.comment.trim() !== '')
              .map((r) => ({
                juror: view.names ? `${r.jurorName}${r.organisation ? ` (${r.organisation})` : ''}` : 'En jurymedlem',
                value: r.value,
                cannotAssess: r.cannotAssess,
                comment: r.comment,
              }))
          : [],
      };
    }),
  };
}

/** The juror's own scores across nominations, per cycle, against the scale's middle. */
export async function loadOwnOverview() {
  const user = await requireArea('jury');
  const db = getDb();
  const assignments = assignmentsForJuror(db, user.id);
  const cycleIds = [...new Set(assignments.map((a) => a.cycleId))];
  return {
    cycles: cycleIds.map((cycleId) => {
      const first = assignments.find((a) => a.cycleId === cycleId)!;
      const context = scoringContextOf(db, first.nominationId)!;
      const scale: Scale = { min: context.scaleMin, max: context.scaleMax };
      const visible = new Set(assignments.filter((a) => a.cycleId === cycleId).map((a) => a.nominationId));
      const rows = scoresOfJurorInCycle(db, user.id, cycleId).filter((r) => visible.has(r.nominationId));
      const byNomination = [...visible].map((id) => {
        const mine = rows.filter((r) => r.nominationId === id);
        const a = assignments.find((x) => x.nominationId === id)!;
        const d = distributionOf(scale, mine);
        return { nominationId: id, municipality: a.municipality, submitted: a.sheetStatus === 'submitted', n: d.n, mean: d.mean };
      });
      return {
        cycleId,
        cycleName: first.cycleName,
        scale,
        profile: ownProfile(scale, rows),
        nominations: byNomination.filter((n) => n.n > 0).sort((a, b) => a.municipality.localeCompare(b.municipality, 'sv')),
      };
    }),
  };
}

/** Interview notes for a finalist: the juror's own per area, writable in the interviews phase. */
export async function loadInterviewNotes(nominationId: number) {
  const { user, db, context } = await jurorFacts(nominationId);
  if (!context.finalist) notFound();
  // Phase refusals in the reader's language.
  enterLocale(await actionLocale(user.id));
  const verdict = permits(cycleStateOf(db, context), 'write_interview_notes', new Date());
  const notes = interviewNotesOf(db, nominationId, [user.id]);
  return {
    nomination: { id: nominationId, municipality: context.municipality, cycleName: context.cycleName, phase: context.phase },
    scale: { min: context.scaleMin, max: context.scaleMax } as Scale,
    canWrite: verdict.ok,
    closedReason: verdictText(verdict),
    areas: rubricOf(db, context.cycleId).map((a) => {
      const n = notes.find((x) => x.areaId === a.id);
      return {
        id: a.id,
        key: a.key,
        name: a.name,
        description: a.description,
        note: {
          interviewedRoles: n?.interviewedRoles ?? '',
          interviewDate: n?.interviewDate ?? '',
          observations: n?.observations ?? '',
          strengths: n?.strengths ?? '',
          concerns: n?.concerns ?? '',
          score: n?.score ?? null,
          updatedAt: n?.updatedAt ?? null,
        },
      };
    }),
  };
}
