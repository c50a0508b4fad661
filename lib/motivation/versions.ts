import 'server-only';
import { diffWords } from 'diff';
import { writeTransaction, type Db } from '@/db/client';
import { appendAudit } from '@/db/queries/audit';
import { insertMotivationVersion, markMotivationApproved, motivationVersionsOf, type MotivationVersionRow } from '@/db/queries/motivation';
import { checkSentences } from '@/lib/domain/motivation-check';
import { generateMotivation, motivationText, type MotivationSentence } from '@/lib/domain/motivation';
import { UserError } from '@/lib/errors';
import { vt } from '@/lib/i18n/validation';
import { nowIso } from '@/lib/time';
import { storedSentencesSchema, type SaveMotivationInput } from '@/lib/validation/motivation';
import { gatherMotivationEvidence, motivationPhaseVerdict, motivationTarget, type MotivationTarget } from './evidence';
import { refusalText } from '@/lib/i18n/refusal';

/**
 * The versions of a motivation: generate a draft, save an edit, approve. Every write inserts a
 * new row or approves one; no version is ever changed, and an approved one is frozen. Each is
 * one synchronous transaction with its audit entry.
 */

/** A version's sentences as stored; a version whose JSON cannot be read becomes one sentence without evidence. */
export function sentencesOf(row: Pick<MotivationVersionRow, 'text' | 'evidence'>): MotivationSentence[] {
  const parsed = storedSentencesSchema.safeParse(row.evidence);
  if (parsed.success) return parsed.data;
  return [{ id: 'egen-1', text: row.text, evidence: [] }];
}

/** The nomination as a motivation target the organiser may edit now, or a UserError saying why not. */
export function editableTarget(db: Db, nominationId: number): MotivationTarget {
  const target = motivationTarget(db, nominationId);
  if (!target) throw new UserError('Nomineringen finns inte.', 404);
  if (!target.finalist && !target.winner) throw new UserError(vt('valActMotivation.finalistsOnly'), 409);
  const verdict = motivationPhaseVerdict(target, 'edit');
  if (!verdict.ok) throw new UserError(refusalText(verdict), 409);
  return target;
}

const summary = (sentences: readonly MotivationSentence[]) => ({
  sentences: sentences.length,
  withoutEvidence: checkSentences(sentences).filter((c) => c.status === 'unsupported').map((c) => c.id),
});

/** Generates a new draft from the evidence the system holds now and saves it as the next version. */
export function generateDraftVersion(db: Db, actorId: number, nominationId: number) {
  const target = editableTarget(db, nominationId);
  const sentences = generateMotivation(gatherMotivationEvidence(db, target));
  if (sentences.length === 0) {
    throw new UserError(vt('valActMotivation.noEvidence'), 409);
  }
  const at = nowIso();
  return writeTransaction(db, (tx) => {
    const saved = insertMotivationVersion(tx, { nominationId, text: motivationText(sentences), evidence: sentences, authorId: actorId, createdAt: at });
    appendAudit(tx, {
      actorId,
      action: 'motivation.generated',
      entity: 'motivation_version',
      entityId: saved.id,
      cycleId: target.cycleId,
      after: { nominationId, version: saved.version, ...summary(sentences) },
      at,
    });
    return { version: saved.version, cycleId: target.cycleId };
  });
}

/**
 * Saves the edited sentences as a new version. Each sentence keeps the evidence links its id
 * had in the base version (never links sent by the browser); a sentence added by hand has none.
 * Refused when a newer version was saved meanwhile, or when nothing changed.
 */
export function saveEditedVersion(db: Db, actorId: number, input: SaveMotivationInput) {
  const target = editableTarget(db, input.nominationId);
  const versions = motivationVersionsOf(db, input.nominationId);
  const latest = versions.at(-1) ?? null;
  if ((latest?.version ?? 0) !== input.baseVersion) {
    throw new UserError(vt('valActMotivation.stale', { latest: latest?.version ?? 0, base: input.baseVersion }), 409);
  }
  const base = latest ? sentencesOf(latest) : [];
  const linksOf = new Map(base.map((s) => [s.id, s.evidence]));
  const sentences: MotivationSentence[] = input.sentences.map((s) => ({ id: s.id, text: s.text.trim(), evidence: linksOf.get(s.id) ?? [] }));
  const text = motivationText(sentences);
  if (latest && text === latest.text && JSON.stringify(sentences.map((s) => s.id)) === JSON.stringify(base.map((s) => s.id))) {
    throw new UserError(vt('valActMotivation.unchanged', { version: latest.version }), 422);
  }
  const at = nowIso();
  return writeTransaction(db, (tx) => {
    const saved = insertMotivationVersion(tx, { nominationId: input.nominationId, text, evidence: sentences, authorId: actorId, createdAt: at });
    appendAudit(tx, {
      actorId,
      action: 'motivation.saved',
      entity: 'motivation_version',
      entityId: saved.id,
      cycleId: target.cycleId,
      before: latest ? { version: latest.version } : null,
      after: { nominationId: input.nominationId, version: saved.version, ...summary(sentences) },
      at,
    });
    return { version: saved.version, cycleId: target.cycleId, ...summary(sentences) };
  });
}

/**
 * Approves one version: it is frozen and becomes the motivation to publish. A later version may
 * be approved afterwards and then supersedes it; an older one than the approved cannot be.
 */
export function approveVersion(db: Db, actorId: number, input: { nominationId: number; version: number }) {
  const target = editableTarget(db, input.nominationId);
  const versions = motivationVersionsOf(db, input.nominationId);
  const row = versions.find((v) => v.version === input.version);
  if (!row) throw new UserError(`Version ${input.version} finns inte.`, 404);
  if (row.approvedAt) throw new UserError(vt('valActMotivation.alreadyApproved', { version: input.version }), 409);
  const approved = versions.filter((v) => v.approvedAt).at(-1) ?? null;
  if (approved && approved.version > row.version) {
    throw new UserError(vt('valActMotivation.approvedLater', { version: approved.version }), 409);
  }
  const at = nowIso();
  return writeTransaction(db, (tx) => {
    if (!markMotivationApproved(tx, row.id, at)) throw new UserError(vt('valActMotivation.alreadyApproved', { version: input.version }), 409);
    appendAudit(tx, {
      actorId,
      action: 'motivation.approved',
      entity: 'motivation_version',
      entityId: row.id,
      cycleId: target.cycleId,
      before: approved ? { approvedVersion: approved.version } : null,
      after: { nominationId: input.nominationId, version: row.version, text: row.text, ...summary(sentencesOf(row)) },
      at,
    });
    return { version: row.version, approvedAt: at, cycleId: target.cycleId };
  });
}

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/** A word-level diff between two texts (what was removed from `from` and added in `to`). */
export function diffTexts(from: string, to: string): DiffPart[] {
  return diffWords(from, to).map((p) => ({ kind: p.added ? 'added' : p.removed ? 'removed' : 'same', text: p.value }));
}
