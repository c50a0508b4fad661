import type { Role } from '@/db/schema/people';
import { O } from './roles';

/** The organiser's changes to applications. */
export const ALLOWED: Record<string, Role[]> = {
  'application.reopen': O,
  'cycles.requiredDocuments': O,
};
