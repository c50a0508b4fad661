import 'server-only';
import { notFound } from 'next/navigation';
import { after } from 'next/server';
import { getDb } from '@/db/client';
import { nominationForGuard } from '@/db/queries/applications';
import { documentsOf } from '@/db/queries/nominations';
import { searchNominationPages } from '@/db/queries/search';
import { requireArea } from '@/lib/auth/guards';
import { canReadApplication } from '@/lib/applications/access';
import { receiptFor } from '@/lib/applications/receipt';
import type { Locale } from '@/i18n/config';
import type { CurrentUser } from '@/lib/auth/session';
import { formatStockholm, permits } from '@/lib/domain/phases';
import { runQueuedJobs } from '@/lib/jobs/runner';
import { uploadLimits } from '@/lib/storage/upload';
import { missingForSubmission, normalizeAnswers, requiredDocumentTypesOf } from '@/lib/validation/application';
import { actionLocale, enterLocale } from '@/lib/i18n/server-locale';
import { vt } from '@/lib/i18n/validation';
import { verdictText } from '@/lib/i18n/refusal';

// Phase, status, document types and text states go to the page as codes: it names them from the catalogue.
/** One application as its own municipality's contact sees it: form, documents, search hits. 404 for anyone else's. */
export async function loadApplication(nominationId: number, query = '') {
  const user = await requireArea('kommun');
  // What is missing and why the form is locked, in the reader's language.
  enterLocale(await actionLocale(user.id));
  if (!Number.isSafeInteger(nominationId) || nominationId <= 0) notFound();
  const db = getDb();
  const n = nominationForGuard(db, nominationId);
  if (!n || !canReadApplication(user, n.kommunkod)) notFound();
  const now = new Date();
  const state = { mode: n.mode, phase: n.phase, dates: n.dates };
  const editVerdict = permits(state, 'edit_application', now);
  const open = n.status === 'draft' || n.status === 'invited';
  const editable = open && editVerdict.ok;
  const docs = documentsOf(db, n.id);
  if (docs.some((d) => d.textStatus === 'pending')) after(() => runQueuedJobs(db));
  const answers = normalizeAnswers(n.answers);
  const deadline = n.dates.applications_open?.end;
  const q = query.trim().slice(0, 200);
  return {
    id: n.id,
    municipality: user.municipalityName ?? n.kommunkod,
    cycleName: n.cycleName,
    phase: n.phase,
    status: n.status,
    submittedAt: n.submittedAt,
    updatedAt: n.updatedAt,
    editable,
    lockedReason: editable ? null : open ? verdictText(editVerdict) : vt('valLoaders.applicationLocked'),
    deadline: deadline ? formatStockholm(deadline) : null,
    deadlineAt: deadline ? deadline.toISOString() : null,
    answers,
    missing: editable ? missingForSubmission(answers, docs.length, { present: docs.map((d) => d.type), required: requiredDocumentTypesOf(n.settings) }) : [],
    requiredTypes: requiredDocumentTypesOf(n.settings),
    maxFileMb: Math.round(uploadLimits().maxFileBytes / 1024 / 1024),
    documents: docs.map((d) => ({
      id: d.id,
      title: d.title,
      filename: d.filename,
      type: d.type,
      pageCount: d.pageCount,
      sizeBytes: d.sizeBytes,
      sha256: d.sha256,
      textStatus: d.textStatus,
    })),
    query: q,
    hits: q ? searchNominationPages(db, n.id, q, 30) : [],
  };
}

export type ApplicationView = Awaited<ReturnType<typeof loadApplication>>;

/** The receipt PDF for a signed-in user: null for anyone but the municipality's contacts and organisers. */
export function loadReceipt(user: CurrentUser, nominationId: number, locale?: Locale) {
  return receiptFor(getDb(), user, nominationId, locale);
}
