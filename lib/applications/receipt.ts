import type { Db } from '@/db/client';
import { DEFAULT_LOCALE, type Locale } from '@/i18n/config';
import { documentsOf, nominationById } from '@/db/queries/nominations';
import type { CurrentUser } from '@/lib/auth/session';
import { buildReceiptModel, renderReceipt } from '@/lib/reports/receipt';
import { normalizeAnswers } from '@/lib/validation/application';
import { canReadApplication } from './access';

/**
 * The receipt PDF of a submitted application, for its own municipality's contacts
 * and organisers; null (→ 404) for everyone else and for an unsubmitted application.
 */
export async function receiptFor(db: Db, user: CurrentUser | null, nominationId: number, locale: Locale = DEFAULT_LOCALE): Promise<{ pdf: Buffer; filename: string } | null> {
  if (!user || !Number.isSafeInteger(nominationId) || nominationId <= 0) return null;
  const n = nominationById(db, nominationId);
  if (!n || !canReadApplication(user, n.kommunkod) || !n.submittedAt) return null;
  const model = buildReceiptModel({
    municipality: n.municipality,
    kommunkod: n.kommunkod,
    county: n.county,
    cycleName: n.cycleName,
    nominationId: n.id,
    submittedAt: n.submittedAt,
    answers: normalizeAnswers(n.answers),
    documents: documentsOf(db, n.id),
  }, locale);
  const pdf = await renderReceipt(model);
  const safe = n.municipality.normalize('NFD').replace(/[^\w-]+/g, '').toLowerCase() || 'kommun';
  return { pdf, filename: `kvitto-${safe}-${n.cycleYear}.pdf` };
}
