import type { Role } from '@/db/schema/people';
import { M, O } from './roles';

/**
 * Nomination by key figures: nominate, invite, edit a reason, set/move/clear the public
 * announcement and name the development municipality (organiser); answer (municipality).
 */
export const ALLOWED: Record<string, Role[]> = {
  'nominees.nominate': O,
  'nominees.invite': O,
  'nominees.respond': M,
  'nominees.editReason': O,
  'nominees.announce': O,
  'nominees.clearAnnouncement': O,
  'nominees.chooseDevelopment': O,
};
