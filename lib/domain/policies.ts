/**
 * Who may do what, as pure functions over plain objects. Guards fetch the facts
 * (role, assignment, conflict, own sheet submitted) and ask here; tests walk the
 * whole table of role × relation × action.
 */
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

export type Decision = { ok: true } | { ok: false; status: 403 | 404; reason: string };

const ALLOW: Decision = { ok: true };
const NOT_FOUND: Decision = { ok: false, status: 404, reason: 'Nomineringen finns inte eller är inte din att läsa.' };
const forbid = (reason: string): Decision => ({ ok: false, status: 403, reason });

/**
 * A conflict is absolute; an unassigned juror learns nothing (not even that the
 * nomination exists, hence 404); a juror sees others' scores only after
 * submitting their own; a municipality sees only its own application.
 */
export function canOnNomination(actor: Actor, action: NominationAction, n: NominationFacts): Decision {
  switch (actor.role) {
    case 'organiser':
      if (action === 'edit_application') return forbid('Ansökan ändras av kommunen själv.');
      if (action === 'score') return forbid('Arrangören sätter inga poäng; det gör jurymedlemmarna.');
      return ALLOW;
    case 'juror': {
      if (n.conflicted || !n.assigned) return NOT_FOUND;
      if (action === 'edit_application') return forbid('Jurymedlemmar kan inte ändra en ansökan.');
      if (action === 'read_others_scores' && !n.ownSheetSubmitted)
        return forbid('Du ser de andras bedömningar först när du har skickat in din egen.');
      return ALLOW;
    }
    case 'municipality': {
      if (actor.kommunkod == null || actor.kommunkod !== n.kommunkod) return NOT_FOUND;
      if (action === 'read' || action === 'read_documents' || action === 'edit_application') return ALLOW;
      return forbid('Bedömningarna är juryns och visas inte för kommunen.');
    }
  }
}
