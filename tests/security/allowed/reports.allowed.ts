import type { Role } from '@/db/schema/people';
import { O } from './roles';

/** Reports and exports (issue 9): the organiser's two settings. */
export const ALLOWED: Record<string, Role[]> = {
  'reports.savePressQuote': O,
  'reports.releaseFeedbackLetters': O,
};
