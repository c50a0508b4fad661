import type { Db } from '@/db/client';
import { nominationForGuard } from '@/db/queries/applications';
import { permits, type Activity } from '@/lib/domain/phases';
import { canOnNomination, type Actor } from '@/lib/domain/policies';
import { UserError } from '@/lib/errors';
import { refusalText } from '@/lib/i18n/refusal';
import { vt } from '@/lib/i18n/validation';


export type GuardedNomination = NonNullable<ReturnType<typeof nominationForGuard>>;

/**
 * The nomination a municipality contact may change now, or a UserError:
 * 404 when it is not theirs (or does not exist), 409 when the phase or the
 * deadline does not permit the activity, or when it is already submitted.
 */
export function editableNomination(db: Db, actor: Actor, nominationId: number, activity: Activity, now: Date): GuardedNomination {
  const n = nominationForGuard(db, nominationId);
  if (!n) throw new UserError(vt('valActApplication.notFound'), 404);
  const decision = canOnNomination(actor, 'edit_application', { kommunkod: n.kommunkod, assigned: false, conflicted: false, ownSheetSubmitted: false });
  if (!decision.ok || actor.role !== 'municipality') throw new UserError(vt('valActApplication.notFound'), 404);
  const verdict = permits({ mode: n.mode, phase: n.phase, dates: n.dates }, activity, now);
  if (!verdict.ok) throw new UserError(refusalText(verdict), 409);
  if (n.status !== 'draft' && n.status !== 'invited') throw new UserError(vt('valActApplication.locked'), 409);
  // A nomination by key figures is accepted first (on the municipality's home page); then it is a draft.
  if (n.status === 'invited' && n.mode === 'key_figures') throw new UserError(vt('valActApplication.answerNominationFirst'), 409);
  return n;
}

/** Whether the actor may read the nomination's application, documents and receipt (own municipality or organiser). */
export function canReadApplication(actor: Actor, kommunkod: string): boolean {
  if (actor.role === 'organiser') return true;
  return actor.role === 'municipality' && actor.kommunkod != null && actor.kommunkod === kommunkod;
}
