import type { Role } from '@/db/schema/people';
import { J, M, O } from './roles';

/** Interface preferences: every signed-in user may set their own language. */
export const ALLOWED: Record<string, Role[]> = {
  'preferences.saveLocale': [...O, ...J, ...M],
};
