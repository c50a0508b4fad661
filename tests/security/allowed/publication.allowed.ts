import type { Role } from '@/db/schema/people';
import { O } from './roles';

/** Publication and the archive: organisers only. */
export const ALLOWED: Record<string, Role[]> = {
  'publication.publish': O,
  'publication.moveEmbargo': O,
  'publication.jurorVisibility': O,
  'publication.saveArchiveYear': O,
};
