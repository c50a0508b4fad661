import type { Role } from '@/db/schema/people';
import { O } from './roles';

/** The signed-in user's own account (lib/actions/account.ts): everyone changes their own password; two-factor is for organisers. */
export const ALLOWED: Record<string, Role[]> = {
  'account.changePassword': ['organiser', 'juror', 'municipality'],
  'account.startTotp': O,
  'account.confirmTotp': O,
  'account.renewRecoveryCodes': O,
};
