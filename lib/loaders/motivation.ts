import 'server-only';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { decisionOfCycle } from '@/db/queries/assessment';
import { cycleById } from '@/db/queries/cycles';
import { motivationSummaryOfCycle, motivationVersionsOf } from '@/db/queries/motivation';
import { finalistsOfCycle } from '@/db/queries/scoring';
import { requireArea } from '@/lib/auth/guards';
import { checkSentence } from '@/lib/domain/motivation-check';
import type { EvidenceRef, MotivationEvidence } from '@/lib/domain/motivation';
import { actionLocale, enterLocale } from '@/lib/i18n/server-locale';
import { vt } from '@/lib/i18n/validation';
import { gatherMotivationEvidence, motivationPhaseVerdict, motivationTarget } from '@/lib/motivation/evidence';
import { diffTexts, sentencesOf } from '@/lib/motivation/versions';
import { formatDateTime } from '@/lib/time';
import { refusalText, verdictText } from '@/lib/i18n/refusal';

const idOf = (raw: string): number => {
  const id = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  return id;
};

/** The finalists and the winner of a cycle with the state of their motivation drafts. */
export async function loadMotivationOverview(rawCycleId: string) {
  const user = await requireArea('arrangor');
  // Phase refusals in the reader's language.
  enterLocale(await actionLocale(user.id));
  const db = getDb();
  const cycle = cycleById(db, idOf(rawCycleId));
  if (!cycle) notFound();
  const verdict = motivationPhaseVerdict({ phase: cycle.phase }, 'read');
  const winnerId = decisionOfCycle(db, cycle.id)?.winnerNominationId ?? null;
  const summary = new Map(motivationSummaryOfCycle(db, cycle.id).map((s) => [s.nominationId, s]));
  const rows = verdict.ok
    ? finalistsOfCycle(db, cycle.id).map((f) => {
        const s = summary.get(f.id);
        return {
          id: f.id,
          municipality: f.municipality,
          winner: f.id === winnerId,
          versions: s?.versions ?? 0,
          latest: s?.latest ?? null,
          approved: s?.approved ?? null,
          lastSavedAt: s ? formatDateTime(s.lastSavedAt) : null,
          lastSavedIso: s?.lastSavedAt ?? null,
        };
      })
    : [];
  rows.sort((a, b) => Number(b.winner) - Number(a.winner) || a.municipality.localeCompare(b.municipality, 'sv'));
  return {
    cycle: { id: cycle.id, name: cycle.name, phase: cycle.phase },
    refusal: verdictText(verdict),
    hasDecision: winnerId !== null,
    rows,
  };
}

/** Where an evidence link leads: the page that shows it, or its entry in the editor's evidence list. */
function hrefOf(ref: EvidenceRef, cycleId: number, nominationId: number, kommunkod: string): string {
  switch (ref.kind) {
    case 'area_score':
    case 'criterion_score':
      return `/arrangor/omgang/${cycleId}/topplista`;
    case 'interview_note':
      return `/arrangor/omgang/${cycleId}/intervjuer#finalist-${nominationId}`;
    case 'finance_index':
      return `/arrangor/nyckeltal/kommun/${kommunkod}`;
    default:
      return `#${anchorOf(ref)}`;
  }
}

/** The id of an evidence entry on the editor page. */
export function anchorOf(ref: Pick<EvidenceRef, 'kind' | 'sourceId'>): string {
  return `underlag-${ref.kind}-${ref.sourceId}`.replace(/[^A-Za-z0-9_-]/g, '-');
}

/** The full text behind a comment or application link, for the evidence list on the page. */
function detailOf(ref: EvidenceRef, e: MotivationEvidence | null): string | null {
  if (!e) return null;
  if (ref.kind === 'juror_comment') {
    const c = e.comments.find((x) => x.id === ref.sourceId);
    return c ? `${c.text}${c.value !== null ? ` (betyg ${c.value} av ${e.scale.max})` : ''}` : null;
  }
  if (ref.kind === 'application') {
    if (ref.sourceId === 'goals') return e.answers.goals;
    if (ref.sourceId === 'followUp') return e.answers.followUp;
    if (ref.sourceId === 'other') return e.answers.other;
    return e.answers.selfDescription[ref.sourceId.replace('selfDescription.', '')] ?? null;
  }
  return null;
}

