import type { Role } from '@/db/schema/people';
import { O } from './roles';

/** Key-figure catalogue changes beyond the core ones. */
export const ALLOWED: Record<string, Role[]> = {
  'indicators.deleteKpi': O,
};
