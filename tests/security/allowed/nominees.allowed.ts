import type { Role } from '@/db/schema/people';
import { M, O } from './roles';

/** Nomination by key figures: nominate, invite and name the development municipality (organiser); answer (municipality). */
export const ALLOWED: Record<string, Role[]> = {
  'nominees.nominate': O,
  'nominees.invite': O,
  'nominees.respond': M,
  'nominees.chooseDevelopment': O,
};
