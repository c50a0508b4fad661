/**
 * Who may do what, as pure functions over plain objects. Guards fetch the facts
 * (role, assignment, conflict, own sheet submitted) and ask here; tests walk the
 * whole table of role × relation × action.
 */
import { vt } from '@/lib/i18n/validation';
import type svValidation from '@/messages/sv/validation.json';

export type Role = 'organiser' | 'juror' | 'municipality';

export type Actor = { id: number; role: Role; kommunkod: string | null };

/** The parts of the app, each the home of one role. */
export type Area = 'arrangor' | 'jury' | 'kommun';

export const HOME_OF_ROLE: Record<Role, Area> = {
  organiser: 'arrangor',
  juror: 'jury',
  municipality: 'kommun',
};

export const ROLE_HOME_PATH: Record<Role, string> = {
  organiser: '/arrangor',
  juror: '/jury',
  municipality: '/kommun',
};

export function canEnterArea(actor: Actor, area: Area): boolean {
  return HOME_OF_ROLE[actor.role] === area;
}

/** What the guard knows about one nomination and the actor's relation to it. */
export type NominationFacts = {
  kommunkod: string;
  /** The actor is a juror assigned to this nomination. */
  assigned: boolean;
  /** The actor is a juror with a conflict of interest with this municipality. */
  conflicted: boolean;
  /** The actor (a juror) has submitted their own score sheet for this nomination. */
  ownSheetSubmitted: boolean;
};

export type NominationAction =
  | 'read' // the nomination page: answers, self-description
  | 'read_documents'
  | 'score' // write one's own scores
  | 'read_others_scores' // other jurors' scores and comments
  | 'edit_application';

/** Why a nomination action is refused, as a code (a key of the validation catalogue's valPolicy). */
export type PolicyRefusal = keyof (typeof svValidation)['valPolicy'];

/**
 * A refusal carries its code; `reason` says it in the language of the one reading it (vt: the
 * running action's or loader's language, Swedish outside one), read when it is shown.
 */
export type Decision = { ok: true } | { ok: false; status: 403 | 404; code: PolicyRefusal; readonly reason: string };

const ALLOW: Decision = { ok: true };
const refusal = (status: 403 | 404, code: PolicyRefusal): Decision => ({
  ok: false,
  status,
  code,
  get reason() {
    return vt(`valPolicy.${code}`);
  },
});
const NOT_FOUND: Decision = refusal(404, 'notFound');
const forbid = (code: PolicyRefusal): Decision => refusal(403, code);

/**
 * A conflict is absolute; an unassigned juror learns nothing (not even that the
 * nomination exists, hence 404); a juror sees others' scores only after
 * submitting their own; a municipality sees only its own application.
 */
export function canOnNomination(actor: Actor, action: NominationAction, n: NominationFacts): Decision {
  switch (actor.role) {
    case 'organiser':
      if (action === 'edit_application') return forbid('applicationByMunicipality');
      if (action === 'score') return forbid('organiserNoScores');
      return ALLOW;
    case 'juror': {
      if (n.conflicted || !n.assigned) return NOT_FOUND;
      if (action === 'edit_application') return forbid('jurorNoEdit');
      if (action === 'read_others_scores' && !n.ownSheetSubmitted)
        return forbid('othersAfterOwn');
      return ALLOW;
    }
    case 'municipality': {
      if (actor.kommunkod == null || actor.kommunkod !== n.kommunkod) return NOT_FOUND;
      if (action === 'read' || action === 'read_documents' || action === 'edit_application') return ALLOW;
      return forbid('scoresNotForMunicipality');
    }
  }
}
