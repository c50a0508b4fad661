import type { Role } from '@/db/schema/people';
import { O } from './roles';

/** GDPR: erasing a person. */
export const ALLOWED: Record<string, Role[]> = {
  'people.erase': O,
};
