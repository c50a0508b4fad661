import 'server-only';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { jurorRelation } from '@/db/queries/jury';
import { nominationById } from '@/db/queries/nominations';
import { enforce, requireArea } from '@/lib/auth/guards';
import { PHASES, type Phase } from '@/lib/domain/phases';
import { canOnNomination } from '@/lib/domain/policies';
import { buildMunicipalityIndicators } from '@/lib/loaders/indicators';
import type { ComparisonGroup } from '@/lib/validation/indicators';

const FROM_REVIEW: ReadonlySet<Phase> = new Set(PHASES.slice(PHASES.indexOf('review')));

/**
 * The key figures of the municipality behind one nomination, for a juror assigned
 * to it (not conflicted) from the review phase on; anyone else gets 404 or 403 as
 * for the nomination itself.
 */
export async function loadJurorIndicators(rawId: string, group: ComparisonGroup) {
  const user = await requireArea('jury');
  const nominationId = /^\d{1,9}$/.test(rawId) ? Number(rawId) : NaN;
  if (!Number.isSafeInteger(nominationId) || nominationId <= 0) notFound();
  const db = getDb();
  const facts = jurorRelation(db, user.id, nominationId);
  if (!facts) notFound();
  enforce(canOnNomination(user, 'read', facts));
  const nomination = nominationById(db, nominationId);
  if (!nomination || !FROM_REVIEW.has(nomination.cyclePhase)) notFound();
  return { nominationId, data: buildMunicipalityIndicators(db, nomination.kommunkod, group) };
}