/**
 * The editor of one nomination's motivation: the latest version's sentences with their evidence
 * links (and whether each still holds), every version with author and time, a diff between two
 * chosen versions, and what may be done now. 404 unless the nomination belongs to the cycle.
 */
export async function loadMotivationEditor(rawCycleId: string, rawNominationId: string, query: { fran?: string; till?: string }) {
  const user = await requireArea('arrangor');
  enterLocale(await actionLocale(user.id));
  const db = getDb();
  const cycleId = idOf(rawCycleId);
  const target = motivationTarget(db, idOf(rawNominationId));
  if (!target || target.cycleId !== cycleId) notFound();

  const eligible = target.finalist || target.winner;
  const read = motivationPhaseVerdict(target, 'read');
  const edit = motivationPhaseVerdict(target, 'edit');
  const refusal = !read.ok ? refusalText(read) : !eligible ? vt('valLoaders.motivationFinalistsOnly') : null;
  const rows = refusal ? [] : motivationVersionsOf(db, target.nominationId);
  const latest = rows.at(-1) ?? null;
  const approved = rows.filter((r) => r.approvedAt).at(-1) ?? null;
  const evidence = refusal ? null : gatherMotivationEvidence(db, target);

  const sentences = latest
    ? sentencesOf(latest).map((s) => {
        const check = checkSentence(s);
        return {
          id: s.id,
          text: s.text,
          status: check.status,
          evidence: check.links.map((l) => ({ ...l.ref, href: hrefOf(l.ref, target.cycleId, target.nominationId, target.kommunkod), holds: l.holds, missing: l.missing })),
        };
      })
    : [];

  // Everything the latest version links to, listed on the page (comments and application texts in full).
  const seen = new Set<string>();
  const underlag = sentences
    .flatMap((s) => s.evidence)
    .filter((ref) => {
      const key = anchorOf(ref);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((ref) => ({ anchor: anchorOf(ref), kind: ref.kind, label: ref.label, href: ref.href.startsWith('#') ? null : ref.href, detail: detailOf(ref, evidence) }));

  const byVersion = new Map(rows.map((r) => [r.version, r]));
  const from = byVersion.get(Number(query.fran));
  const to = byVersion.get(Number(query.till));
  const withoutEvidence = (row: (typeof rows)[number]) => sentencesOf(row).filter((s) => checkSentence(s).status === 'unsupported').length;

  return {
    cycle: { id: target.cycleId, name: target.cycleName, phase: target.phase },
    nomination: { id: target.nominationId, municipality: target.municipality, winner: target.winner, finalist: target.finalist, kommunkod: target.kommunkod },
    refusal,
    canEdit: !refusal && edit.ok,
    editRefusal: !refusal && !edit.ok ? refusalText(edit) : null,
    latestVersion: latest?.version ?? 0,
    approvedVersion: approved?.version ?? null,
    sentences,
    underlag,
    versions: rows.map((r) => ({
      version: r.version,
      author: r.authorName ?? vt('valLabels.unknownAuthor'),
      savedAt: formatDateTime(r.createdAt),
      approvedAt: r.approvedAt ? formatDateTime(r.approvedAt) : null,
      /** The same instants unformatted, for pages in another language. */
      savedIso: r.createdAt,
      approvedIso: r.approvedAt ?? null,
      withoutEvidence: withoutEvidence(r),
      // Only a version newer than the approved one can be approved (it then supersedes it).
      approvable: !r.approvedAt && (approved === null || r.version > approved.version),
      text: r.text,
    })),
    diff:
      from && to
        ? { from: from.version, to: to.version, parts: diffTexts(from.text, to.text) }
        : null,
    diffDefaults: { from: rows.at(-2)?.version ?? rows.at(-1)?.version ?? null, to: rows.at(-1)?.version ?? null },
    diffRequestInvalid: (query.fran !== undefined || query.till !== undefined) && !(from && to),
  };
}

export type MotivationEditorData = Awaited<ReturnType<typeof loadMotivationEditor>>;
